import fc from 'fast-check';
import { LANE_KINDS } from '../types';
import type { Json, JsonObject } from './json';

/**
 * Valid version-1 documents, as version 1 of the editor could have saved them (see
 * migrations/fixtures/v1-hotel.json and docs/file-format.md): lanes, steps with fail points and
 * waits, flows, an optional title, meta and view, and fields version 1 did not know. Plain
 * JSON values only. Unknown fields never use a name that version 2 gave a meaning to: such a
 * field must pass the version-2 checks, by design (docs/file-format.md, "Version 1 → 2").
 */

/** Names version 1 did not know and version 2 does not use. */
const UNKNOWN_KEYS = ['x-note', 'colour', 'tags', 'createdBy', 'priority'] as const;

const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 10 }) },
  { weight: 1, arbitrary: fc.constantFrom('酒店入住', '<b>bold</b>', '\ud800', '__proto__') },
);
const id = fc.oneof(
  { weight: 8, arbitrary: fc.string({ minLength: 1, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString') },
);
const finite = fc.oneof(
  fc.integer({ min: -5000, max: 5000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const nonNegative = fc.oneof(
  fc.integer({ min: 0, max: 10_000 }),
  fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
);
const fraction = fc.double({ min: 0, max: 1, noNaN: true });

const unknownValue: fc.Arbitrary<Json> = fc.oneof(
  text,
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 3 }), text, { maxKeys: 2, noNullPrototype: true }),
);

/** Usually none, sometimes one or two fields version 1 did not know. */
const unknownFields: fc.Arbitrary<JsonObject> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({}) },
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.constantFrom(...UNKNOWN_KEYS), unknownValue, {
      minKeys: 1,
      maxKeys: 2,
      noNullPrototype: true,
    }),
  },
);

const optional = { noNullPrototype: true } as const;

const lane = fc.record(
  {
    // Version 1 knew the five standard kinds and custom lanes; the emotion lane came in version 4.
    kind: fc.constantFrom(...LANE_KINDS.filter((kind) => kind !== 'emotion')),
    label: text,
    height: fc.oneof(
      fc.integer({ min: 80, max: 1200 }),
      fc.double({ min: 80, max: 1200, noNaN: true }),
    ),
    hidden: fc.boolean(),
  },
  { requiredKeys: ['kind', 'label', 'height'], ...optional },
);

const failPoint = fc.record(
  { risk: text, probability: fraction, costPerFailure: nonNegative, recovery: text, owner: text },
  { requiredKeys: ['probability', 'costPerFailure'], ...optional },
);

const step = fc.record(
  {
    laneIndex: fc.nat(),
    x: finite,
    label: text,
    description: text,
    durationMin: nonNegative,
    failPoint,
    wait: fc.record({ expectedMin: nonNegative, toleranceMin: nonNegative }, optional),
  },
  { requiredKeys: ['laneIndex', 'x', 'label'], ...optional },
);

const flow = fc.record(
  { from: fc.nat(), to: fc.nat(), label: text, twoWay: fc.boolean() },
  { requiredKeys: ['from', 'to'], ...optional },
);

const meta = fc.record(
  {
    service: text,
    customerSegment: text,
    scenario: text,
    locale: fc.constantFrom('en', 'zh-CN'),
  },
  { requiredKeys: [], ...optional },
);

const view = fc.record(
  { x: finite, y: finite, zoom: fc.double({ min: 0.05, max: 8, noNaN: true }) },
  optional,
);

/** Items with unique ids: `[id, fields, unknown fields]`. */
const withIds = <T>(
  fields: fc.Arbitrary<T>,
  constraints: { minLength?: number; maxLength: number },
) =>
  fc.uniqueArray(fc.tuple(id, fields, unknownFields), {
    ...constraints,
    selector: ([itemId]) => itemId,
  });

export const v1Document: fc.Arbitrary<JsonObject> = fc
  .record(
    {
      lanes: withIds(lane, { minLength: 1, maxLength: 7 }),
      steps: withIds(step, { maxLength: 10 }),
      flows: withIds(flow, { maxLength: 10 }),
      title: fc.option(text, { nil: undefined }),
      meta: fc.option(fc.tuple(meta, unknownFields), { nil: undefined }),
      view: fc.option(view, { nil: undefined }),
      extra: unknownFields,
    },
    optional,
  )
  .map((g) => {
    const laneIds = g.lanes.map(([laneId]) => laneId);
    const stepIds = g.steps.map(([stepId]) => stepId);
    const lanes = g.lanes.map(([laneId, fields, extra]) => ({ id: laneId, ...fields, ...extra }));
    const steps = g.steps.map(([stepId, { laneIndex, ...fields }, extra]) => ({
      id: stepId,
      lane: laneIds[laneIndex % laneIds.length]!,
      ...fields,
      ...extra,
    }));
    // Flows join two different steps; a document with fewer than two steps has none.
    const n = stepIds.length;
    const flows =
      n < 2
        ? []
        : g.flows.map(([flowId, { from, to, ...fields }, extra]) => {
            const fromIndex = from % n;
            const toIndex = to % n === fromIndex ? (fromIndex + 1) % n : to % n;
            return {
              id: flowId,
              from: stepIds[fromIndex]!,
              to: stepIds[toIndex]!,
              ...fields,
              ...extra,
            };
          });
    const doc: JsonObject = {
      format: 'service-blueprint',
      version: 1,
      ...(g.title !== undefined && { title: g.title }),
      ...(g.meta && { meta: { ...g.meta[0], ...g.meta[1] } }),
      lanes,
      steps,
      flows,
      ...(g.view && { view: g.view }),
      ...g.extra,
    };
    return doc;
  });
