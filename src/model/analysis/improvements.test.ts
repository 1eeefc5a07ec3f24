import { describe, expect, it } from 'vitest';
import type { Economics, Improvement } from '../types';
import { comparePayback, improvementRows, paybackMonths, type Payback } from './improvements';
import { failPoint, testDoc, wait } from './testDoc';

/** 2,000 customers a month; LTV 30 × 6 × 3 = 540. */
const E: Economics = {
  customersPerMonth: 2000,
  spendPerVisit: 30,
  visitsPerYear: 6,
  yearsRetained: 3,
  currency: 'USD',
};

const doc = testDoc([
  // 2000 × 0.08 × 50 = 8000 a month
  [
    'f',
    'onstage',
    0,
    { label: 'Wrong room', failPoint: failPoint({ probability: 0.08, costPerFailure: 50 }) },
  ],
  // 2000 × 0.05 × (20 + 0.1 × 540) = 7400 a month
  ['g', 'backstage', 240, { label: 'Bags lost', failPoint: failPoint({ lostShare: 0.1 }) }],
  ['w', 'customer', 480, { label: 'Queue', wait: wait(12, 5) }],
  ['v', 'customer', 720, { label: 'Lift', wait: wait(3, 5) }],
]);

function imp(fields: Partial<Improvement>): Improvement {
  return {
    id: 'i',
    title: 'Fix it',
    addresses: [],
    oneOffCost: 0,
    runningCostPerMonth: 0,
    status: 'idea',
    ...fields,
  };
}

describe('improvementRows: benefit and payback', () => {
  const cases: [string, Improvement, Economics, number | undefined, Payback][] = [
    // benefit 8000 − 2000×0.02×50 (2000) = 6000; payback 30000 / (6000 − 1000) = 6
    [
      'benefit above running cost',
      imp({ addresses: ['f'], newProbability: 0.02, oneOffCost: 30000, runningCostPerMonth: 1000 }),
      E,
      6000,
      6,
    ],
    // with lost customers: 7400 − 2000×0.01×74 (1480) = 5920; payback 9840 / (5920 − 1000) = 2
    [
      'benefit includes lost lifetime value',
      imp({ addresses: ['g'], newProbability: 0.01, oneOffCost: 9840, runningCostPerMonth: 1000 }),
      E,
      5920,
      2,
    ],
    // f: 8000 − 2000 = 6000; g: 7400 − 2000×0.02×74 (2960) = 4440; together 10440;
    // payback 10440 / (10440 − 0) = 1
    [
      'two fail points add up',
      imp({ addresses: ['f', 'g'], newProbability: 0.02, oneOffCost: 10440 }),
      E,
      10440,
      1,
    ],
    // no one-off cost: paid back at once
    [
      'no one-off cost: 0 months',
      imp({ addresses: ['f'], newProbability: 0.02, runningCostPerMonth: 10 }),
      E,
      6000,
      0,
    ],
    [
      'benefit below running cost: never',
      imp({ addresses: ['f'], newProbability: 0.02, oneOffCost: 100, runningCostPerMonth: 7000 }),
      E,
      6000,
      'never',
    ],
    [
      'benefit equal to running cost: never',
      imp({ addresses: ['f'], newProbability: 0.02, oneOffCost: 100, runningCostPerMonth: 6000 }),
      E,
      6000,
      'never',
    ],
    // p rises 0.08 → 0.1: 8000 − 10000 = −2000
    [
      'a worse probability: negative benefit, never',
      imp({ addresses: ['f'], newProbability: 0.1, oneOffCost: 100 }),
      E,
      -2000,
      'never',
    ],
    [
      'unknown volume: unknown benefit and payback',
      imp({ addresses: ['f'], newProbability: 0.02, oneOffCost: 100 }),
      { currency: 'USD' },
      undefined,
      undefined,
    ],
    [
      'unknown LTV for a fail point with lost share',
      imp({ addresses: ['f', 'g'], newProbability: 0.02, oneOffCost: 100 }),
      { customersPerMonth: 2000, currency: 'USD' },
      undefined,
      undefined,
    ],
    [
      'no new probability: nothing monetary, never',
      imp({ addresses: ['f'], oneOffCost: 100 }),
      E,
      0,
      'never',
    ],
    [
      'wait only: benefit 0, never',
      imp({ addresses: ['w'], newWaitMin: 5, oneOffCost: 500 }),
      E,
      0,
      'never',
    ],
    [
      'wait only with unknown economics: still 0',
      imp({ addresses: ['w'], newWaitMin: 5, oneOffCost: 500 }),
      { currency: 'USD' },
      0,
      'never',
    ],
    ['no costs and no benefit: never', imp({ addresses: ['w'], newWaitMin: 5 }), E, 0, 'never'],
    [
      'addresses nothing that exists: 0, never',
      imp({ addresses: ['gone'], newProbability: 0 }),
      E,
      0,
      'never',
    ],
  ];
  it.each(cases)('%s', (_name, improvement, e, benefit, payback) => {
    const [row] = improvementRows(doc, e, [improvement]);
    if (benefit === undefined) expect(row!.benefitPerMonth).toBeUndefined();
    else expect(row!.benefitPerMonth).toBeCloseTo(benefit, 6);
    if (typeof payback === 'number') expect(row!.paybackMonths).toBeCloseTo(payback, 6);
    else expect(row!.paybackMonths).toBe(payback);
  });
});

