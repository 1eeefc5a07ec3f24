import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MAX_LANE_HEIGHT, MIN_LANE_HEIGHT } from './layout';
import { describeErrors, loadBlueprintText } from './load';
import { migrate } from './migrations';
import { newBlueprint } from './newBlueprint';
import { blueprintSchema, checkShape } from './schema';
import { CURRENT_VERSION, FORMAT_NAME, LANE_KINDS } from './types';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const root = new URL('../../', import.meta.url);
const schemaText = readFileSync(new URL('docs/blueprint.schema.json', root), 'utf8');
const examplesDir = new URL('examples/', root);
const exampleFiles = readdirSync(examplesDir).filter((name) => name.endsWith('.blueprint.json'));

function parseSchema(): JsonObject {
  return JSON.parse(schemaText) as JsonObject;
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ANNOTATIONS = new Set([
  '$schema',
  '$id',
  '$defs',
  'title',
  'description',
  '$comment',
  'examples',
]);

/**
 * Inlines local `#/$defs/...` references. Keywords beside a `$ref` (draft 2020-12 applies them
 * too, e.g. a `default`) are kept next to the inlined definition.
 */
function resolveRefs(node: Json, defs: JsonObject): Json {
  if (Array.isArray(node)) return node.map((n) => resolveRefs(n, defs));
  if (!isObject(node)) return node;
  const { $ref: ref, ...siblings } = node;
  if (typeof ref === 'string') {
    const target = defs[ref.replace('#/$defs/', '')];
    if (!isObject(target)) throw new Error(`unresolved ${ref}`);
    const inlined = resolveRefs(target, defs) as JsonObject;
    const beside = resolveRefs(siblings, defs) as JsonObject;
    const clash = Object.keys(beside).filter((k) => k in inlined && !ANNOTATIONS.has(k));
    if (clash.length) throw new Error(`${ref}: ${clash.join(', ')} both beside and inside`);
    return { ...inlined, ...beside };
  }
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, resolveRefs(v, defs)]));
}

/** Drops annotations and writes `additionalProperties: {}` as `true`, so two schemas compare by meaning. */
function normalise(node: Json, isPropertyMap = false): Json {
  if (Array.isArray(node)) return node.map((n) => normalise(n));
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (!isPropertyMap && ANNOTATIONS.has(key)) continue;
    if (key === 'additionalProperties' && isObject(value) && Object.keys(value).length === 0)
      out[key] = true;
    else out[key] = normalise(value, !isPropertyMap && key === 'properties');
  }
  return out;
}

function documentedSchema(): Json {
  const schema = parseSchema();
  const defs = schema.$defs;
  return normalise(resolveRefs(schema, isObject(defs) ? defs : {}));
}

