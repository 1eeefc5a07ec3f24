import { describe, expect, it } from 'vitest';
import type { Improvement } from '../types';
import { checklistPassed, guideChecklist } from './checklist';
import type { CheckItem } from './checkTypes';
import type { BlueprintFacts } from './facts';
import { failPoint, testDoc, wait, type FlowSpec, type StepSpec } from './testDoc';

const FACTS: BlueprintFacts = {
  title: 'Hotel stay',
  service: 'Overnight stay',
  customerSegment: 'Business travellers',
  scenarioStart: 'Arrives at the door',
  scenarioEnd: 'Leaves after check-out',
};

/** [id, ok, stepId, key] — the shape the tables below compare. */
type Row = [string, boolean, string | undefined, string];
const rows = (items: CheckItem[]): Row[] =>
  items.map((i) => [i.id, i.ok, i.stepId ?? i.improvementId, i.message.key]);

const check = (
  step: 1 | 2 | 3 | 4 | 5 | 6,
  steps: StepSpec[],
  flows: FlowSpec[] = [],
  improvements: Improvement[] = [],
  facts = FACTS,
): Row[] => rows(guideChecklist(step, testDoc(steps, flows), facts, improvements));

describe('step 1: the process and its customers are named', () => {
  it('passes with every fact filled', () => {
    expect(check(1, [])).toEqual([
      ['title', true, undefined, 'check.titleNamed'],
      ['service', true, undefined, 'check.serviceNamed'],
      ['segment', true, undefined, 'check.segmentNamed'],
      ['scenarioStart', true, undefined, 'check.scenarioStartStated'],
      ['scenarioEnd', true, undefined, 'check.scenarioEndStated'],
    ]);
  });

  it.each([
    ['title', 'title'],
    ['service', 'service'],
    ['customerSegment', 'segment'],
    ['scenarioStart', 'scenarioStart'],
    ['scenarioEnd', 'scenarioEnd'],
  ] as const)('fails only %s when it is blank', (field, id) => {
    for (const blank of ['', '   \n']) {
      const result = check(1, [], [], [], { ...FACTS, [field]: blank });
      expect(result.filter((r) => !r[1]).map((r) => r[0])).toEqual([id]);
    }
  });
});

describe('step 2: customer actions form a connected left-to-right flow', () => {
  const three: StepSpec[] = [
    ['c2', 'customer', 480],
    ['c0', 'customer', 0],
    ['c1', 'customer', 240],
  ];
  const cases: [string, StepSpec[], FlowSpec[], Row[]][] = [
    [
      'no customer action',
      [['o', 'onstage', 0]],
      [],
      [['customerActions', false, undefined, 'check.twoCustomerActions']],
    ],
    [
      'one customer action',
      [['c0', 'customer', 0]],
      [],
      [['customerActions', false, undefined, 'check.twoCustomerActions']],
    ],
    [
      'a connected chain',
      three,
      [
        ['c0', 'c1'],
        ['c1', 'c2'],
      ],
      [
        ['customerActions', true, undefined, 'check.twoCustomerActions'],
        ['customerFlow', true, undefined, 'check.customerActionsConnected'],
      ],
    ],
    [
      'two-way flows count both ways',
      three,
      [
        ['c1', 'c0', true],
        ['c2', 'c1', true],
      ],
      [
        ['customerActions', true, undefined, 'check.twoCustomerActions'],
        ['customerFlow', true, undefined, 'check.customerActionsConnected'],
      ],
    ],
    [
      'a gap after the middle action',
      three,
      [['c0', 'c1']],
      [
        ['customerActions', true, undefined, 'check.twoCustomerActions'],
        ['customerFlow:c1', false, 'c1', 'check.customerActionNoFlowToNext'],
        ['customerFlow:c2', false, 'c2', 'check.customerActionNoFlowFromPrevious'],
      ],
    ],
    [
      'the middle action skipped',
      three,
      [['c0', 'c2']],
      [
        ['customerActions', true, undefined, 'check.twoCustomerActions'],
        ['customerFlow:c1', false, 'c1', 'check.customerActionDisconnected'],
      ],
    ],
    [
      'a one-way flow pointing left',
      three.slice(1),
      [['c1', 'c0']],
      [
        ['customerActions', true, undefined, 'check.twoCustomerActions'],
        ['customerFlow:c0', false, 'c0', 'check.customerActionNoFlowToNext'],
        ['customerFlow:c1', false, 'c1', 'check.customerActionNoFlowFromPrevious'],
      ],
    ],
    [
      'a link through an onstage step does not count',
      [...three.slice(1), ['o', 'onstage', 0]],
      [
        ['c0', 'o'],
        ['o', 'c1'],
      ],
      [
        ['customerActions', true, undefined, 'check.twoCustomerActions'],
        ['customerFlow:c0', false, 'c0', 'check.customerActionNoFlowToNext'],
        ['customerFlow:c1', false, 'c1', 'check.customerActionNoFlowFromPrevious'],
      ],
    ],
  ];
  it.each(cases)('%s', (_name, steps, flows, expected) => {
    expect(check(2, steps, flows)).toEqual(expected);
  });

  it('passes the action count as a param', () => {
    const [count] = guideChecklist(2, testDoc(three), FACTS, []);
    expect(count!.message.params).toEqual({ count: 3 });
  });

  it('names the offender by label', () => {
    const items = guideChecklist(2, testDoc(three, [['c0', 'c2']]), FACTS, []);
    expect(items[1]!.message.params).toEqual({ label: 'C1' });
  });
});

