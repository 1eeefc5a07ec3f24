import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateReferences } from '../model';
import { damagedText } from '../model/testing/damagedText';
import { fuzzCase } from '../model/testing/mutations';
import type { Json } from '../model/testing/json';
import { readBlueprintFile, type OpenResult } from './files';
import { embedBlueprint } from './pngChunk';
import { tinyPng, utf8 } from './testing/tinyPng';

/**
 * Import fuzzing through Open itself (readBlueprintFile takes the File a person picks or drops):
 * damaged examples as JSON files with broken UTF-8, under misleading names, and inside PNG
 * images that may themselves be damaged. Every file resolves to a document or a reason.
 */

const examplesDir = new URL('../../examples/', import.meta.url);
const examples: Record<string, Json> = Object.fromEntries(
  readdirSync(examplesDir)
    .filter((name) => name.endsWith('.blueprint.json'))
    .map((name) => [name, JSON.parse(readFileSync(new URL(name, examplesDir), 'utf8')) as Json]),
);

const REASONS = ['tooLarge', 'unreadable', 'notPng', 'noBlueprint', 'damagedBlueprint'];

/** Byte sequences that are not UTF-8: stray continuation, overlong, cut-short, 0xFF. */
const badUtf8 = fc.constantFrom([0x80], [0xc0, 0x80], [0xe2, 0x82], [0xff], [0xed, 0xa0, 0x80]);

const byteDamage = fc.oneof(
  fc.record({ kind: fc.constant('none' as const) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: badUtf8 }),
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    xor: fc.integer({ min: 1, max: 255 }),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
);

type ByteDamage = typeof byteDamage extends fc.Arbitrary<infer T> ? T : never;

function damageBytes(bytes: Uint8Array, d: ByteDamage): Uint8Array<ArrayBuffer> {
  const out = Uint8Array.from(bytes);
  if (d.kind === 'none' || out.length === 0) return out;
  const at = d.at % out.length;
  if (d.kind === 'flip') {
    out[at] = out[at]! ^ d.xor;
    return out;
  }
  if (d.kind === 'cut') return out.slice(0, at);
  return Uint8Array.from([...out.subarray(0, at), ...d.bytes, ...out.subarray(at)]);
}

const fileCase = fc.record({
  fuzz: fuzzCase(Object.keys(examples).sort()),
  inPng: fc.boolean(),
  damage: byteDamage,
  name: fc.constantFrom('a.blueprint.json', 'a.json', 'a.png', 'a.PNG', 'a', 'a.txt'),
  type: fc.constantFrom('', 'application/json', 'image/png', 'text/plain'),
});

function expectSound(result: OpenResult): void {
  if (result.ok) {
    expect(validateReferences(result.value)).toEqual([]);
    expect(() => JSON.stringify(result.value)).not.toThrow();
  } else if ('errors' in result) {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) {
      expect(typeof error.path).toBe('string');
      expect(error.message.length).toBeGreaterThan(0);
    }
  } else {
    expect(REASONS).toContain(result.reason);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('opening damaged files with Open', () => {
  it('resolves every file to a document, located errors or a reason; never rejects', async () => {
    await fc.assert(
      fc.asyncProperty(fileCase, async ({ fuzz, inPng, damage, name, type }) => {
        const text = damagedText(examples[fuzz.example]!, fuzz);
        const plain = utf8(text);
        const bytes = damageBytes(inPng ? await embedBlueprint(tinyPng(), text) : plain, damage);
        expectSound(await readBlueprintFile(new File([bytes], name, { type })));
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
