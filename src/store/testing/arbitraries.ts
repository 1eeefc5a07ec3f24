import fc from 'fast-check';
import {
  IMPROVEMENT_STATUSES,
  STANDARD_LANE_KINDS,
  STANDARD_LANE_LABELS,
  type BlueprintMeta,
  type FailPoint,
  type View,
  type Wait,
} from '../../model';
import { arrangeAction } from './arrangeArbitraries';
import type { EditAction, ImprovementScript, LaneLabels, Ref } from './editScript';

/**
 * Arbitraries for the store's property tests: edit scripts over every named document action
 * (see editScript.ts), with numbers that include NaN, the infinities, -0, negatives and huge
 * values, hostile text, and ids that do not exist (the documents a store starts from: startDocuments.ts).
 * Records are plain objects, as callers make them (fast-check would also make prototype-less
 * ones).
 */

// ---------------------------------------------------------------------------------------------
// Values

/** Ordinary numbers most of the time, and every number a form or a drag could get wrong. */
export const edgeNumber: fc.Arbitrary<number> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -50, max: 1500 }) },
  { weight: 2, arbitrary: fc.double({ min: -2, max: 2, noNaN: true }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      -0,
      -1,
      1.5,
      1e308,
      -1e308,
      Number.MAX_VALUE,
      Number.MIN_VALUE,
      Number.MAX_SAFE_INTEGER + 2,
      2 ** 31,
    ),
  },
  { weight: 1, arbitrary: fc.double() },
);

const optionalNumber = fc.oneof({ weight: 5, arbitrary: edgeNumber }, fc.constant(undefined));

/** Plain, hostile and malformed text: markup, bidi overrides, lone surrogates, CJK. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '<img src=x onerror=alert(1)>',
      '\u202eevil',
      'a\u200bb',
      '\ud800',
      'x\udfffy',
      '酒店入住',
      '__proto__',
      'constructor',
    ),
  },
);

const coalesceKey = fc.option(fc.constantFrom('k1', 'k2', 'k3'), { nil: undefined });

/** Ids that a document never has: empty, unknown and prototype names. */
const missingId = fc.constantFrom('', 'ghost', '__proto__', 'constructor', 'toString');

export const ref: fc.Arbitrary<Ref> = fc.oneof(
  { weight: 9, arbitrary: fc.nat(200).map((nth) => ({ nth })) },
  { weight: 1, arbitrary: missingId.map((missing) => ({ missing })) },
);

const refs = fc.array(ref, { maxLength: 3 });

/** Guide steps 1–6, and numbers that are not guide steps. */
const guideStepNumber = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 7, -1, 2.5, Number.NaN) },
);

const UPPER_LABELS = Object.fromEntries(
  STANDARD_LANE_KINDS.map((k) => [k, STANDARD_LANE_LABELS[k].toUpperCase()]),
) as LaneLabels;

const laneLabels: fc.Arbitrary<LaneLabels> = fc.oneof(
  fc.constantFrom(STANDARD_LANE_LABELS, UPPER_LABELS),
  fc.record(
    {
      evidence: anyText,
      customer: anyText,
      onstage: anyText,
      backstage: anyText,
      support: anyText,
    },
    { noNullPrototype: true },
  ),
);

const currency = fc.constantFrom('USD', 'EUR', 'CNY', 'usd', '', 'EURO', 'U$D');

const failPoint: fc.Arbitrary<Partial<FailPoint>> = fc.record(
  {
    risk: anyText,
    probability: edgeNumber,
    costPerFailure: edgeNumber,
    recovery: anyText,
    owner: anyText,
    lostShare: optionalNumber,
  },
  { requiredKeys: [], noNullPrototype: true },
);

const wait: fc.Arbitrary<Partial<Wait>> = fc.record(
  { expectedMin: edgeNumber, toleranceMin: edgeNumber },
  { requiredKeys: [], noNullPrototype: true },
);

const improvementFields: fc.Arbitrary<ImprovementScript> = fc.record(
  {
    title: anyText,
    addresses: refs,
    oneOffCost: edgeNumber,
    runningCostPerMonth: edgeNumber,
    newProbability: optionalNumber,
    newWaitMin: optionalNumber,
    status: fc.constantFrom(...IMPROVEMENT_STATUSES),
  },
  { requiredKeys: [], noNullPrototype: true },
);

/** Facts about the service, with tolerances as odd as any other number the user might give. */
const metaFields: fc.Arbitrary<Partial<BlueprintMeta>> = fc.record(
  {
    service: anyText,
    customerSegment: anyText,
    scenario: anyText,
    scenarioStart: anyText,
    scenarioEnd: anyText,
    toleranceMin: optionalNumber,
    locale: fc.constantFrom('en', 'zh-CN'),
  },
  { requiredKeys: [], noNullPrototype: true },
);