describe('step 3: onstage and backstage are linked', () => {
  it('checks each staffed customer action and each backstage step', () => {
    const steps: StepSpec[] = [
      ['c0', 'customer', 0],
      ['c1', 'customer', 240],
      ['c2', 'customer', 480, { selfService: true }],
      ['o', 'onstage', 0],
      ['k1', 'backstage', 0],
      ['k2', 'backstage', 240],
      ['k3', 'backstage', 480],
      ['s', 'support', 240],
    ];
    const flows: FlowSpec[] = [
      ['o', 'c0'], // either direction counts
      ['c1', 'c2'], // a customer–customer link is not onstage
      ['k1', 'o'],
      ['k2', 's'], // support is below, not above
      ['c2', 'k3'], // the customer side is above
    ];
    expect(check(3, steps, flows)).toEqual([
      ['onstage:c0', true, 'c0', 'check.customerHasOnstage'],
      ['onstage:c1', false, 'c1', 'check.customerHasOnstage'],
      ['backstage:k1', true, 'k1', 'check.backstageLinkedAbove'],
      ['backstage:k2', false, 'k2', 'check.backstageLinkedAbove'],
      ['backstage:k3', true, 'k3', 'check.backstageLinkedAbove'],
    ]);
  });

  it('accepts a backstage contact the customer cannot see (a phone order), but not support', () => {
    const steps: StepSpec[] = [
      ['phone', 'customer', 0],
      ['system', 'customer', 240],
      ['order', 'backstage', 0],
      ['kitchen', 'support', 240],
    ];
    const flows: FlowSpec[] = [
      ['phone', 'order'],
      ['system', 'kitchen'],
    ];
    expect(check(3, steps, flows).filter(([id]) => id.startsWith('onstage:'))).toEqual([
      ['onstage:phone', true, 'phone', 'check.customerHasOnstage'],
      ['onstage:system', false, 'system', 'check.customerHasOnstage'],
    ]);
  });

  it('counts a custom lane under onstage (e.g. technology) as onstage', () => {
    const doc = testDoc(
      [
        ['c0', 'customer', 0],
        ['app', 'tech', 0],
      ],
      [['c0', 'app']],
    );
    doc.lanes.splice(3, 0, { id: 'tech', kind: 'custom', label: 'Technology', height: 80 });
    expect(rows(guideChecklist(3, doc, FACTS, []))).toEqual([
      ['onstage:c0', true, 'c0', 'check.customerHasOnstage'],
    ]);
  });

  it('has nothing to check with only self-service actions', () => {
    expect(check(3, [['c0', 'customer', 0, { selfService: true }]])).toEqual([
      ['staffLinks', true, undefined, 'check.nothingToCheck'],
    ]);
  });
});

describe('step 4: evidence above each customer action; no lonely support step', () => {
  it('checks evidence by overlap or by flow, and support by any flow', () => {
    const steps: StepSpec[] = [
      ['c0', 'customer', 0],
      ['e0', 'evidence', 50], // overlaps [0, 176], ends before c1 (240)
      ['c1', 'customer', 240],
      ['e1', 'evidence', 416], // touches c1's right edge (240 + 176): not above it
      ['c2', 'customer', 1000],
      ['e2', 'evidence', 3000], // far away, but linked
      ['s1', 'support', 0],
      ['s2', 'support', 240],
      ['k', 'backstage', 0],
    ];
    const flows: FlowSpec[] = [
      ['e2', 'c2'],
      ['k', 's1'],
    ];
    expect(check(4, steps, flows)).toEqual([
      ['evidence:c0', true, 'c0', 'check.customerHasEvidence'],
      ['evidence:c1', false, 'c1', 'check.customerHasEvidence'],
      ['evidence:c2', true, 'c2', 'check.customerHasEvidence'],
      ['support:s1', true, 's1', 'check.supportLinked'],
      ['support:s2', false, 's2', 'check.supportLinked'],
    ]);
  });

  it('counts evidence just left of the action whose card still overlaps', () => {
    expect(
      check(4, [
        ['c', 'customer', 200],
        ['e', 'evidence', 25],
      ]),
    ).toEqual([['evidence:c', true, 'c', 'check.customerHasEvidence']]);
  });

  it('has nothing to check without customer actions or support steps', () => {
    expect(check(4, [['o', 'onstage', 0]])).toEqual([
      ['delivery', true, undefined, 'check.nothingToCheck'],
    ]);
  });
});

