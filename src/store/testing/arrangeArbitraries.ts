import fc from 'fast-check';
import type { EditAction, Ref } from './editScript';

/**
 * Edit-script arbitraries for arranging several steps (align, distribute, tidy up) and the
 * inspector's edit of what a multi-selection has in common. Part of `editAction` (arbitraries.ts).
 */

const ref: fc.Arbitrary<Ref> = fc.oneof(
  { weight: 9, arbitrary: fc.nat(200).map((nth) => ({ nth })) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', 'ghost', '__proto__').map((missing) => ({ missing })),
  },
);
const refs = fc.array(ref, { maxLength: 5 });

const duration = fc.oneof(
  fc.integer({ min: -5, max: 500 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308, undefined),
);

export const arrangeAction: fc.Arbitrary<EditAction> = fc.oneof(
  fc.record({ kind: fc.constant('alignSteps' as const), steps: refs }),
  fc.record({ kind: fc.constant('distributeSteps' as const), steps: refs }),
  fc.constant({ kind: 'tidyUp' as const }),
  fc.record({ kind: fc.constant('reverseFlows' as const), flows: refs }),
  fc.record({
    kind: fc.constant('setStepsFields' as const),
    steps: refs,
    fields: fc.record(
      {
        lane: ref,
        durationMin: duration,
        selfService: fc.boolean(),
        failPoint: fc.boolean(),
        wait: fc.boolean(),
      },
      { requiredKeys: [], noNullPrototype: true },
    ),
    key: fc.option(fc.constantFrom('k1', 'k2'), { nil: undefined }),
  }),
);