describe('improvementRows: minutes saved and addresses', () => {
  it('saves max(0, expected − new wait) at each addressed wait: (12 − 5) + max(0, 3 − 5) = 7', () => {
    const [row] = improvementRows(doc, E, [imp({ addresses: ['w', 'v'], newWaitMin: 5 })]);
    expect(row!.minutesSavedPerCustomer).toBe(7);
  });

  it('saves nothing without a new wait', () => {
    const [row] = improvementRows(doc, E, [imp({ addresses: ['w'] })]);
    expect(row!.minutesSavedPerCustomer).toBe(0);
  });

  it('names existing addressed steps once each, in the order given', () => {
    const improvement = imp({
      id: 'x',
      title: 'Express check-in',
      addresses: ['w', 'gone', 'f', 'w'],
      oneOffCost: 1,
      runningCostPerMonth: 2,
      status: 'planned',
    });
    expect(improvementRows(doc, E, [improvement])).toEqual([
      {
        id: 'x',
        title: 'Express check-in',
        addresses: ['Queue', 'Wrong room'],
        addressedStepIds: ['w', 'f'],
        oneOffCost: 1,
        runningCostPerMonth: 2,
        benefitPerMonth: 0,
        minutesSavedPerCustomer: 0,
        paybackMonths: 'never',
        status: 'planned',
      },
    ]);
  });
});

describe('improvementRows: ranking', () => {
  it('puts finite paybacks first (quickest first), then never, then unknown', () => {
    const rows = improvementRows(doc, E, [
      imp({ id: 'never', addresses: ['w'], newWaitMin: 1, oneOffCost: 5 }),
      // 30000 / 6000 = 5 months
      imp({ id: 'slow', addresses: ['f'], newProbability: 0.02, oneOffCost: 30000 }),
      imp({ id: 'unknown', addresses: ['f'], newProbability: Number.NaN, oneOffCost: Number.NaN }),
      // 6000 / 6000 = 1 month
      imp({ id: 'fast', addresses: ['f'], newProbability: 0.02, oneOffCost: 6000 }),
    ]);
    expect(rows.map((r) => [r.id, r.paybackMonths])).toEqual([
      ['fast', 1],
      ['slow', 5],
      ['never', 'never'],
      ['unknown', undefined],
    ]);
  });

  it.each([
    [1, 2, -1],
    [2, 'never', -1],
    ['never', undefined, -1],
    [undefined, 3, 1],
    ['never', 'never', 0],
  ] as [Payback, Payback, number][])('comparePayback(%s, %s) has sign %d', (a, b, sign) => {
    expect(Math.sign(comparePayback(a, b))).toBe(sign);
  });
});

describe('paybackMonths', () => {
  it.each([
    [1200, 100, 400, 4], // 1200 / (400 − 100)
    [0, 0, 0, 'never'],
    [100, 0, 0, 'never'],
    [100, 50, undefined, undefined],
    [Number.NaN, 0, 10, undefined],
  ] as [number, number, number | undefined, Payback][])(
    'one-off %d, running %d, benefit %s → %s',
    (oneOff, running, benefit, expected) => {
      expect(paybackMonths(oneOff, running, benefit)).toBe(expected);
    },
  );
});