describe('step 5: fail points and waits are costed', () => {
  it('passes complete fail points and waits, left to right', () => {
    expect(
      check(5, [
        ['w', 'customer', 240, { wait: wait(5, 10) }],
        ['f', 'onstage', 0, { failPoint: failPoint() }],
      ]),
    ).toEqual([
      ['failProbability:f', true, 'f', 'check.failPointProbability'],
      ['failCost:f', true, 'f', 'check.failPointCost'],
      ['failRecovery:f', true, 'f', 'check.failPointRecovery'],
      ['waitExpected:w', true, 'w', 'check.waitExpected'],
      ['waitTolerance:w', true, 'w', 'check.waitTolerance'],
    ]);
  });

  it('fails each missing field on the offending step', () => {
    expect(
      check(5, [
        [
          'f',
          'onstage',
          0,
          {
            failPoint: failPoint({ probability: 0, costPerFailure: 0, recovery: '  ' }),
            wait: wait(0, Number.NaN),
          },
        ],
      ]),
    ).toEqual([
      ['failProbability:f', false, 'f', 'check.failPointProbability'],
      ['failCost:f', false, 'f', 'check.failPointCost'],
      ['failRecovery:f', false, 'f', 'check.failPointRecovery'],
      ['waitExpected:f', false, 'f', 'check.waitExpected'],
      ['waitTolerance:f', false, 'f', 'check.waitTolerance'],
    ]);
  });

  it('fails when nothing is marked', () => {
    expect(check(5, [['c', 'customer', 0]])).toEqual([
      ['failOrWait', false, undefined, 'check.markFailOrWait'],
    ]);
  });
});

describe('step 6: improvements name what they address and what they cost', () => {
  const imp = (fields: Partial<Improvement>): Improvement => ({
    id: 'i',
    title: 'Fix it',
    addresses: ['f'],
    oneOffCost: 100,
    runningCostPerMonth: 0,
    status: 'idea',
    ...fields,
  });
  const steps: StepSpec[] = [['f', 'onstage', 0, { failPoint: failPoint() }]];

  it('fails without improvements', () => {
    expect(check(6, steps)).toEqual([['improvements', false, undefined, 'check.oneImprovement']]);
  });

  it('passes addressed and costed improvements (running cost alone is enough)', () => {
    expect(
      check(
        6,
        steps,
        [],
        [imp({ id: 'a' }), imp({ id: 'b', oneOffCost: 0, runningCostPerMonth: 5 })],
      ),
    ).toEqual([
      ['improvements', true, undefined, 'check.oneImprovement'],
      ['improvementAddresses:a', true, 'a', 'check.improvementAddresses'],
      ['improvementCost:a', true, 'a', 'check.improvementCosted'],
      ['improvementAddresses:b', true, 'b', 'check.improvementAddresses'],
      ['improvementCost:b', true, 'b', 'check.improvementCosted'],
    ]);
  });

  it('fails an improvement that addresses only missing steps and costs nothing', () => {
    const items = guideChecklist(6, testDoc(steps), FACTS, [
      imp({ id: 'x', title: 'Smile', addresses: ['gone'], oneOffCost: 0 }),
    ]);
    expect(rows(items)).toEqual([
      ['improvements', true, undefined, 'check.oneImprovement'],
      ['improvementAddresses:x', false, 'x', 'check.improvementAddresses'],
      ['improvementCost:x', false, 'x', 'check.improvementCosted'],
    ]);
    expect(items[1]!.improvementId).toBe('x');
    expect(items[1]!.stepId).toBeUndefined();
    expect(items[1]!.message.params).toEqual({ title: 'Smile' });
  });
});

describe('guideChecklist', () => {
  it.each([1, 2, 3, 4, 5, 6] as const)(
    'step %d never returns an empty list and ids are unique',
    (step) => {
      for (const doc of [
        testDoc([]),
        testDoc([['c', 'customer', 0, { wait: wait(1, 1), failPoint: failPoint() }]]),
      ]) {
        const items = guideChecklist(step, doc, FACTS, []);
        expect(items.length).toBeGreaterThan(0);
        expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
      }
    },
  );

  it('checklistPassed is true only when every item is ok', () => {
    expect(checklistPassed(guideChecklist(1, testDoc([]), FACTS, []))).toBe(true);
    expect(checklistPassed(guideChecklist(1, testDoc([]), { ...FACTS, title: '' }, []))).toBe(
      false,
    );
  });
});