/** A small validator for the keywords the documented schema uses; returns the failing paths. */
function validate(schema: Json, value: Json, path = ''): string[] {
  if (!isObject(schema)) return [];
  const errors: string[] = [];
  const type = schema.type;
  const actual = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  if (typeof type === 'string' && type !== actual) return [`${path}: expected ${type}`];
  if ('const' in schema && schema.const !== value)
    errors.push(`${path}: expected ${String(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    errors.push(`${path}: not in enum`);
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum)
      errors.push(`${path}: below minimum`);
    if (typeof schema.maximum === 'number' && value > schema.maximum)
      errors.push(`${path}: above maximum`);
  }
  if (
    typeof value === 'string' &&
    typeof schema.minLength === 'number' &&
    value.length < schema.minLength
  ) {
    errors.push(`${path}: too short`);
  }
  if (
    typeof value === 'string' &&
    typeof schema.pattern === 'string' &&
    !new RegExp(schema.pattern, 'u').test(value)
  ) {
    errors.push(`${path}: does not match the pattern`);
  }
  if (Array.isArray(schema.anyOf) && !schema.anyOf.some((sub) => !validate(sub, value).length))
    errors.push(`${path}: matches none of anyOf`);
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems)
      errors.push(`${path}: too few items`);
    value.forEach((item, i) =>
      errors.push(...validate(schema.items ?? null, item, `${path}[${i}]`)),
    );
  }
  if (isObject(value)) {
    const required = Array.isArray(schema.required) ? schema.required : [];
    for (const key of required) {
      if (typeof key === 'string' && !(key in value))
        errors.push(`${path ? `${path}.` : ''}${key}: missing`);
    }
    const properties = isObject(schema.properties) ? schema.properties : {};
    for (const [key, sub] of Object.entries(properties)) {
      const child = value[key];
      if (child !== undefined) errors.push(...validate(sub, child, path ? `${path}.${key}` : key));
    }
  }
  return errors;
}

describe('docs/blueprint.schema.json', () => {
  it('parses and declares draft 2020-12', () => {
    const schema = parseSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
  });

  it('says in its description that cross-references cannot be expressed', () => {
    expect(String(parseSchema().description)).toMatch(/cross-references/);
  });

  it('lists the same required top-level fields as the code', () => {
    const codeRequired = Object.entries(blueprintSchema.shape)
      .filter(([, field]) => !field.safeParse(undefined).success)
      .map(([key]) => key);
    expect(codeRequired).toEqual(['format', 'version', 'lanes', 'steps', 'flows']);
    expect(parseSchema().required).toEqual(codeRequired);
  });

  it('lists the same lane kinds as the code', () => {
    const schema = parseSchema();
    const lane = (schema.$defs as JsonObject).lane as JsonObject;
    const kind = (lane.properties as JsonObject).kind as JsonObject;
    expect(kind.enum).toEqual([...LANE_KINDS]);
  });

  it('declares the format name and version the code expects', () => {
    const properties = parseSchema().properties as JsonObject;
    expect((properties.format as JsonObject).const).toBe(FORMAT_NAME);
    expect((properties.version as JsonObject).const).toBe(CURRENT_VERSION);
  });

  it('matches schema.ts field for field (types, required fields, bounds, defaults)', () => {
    const fromCode = z.toJSONSchema(blueprintSchema, { io: 'input', target: 'draft-2020-12' });
    expect(documentedSchema()).toEqual(normalise(fromCode as Json));
  });

  it('accepts a new blueprint and every example, and rejects broken documents', () => {
    const schema = documentedSchema();
    expect(validate(schema, newBlueprint() as unknown as Json)).toEqual([]);
    for (const name of exampleFiles) {
      const doc = JSON.parse(readFileSync(new URL(name, examplesDir), 'utf8')) as Json;
      expect(validate(schema, doc), name).toEqual([]);
    }
    const broken = JSON.parse(JSON.stringify(newBlueprint())) as JsonObject & {
      lanes: JsonObject[];
    };
    broken.lanes[0]!.kind = 'staff';
    broken.lanes[1]!.height = 20;
    broken.steps = [
      {
        id: 's',
        lane: 'customer',
        x: 0,
        label: 'A',
        failPoint: { probability: 2, costPerFailure: 0 },
      },
    ];
    delete broken.flows;
    expect(validate(schema, broken)).toEqual([
      'flows: missing',
      'lanes[0].kind: not in enum',
      'lanes[1].height: below minimum',
      'steps[0].failPoint.probability: above maximum',
    ]);
  });

  it('rejects broken parts of versions 2 to 4 (the schema checks them as the code does)', () => {
    const schema = documentedSchema();
    const broken = JSON.parse(JSON.stringify(newBlueprint())) as JsonObject;
    broken.meta = { toleranceMin: -1 };
    broken.steps = [
      {
        id: 's',
        lane: 'customer',
        x: 0,
        label: 'A',
        selfService: 'yes',
        failPoint: { probability: 0.1, costPerFailure: 0, lostShare: 1.5 },
      },
    ];
    broken.economics = { currency: 'usd', customersPerMonth: -3 };
    broken.improvements = [{ title: 'No id', addresses: [''], newProbability: 2, status: 'maybe' }];
    broken.guide = { step: 7, done: [1, 0] };
    broken.comments = [{ id: 'c', on: 'elsewhere', text: '', createdAt: '2026-12-06T09:30Z' }];
    broken.personas = [{ id: 'p', picture: 'http://example.com/face.png' }];
    broken.versions = [{ id: 'v', kind: 'maybe', createdAt: 'today' }];
    expect(validate(schema, broken)).toEqual([
      'meta.toleranceMin: below minimum',
      'steps[0].selfService: expected boolean',
      'steps[0].failPoint.lostShare: above maximum',
      'economics.customersPerMonth: below minimum',
      'economics.currency: does not match the pattern',
      'improvements[0].id: missing',
      'improvements[0].addresses[0]: too short',
      'improvements[0].newProbability: above maximum',
      'improvements[0].status: not in enum',
      'guide.step: matches none of anyOf',
      'guide.done[1]: matches none of anyOf',
      'personas[0].picture: does not match the pattern',
      'versions[0].kind: not in enum',
      'versions[0].createdAt: does not match the pattern',
    ]);
    for (const [key, value] of Object.entries(broken)) {
      if (['format', 'version', 'lanes', 'flows', 'view', 'title'].includes(key)) continue;
      const alone = { ...(newBlueprint() as unknown as JsonObject), [key]: value };
      expect(checkShape(alone).ok, key).toBe(false);
    }
  });
});

describe('examples/', () => {
  it('contains examples', () => {
    expect(exampleFiles.length).toBeGreaterThan(0);
  });

  it.each(exampleFiles)('%s declares the format and version the code expects', (name) => {
    const doc = JSON.parse(readFileSync(new URL(name, examplesDir), 'utf8')) as JsonObject;
    expect(doc.format).toBe(FORMAT_NAME);
    expect(doc.version).toBe(CURRENT_VERSION);
  });
});

describe('docs/file-format.md', () => {
  const markdown = readFileSync(new URL('docs/file-format.md', root), 'utf8');

  it('has a complete example that opens and passes the JSON Schema', () => {
    const block = /```json\n([\s\S]*?)\n```/.exec(markdown);
    expect(block).not.toBeNull();
    const text = block![1]!;
    const result = loadBlueprintText(text);
    expect(result.ok ? '' : describeErrors(result.errors)).toBe('');
    expect(validate(documentedSchema(), JSON.parse(text) as Json)).toEqual([]);
  });

  it('states the lane height range from layout.ts', () => {
    expect(markdown).toContain(`${MIN_LANE_HEIGHT} to ${MAX_LANE_HEIGHT} canvas units`);
  });

  it('quotes the version messages the code gives', () => {
    for (const version of [CURRENT_VERSION + 1, 0]) {
      const result = migrate({ version });
      if (result.ok) throw new Error(`version ${version} should be refused`);
      expect(markdown).toContain(`${result.path}: ${result.message}`);
    }
  });
});
