import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { describeErrors, loadBlueprintText, type LoadResult } from './load';
import { checkShape, validateReferences } from './schema';
import { damagedText } from './testing/damagedText';
import { fuzzCase, heavyCase, type FuzzCase } from './testing/mutations';
import type { Json } from './testing/json';

/**
 * Import fuzzing: every example, damaged in thousands of random ways, goes through the real
 * import path (loadBlueprintText). Each case either opens as a valid document or is refused
 * with errors that say where and what; nothing throws and nothing reaches Object.prototype.
 */

const examplesDir = new URL('../../examples/', import.meta.url);
const readJson = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as Json;
/** The twelve examples, and a version-1 file so that damage reaches the migration too. */
const seeds: Record<string, Json> = {
  ...Object.fromEntries(
    readdirSync(examplesDir)
      .filter((name) => name.endsWith('.blueprint.json'))
      .map((name) => [name, readJson(new URL(name, examplesDir))]),
  ),
  'v1-hotel.json': readJson(new URL('./migrations/fixtures/v1-hotel.json', import.meta.url)),
};
const names = Object.keys(seeds).sort();

/** A path the way the docs write it: `steps[3].failPoint.probability`, or '' for the whole file. */
const PATH = /^(?:[A-Za-z_$][\w$]*(?:\[\d+\]|\.[A-Za-z_$][\w$]*)*)?$/;
const MAX_MESSAGE = 200;

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const ownNames = prototypes.map((p) => Object.getOwnPropertyNames(p).sort());

function expectNoPollution(): void {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
  expect(typeof probe.toString).toBe('function');
  prototypes.forEach((p, i) => expect(Object.getOwnPropertyNames(p).sort()).toEqual(ownNames[i]));
}

function expectSound(result: LoadResult): void {
  if (result.ok) {
    const doc = result.value;
    expect(validateReferences(doc)).toEqual([]);
    // It saves, and the saved text opens as the same document.
    const saved = JSON.stringify(doc);
    const again = loadBlueprintText(saved);
    if (!again.ok) throw new Error(`reopening failed: ${describeErrors(again.errors)}`);
    expect(JSON.stringify(again.value)).toBe(saved);
    expect(checkShape(JSON.parse(saved)).ok).toBe(true);
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  expect(result.errors.length).toBeLessThanOrEqual(20);
  for (const error of result.errors) {
    expect(Object.keys(error).sort()).toEqual(['message', 'path']);
    expect(error.path).toMatch(PATH);
    expect(typeof error.message).toBe('string');
    expect(error.message.length).toBeGreaterThan(0);
    expect(error.message.length).toBeLessThanOrEqual(MAX_MESSAGE);
  }
  expect(describeErrors(result.errors).length).toBeGreaterThan(0);
}

const stats = { cases: 0, opened: 0, refused: 0, slowestMs: 0, slowest: '' };

function run(fuzz: FuzzCase): void {
  const text = damagedText(seeds[fuzz.example]!, fuzz);
  const started = performance.now();
  const result = loadBlueprintText(text);
  const ms = performance.now() - started;
  stats.cases++;
  if (result.ok) stats.opened++;
  else stats.refused++;
  if (ms > stats.slowestMs) {
    stats.slowestMs = ms;
    stats.slowest = `${fuzz.example} ${JSON.stringify(fuzz.mutations.map((m) => m.kind))}`;
  }
  expectSound(result);
  expectNoPollution();
}

describe('opening damaged files', () => {
  afterAll(() => {
    if (process.env.FUZZ_STATS) console.log(JSON.stringify(stats));
  });

  it('has the twelve examples and the version-1 file to damage', () => {
    expect(names).toHaveLength(13);
    for (const name of names) expect(loadBlueprintText(JSON.stringify(seeds[name])).ok).toBe(true);
  });

  it('opens or refuses with located errors, never throws, never pollutes prototypes', () => {
    fc.assert(fc.property(fuzzCase(names), run), { numRuns: 3000 });
  }, 120_000);

  it('copes with 10 MB strings, 100,000-deep nesting and 50,000 copies', () => {
    fc.assert(fc.property(heavyCase(names), run), { numRuns: 30 });
  }, 120_000);
});
