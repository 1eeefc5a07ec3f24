import { describe, expect, it } from 'vitest';
import type { Economics, FailPoint } from '../types';
import { expectedFailureCost, lifetimeValue, rankFailPoints, waitRows } from './economics';
import { failPoint, testDoc, wait } from './testDoc';

/** Spend 30 × 6 visits a year × 3 years = LTV 540; 2,000 customers a month. */
const FULL: Economics = {
  customersPerMonth: 2000,
  spendPerVisit: 30,
  visitsPerYear: 6,
  yearsRetained: 3,
  currency: 'USD',
};

describe('lifetimeValue', () => {
  const cases: [string, Economics, number | undefined][] = [
    ['30 × 6 × 3 = 540', FULL, 540],
    [
      '12.5 × 4 × 2 = 100',
      { ...FULL, spendPerVisit: 12.5, visitsPerYear: 4, yearsRetained: 2 },
      100,
    ],
    ['a zero factor gives 0', { ...FULL, yearsRetained: 0 }, 0],
    ['spend missing', { ...FULL, spendPerVisit: undefined }, undefined],
    ['visits missing', { ...FULL, visitsPerYear: undefined }, undefined],
    ['years missing', { ...FULL, yearsRetained: undefined }, undefined],
    ['NaN spend is unknown', { ...FULL, spendPerVisit: Number.NaN }, undefined],
    ['nothing known', { currency: 'EUR' }, undefined],
  ];
  it.each(cases)('%s', (_name, e, expected) => {
    expect(lifetimeValue(e)).toBe(expected);
  });
});

describe('expectedFailureCost (per month)', () => {
  const fp = failPoint({ probability: 0.05, costPerFailure: 20, lostShare: 0.1 });
  const cases: [string, FailPoint, Economics, number | undefined][] = [
    // 2000 × 0.05 × (20 + 0.1 × 540) = 100 × 74 = 7400
    ['the worked example', fp, FULL, 7400],
    // 2000 × 0.05 × 20 = 2000; LTV not needed
    ['no lost share: direct cost only', failPoint({ lostShare: undefined }), FULL, 2000],
    [
      'lost share 0: LTV not needed',
      failPoint({ lostShare: 0 }),
      { customersPerMonth: 2000, currency: 'USD' },
      2000,
    ],
    // 2000 × 0.05 × (0 + 0.5 × 540) = 100 × 270 = 27000
    ['lost customers only', failPoint({ costPerFailure: 0, lostShare: 0.5 }), FULL, 27000],
    ['lost share but LTV unknown', fp, { ...FULL, yearsRetained: undefined }, undefined],
    ['customers per month missing', fp, { ...FULL, customersPerMonth: undefined }, undefined],
    ['zero volume gives 0', fp, { ...FULL, customersPerMonth: 0 }, 0],
    ['zero volume gives 0 even with LTV unknown', fp, { customersPerMonth: 0, currency: 'USD' }, 0],
    ['probability 0 gives 0', failPoint({ probability: 0, lostShare: 0.1 }), FULL, 0],
    ['NaN cost per failure is unknown', failPoint({ costPerFailure: Number.NaN }), FULL, undefined],
    ['NaN probability is unknown', failPoint({ probability: Number.NaN }), FULL, undefined],
  ];
  it.each(cases)('%s', (_name, f, e, expected) => {
    const cost = expectedFailureCost(f, e);
    expect(cost).toBe(expected);
    if (cost !== undefined) expect(Number.isFinite(cost)).toBe(true);
  });

  it('takes an override probability: 2000 × 0.02 × 74 = 2960', () => {
    expect(expectedFailureCost(fp, FULL, 0.02)).toBeCloseTo(2960, 9);
  });
});

describe('rankFailPoints', () => {
  const doc = testDoc([
    // 2000 × 0.1 × 20 = 4000
    ['a', 'onstage', 0, { label: 'Bags lost', failPoint: failPoint({ probability: 0.1 }) }],
    ['plain', 'customer', 0],
    // 2000 × 0.05 × (20 + 0.1 × 540) = 7400
    ['b', 'backstage', 240, { label: 'Room not ready', failPoint: failPoint({ lostShare: 0.1 }) }],
    // unknown: NaN cost
    [
      'c',
      'support',
      480,
      { label: 'Card declined', failPoint: failPoint({ costPerFailure: Number.NaN }) },
    ],
    // 2000 × 0.05 × 20 = 2000 each: ties by label
    ['e', 'onstage', 480, { label: 'Wrong order', failPoint: failPoint() }],
    ['d', 'onstage', 720, { label: 'Cold food', failPoint: failPoint() }],
  ]);

  it('orders by expected cost, ties by label, unknown last', () => {
    const rows = rankFailPoints(doc, FULL);
    expect(rows.map((r) => [r.stepId, r.expectedCostPerMonth])).toEqual([
      ['b', 7400],
      ['a', 4000],
      ['d', 2000],
      ['e', 2000],
      ['c', undefined],
    ]);
  });

  it('carries the fail point fields', () => {
    expect(rankFailPoints(doc, FULL)[0]).toEqual({
      stepId: 'b',
      label: 'Room not ready',
      risk: 'goes wrong',
      probability: 0.05,
      costPerFailure: 20,
      lostShare: 0.1,
      expectedCostPerMonth: 7400,
      recovery: 'apologise and fix',
    });
  });

  it('puts every row last (by label) when the volume is unknown', () => {
    const rows = rankFailPoints(doc, { currency: 'USD' });
    expect(rows.map((r) => r.label)).toEqual([
      'Bags lost',
      'Card declined',
      'Cold food',
      'Room not ready',
      'Wrong order',
    ]);
    expect(rows.every((r) => r.expectedCostPerMonth === undefined)).toBe(true);
  });

  it('is empty without fail points', () => {
    expect(rankFailPoints(testDoc([['a', 'customer', 0]]), FULL)).toEqual([]);
  });
});

describe('waitRows', () => {
  it('lists waits in x order with how far each is over its tolerance', () => {
    const doc = testDoc([
      ['late', 'customer', 900, { wait: wait(12, 5) }], // 12 − 5 = 7 over
      ['ok', 'customer', 0, { wait: wait(5, 10) }], // under: 0
      ['none', 'customer', 100],
      ['edge', 'onstage', 300, { wait: wait(10, 10) }], // equal: not over
      ['bad', 'customer', 300, { wait: wait(Number.NaN, 10) }], // unknown
    ]);
    expect(waitRows(doc)).toEqual([
      {
        stepId: 'ok',
        label: 'OK',
        expectedMin: 5,
        toleranceMin: 10,
        overByMin: 0,
        overTolerance: false,
      },
      {
        stepId: 'edge',
        label: 'EDGE',
        expectedMin: 10,
        toleranceMin: 10,
        overByMin: 0,
        overTolerance: false,
      },
      {
        stepId: 'bad',
        label: 'BAD',
        expectedMin: undefined,
        toleranceMin: 10,
        overByMin: undefined,
        overTolerance: false,
      },
      {
        stepId: 'late',
        label: 'LATE',
        expectedMin: 12,
        toleranceMin: 5,
        overByMin: 7,
        overTolerance: true,
      },
    ]);
  });
});