/** What React Flow reports: zoom within the canvas's limits, finite pan. */
const view: fc.Arbitrary<View> = fc.record(
  {
    x: fc.integer({ min: -100_000, max: 100_000 }),
    y: fc.integer({ min: -100_000, max: 100_000 }),
    zoom: fc.double({ min: 0.1, max: 3, noNaN: true }),
  },
  { noNullPrototype: true },
);

// ---------------------------------------------------------------------------------------------
// Actions

const label = fc.option(anyText, { nil: undefined });

export const editAction: fc.Arbitrary<EditAction> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('addStep'), lane: ref, x: edgeNumber, label }),
  },
  {
    weight: 2,
    arbitrary: fc.record(
      {
        kind: fc.constant('addLinkedStep'),
        lane: ref,
        x: edgeNumber,
        label,
        from: ref,
        to: ref,
      },
      { requiredKeys: ['kind', 'lane', 'x'], noNullPrototype: true },
    ),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('updateStep'),
      step: ref,
      fields: fc.record(
        {
          label: anyText,
          description: anyText,
          durationMin: optionalNumber,
          x: edgeNumber,
          lane: ref,
          selfService: fc.boolean(),
        },
        { requiredKeys: [], noNullPrototype: true },
      ),
      key: coalesceKey,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('moveSteps'),
      moves: fc.array(
        fc.record({ step: ref, x: edgeNumber, lane: ref }, { noNullPrototype: true }),
        { maxLength: 3 },
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteSteps'), steps: refs }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('setFailPoint'),
      step: ref,
      failPoint: fc.option(failPoint, { nil: null, freq: 4 }),
      key: coalesceKey,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('setWait'),
      step: ref,
      wait: fc.option(wait, { nil: null, freq: 4 }),
      key: coalesceKey,
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('addFlow'), from: ref, to: ref }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('addLoop'), step: ref }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('updateFlow'),
      flow: ref,
      fields: fc.record(
        { label: anyText, twoWay: fc.boolean() },
        { requiredKeys: [], noNullPrototype: true },
      ),
      key: coalesceKey,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteFlows'), flows: refs }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('select'), steps: refs, flows: refs }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'deleteSelection' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('setEditingStep'),
      step: fc.option(ref, { nil: null }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('renameLane'),
      lane: ref,
      label: anyText,
      key: coalesceKey,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('resizeLane'),
      lane: ref,
      height: edgeNumber,
      key: coalesceKey,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('setLaneHidden'), lane: ref, hidden: fc.boolean() }),
  },
  {
    weight: 1,
    arbitrary: fc.record(
      { kind: fc.constant('addLane'), label: anyText, index: edgeNumber },
      { requiredKeys: ['kind', 'label'] },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('moveLane'), lane: ref, toIndex: edgeNumber }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('removeLane'), lane: ref }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('relabelStandardLanes'),
      from: laneLabels,
      to: laneLabels,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('setEconomics'),
      fields: fc.record(
        {
          customersPerMonth: optionalNumber,
          spendPerVisit: optionalNumber,
          visitsPerYear: optionalNumber,
          yearsRetained: optionalNumber,
          currency,
        },
        { requiredKeys: [], noNullPrototype: true },
      ),
      key: coalesceKey,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record(
      { kind: fc.constant('addImprovement'), fields: improvementFields },
      { requiredKeys: ['kind'] },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('updateImprovement'),
      improvement: ref,
      fields: improvementFields,
      key: coalesceKey,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('deleteImprovement'), improvement: ref }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('setGuideStep'), step: guideStepNumber }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('setGuideDone'),
      step: guideStepNumber,
      done: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('setTitle'), title: anyText, key: coalesceKey }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('setMeta'), fields: metaFields, key: coalesceKey }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('setView'), view }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('pasteSteps'),
      steps: refs,
      placement: fc.oneof(
        fc.record({ dx: edgeNumber }, { noNullPrototype: true }),
        fc.record({ left: edgeNumber }, { noNullPrototype: true }),
      ),
      lostLanes: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicateSteps'), steps: refs }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('nudgeSteps'),
      steps: refs,
      dx: edgeNumber,
      lanes: fc.constantFrom(-1 as const, 0 as const, 1 as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('toggleFailPoint'), steps: refs }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('toggleWait'), steps: refs }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'selectAll' as const }) },
  { weight: 4, arbitrary: arrangeAction },
  { weight: 3, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'redo' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('wait'), ms: fc.constantFrom(0, 200, 1499, 1500) }),
  },
);

export const editScript = (maxLength: number) => fc.array(editAction, { maxLength });
