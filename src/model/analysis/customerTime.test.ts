import { describe, expect, it } from 'vitest';
import { customerTime, stepMinutes } from './customerTime';
import { chain, testDoc, wait, type FlowSpec, type StepSpec } from './testDoc';

const d = (durationMin: number) => ({ durationMin });

describe('stepMinutes', () => {
  it.each([
    ['duration + wait', { durationMin: 3, wait: wait(4, 10) }, 7],
    ['missing duration = 0', { wait: wait(4, 10) }, 4],
    ['missing wait = 0', { durationMin: 3 }, 3],
    ['NaN duration = 0', { durationMin: Number.NaN }, 0],
  ])('%s', (_name, step, expected) => {
    expect(stepMinutes(step)).toBe(expected);
  });
});

describe('customerTime: longest path from the first to the last customer action', () => {
  const cases: [string, StepSpec[], FlowSpec[], number, string[]][] = [
    // 2 + 3 + 5 = 10
    [
      'a chain',
      [
        ['c0', 'customer', 0, d(2)],
        ['c1', 'customer', 240, d(3)],
        ['c2', 'customer', 480, d(5)],
      ],
      [
        ['c0', 'c1'],
        ['c1', 'c2'],
      ],
      10,
      ['c0', 'c1', 'c2'],
    ],
    // detour c0 → o → k → c1 = 2 + 4 + 10 + 3 = 19 beats the direct c0 → c1 = 5
    [
      'a backstage detour between two customer actions',
      [
        ['c0', 'customer', 0, d(2)],
        ['c1', 'customer', 480, d(3)],
        ['o', 'onstage', 0, d(4)],
        ['k', 'backstage', 240, d(10)],
      ],
      [
        ['c0', 'c1'],
        ['c0', 'o'],
        ['o', 'k'],
        ['k', 'c1'],
      ],
      19,
      ['c0', 'o', 'k', 'c1'],
    ],
    // branches a (5) and b (8) run in parallel: 1 + max(5, 8) + 1 = 10, not 1 + 5 + 8 + 1 = 15
    [
      'parallel branches (max, not sum)',
      [
        ['c0', 'customer', 0, d(1)],
        ['a', 'onstage', 240, d(5)],
        ['b', 'backstage', 240, d(8)],
        ['c1', 'customer', 480, d(1)],
      ],
      [
        ['c0', 'a'],
        ['c0', 'b'],
        ['a', 'c1'],
        ['b', 'c1'],
      ],
      10,
      ['c0', 'b', 'c1'],
    ],
    // (2 + 10) + 3 + (1 + 4) = 20
    [
      'waits add their expected minutes',
      [
        ['c0', 'customer', 0, { durationMin: 2, wait: wait(10, 5) }],
        ['c1', 'customer', 240, d(3)],
        ['c2', 'customer', 480, { durationMin: 1, wait: wait(4, 5) }],
      ],
      [
        ['c0', 'c1'],
        ['c1', 'c2'],
      ],
      20,
      ['c0', 'c1', 'c2'],
    ],
    // missing durations weigh 0: 0 + 6 + 0 = 6
    [
      'missing durations count as 0',
      [
        ['c0', 'customer', 0],
        ['c1', 'customer', 240, d(6)],
        ['c2', 'customer', 480],
      ],
      [
        ['c0', 'c1'],
        ['c1', 'c2'],
      ],
      6,
      ['c0', 'c1', 'c2'],
    ],
    // two-way flows are followed in either direction: c2 ↔ c1 written backwards still counts; 1 + 2 + 3 = 6
    [
      'a two-way flow written right to left',
      [
        ['c0', 'customer', 0, d(1)],
        ['c1', 'customer', 240, d(2)],
        ['c2', 'customer', 480, d(3)],
      ],
      [
        ['c0', 'c1'],
        ['c2', 'c1', true],
      ],
      6,
      ['c0', 'c1', 'c2'],
    ],
    // equal x: the first in document order starts, the last ends; other actions need not be on the path
    [
      'ties at the ends go by document order',
      [
        ['s', 'customer', 0, d(1)],
        ['t', 'customer', 0, d(100)],
        ['m', 'customer', 240, d(100)],
        ['e1', 'customer', 480, d(100)],
        ['e2', 'customer', 480, d(2)],
      ],
      [['s', 'e2']],
      3,
      ['s', 'e2'],
    ],
  ];
  it.each(cases)('%s', (_name, steps, flows, total, path) => {
    const result = customerTime(testDoc(steps, flows));
    expect(result).toMatchObject({ totalMin: total, path, reachable: true, cycle: false });
    expect(result.reason).toBeUndefined();
  });

  it('sums the waits on the path only: 10 + 4 = 14 (the off-path wait of 30 is not counted)', () => {
    const doc = testDoc(
      [
        ['c0', 'customer', 0, { durationMin: 2, wait: wait(10, 5) }],
        ['side', 'onstage', 240, { wait: wait(30, 5) }],
        ['c1', 'customer', 480, { durationMin: 50, wait: wait(4, 5) }],
      ],
      [
        ['c0', 'side'],
        ['c0', 'c1'],
      ],
    );
    // path c0 → c1: 2 + 10 + 50 + 4 = 66
    expect(customerTime(doc)).toMatchObject({ totalMin: 66, waitMin: 14, path: ['c0', 'c1'] });
  });
});

describe('customerTime: cycles', () => {
  it('reports a loop, follows it once and still finds the path', () => {
    // c1 → c2 → o → c1 is a loop; without it the path is c0 → c1 → c2 = 1 + 2 + 3 = 6
    const doc = testDoc(
      [
        ['c0', 'customer', 0, d(1)],
        ['c1', 'customer', 240, d(2)],
        ['c2', 'customer', 480, d(3)],
        ['o', 'onstage', 240, d(4)],
      ],
      [
        ['c0', 'c1'],
        ['c1', 'c2'],
        ['c2', 'o'],
        ['o', 'c1'],
      ],
    );
    expect(customerTime(doc)).toMatchObject({
      totalMin: 6,
      path: ['c0', 'c1', 'c2'],
      reachable: true,
      cycle: true,
      cycleSteps: ['c1', 'c2', 'o'],
    });
  });

  it('reports two one-way flows in opposite directions as a loop', () => {
    const doc = testDoc(
      [
        ['c0', 'customer', 0, d(1)],
        ['c1', 'customer', 240, d(2)],
      ],
      [
        ['c0', 'c1'],
        ['c1', 'c0'],
      ],
    );
    expect(customerTime(doc)).toMatchObject({ totalMin: 3, cycle: true, cycleSteps: ['c0', 'c1'] });
  });

  it('does not report a two-way flow followed back along itself', () => {
    // c0 ↔ o ↔ k and c0 ↔ c1: 1 + 2 = 3
    const doc = testDoc(
      [
        ['c0', 'customer', 0, d(1)],
        ['o', 'onstage', 0, d(5)],
        ['k', 'backstage', 0, d(5)],
        ['c1', 'customer', 240, d(2)],
      ],
      [
        ['c0', 'o', true],
        ['o', 'k', true],
        ['c0', 'c1', true],
      ],
    );
    expect(customerTime(doc)).toMatchObject({
      totalMin: 3,
      path: ['c0', 'c1'],
      cycle: false,
      cycleSteps: [],
    });
  });

  it('reports a triangle of two-way flows (a real loop)', () => {
    const doc = testDoc(
      [
        ['c0', 'customer', 0, d(1)],
        ['o', 'onstage', 0, d(1)],
        ['c1', 'customer', 240, d(1)],
      ],
      [
        ['c0', 'o', true],
        ['o', 'c1', true],
        ['c1', 'c0', true],
      ],
    );
    const result = customerTime(doc);
    expect(result.cycle).toBe(true);
    expect(result.cycleSteps).toEqual(['c0', 'o', 'c1']);
    // c0 → o → c1 = 3
    expect(result).toMatchObject({ totalMin: 3, path: ['c0', 'o', 'c1'] });
  });

  it('reports a loop even when the last action is not reachable', () => {
    const doc = testDoc(
      [
        ['c0', 'customer', 0],
        ['o', 'onstage', 0],
        ['c1', 'customer', 240],
      ],
      [
        ['c0', 'o'],
        ['o', 'c0'],
      ],
    );
    expect(customerTime(doc)).toMatchObject({
      totalMin: undefined,
      reason: 'notConnected',
      cycle: true,
      cycleSteps: ['c0', 'o'],
    });
  });
});

describe('customerTime: unknown and trivial cases', () => {
  it.each([
    ['no flow at all', []],
    ['a flow pointing the wrong way', [['c1', 'c0']]],
  ] as [string, FlowSpec[]][])('disconnected actions (%s): unknown total', (_name, flows) => {
    const doc = testDoc(
      [
        ['c0', 'customer', 0, d(1)],
        ['c1', 'customer', 240, d(1)],
      ],
      flows,
    );
    expect(customerTime(doc, 10)).toEqual({
      totalMin: undefined,
      waitMin: undefined,
      path: [],
      reachable: false,
      cycle: false,
      cycleSteps: [],
      overTolerance: undefined,
      reason: 'notConnected',
    });
  });

  it('no customer action', () => {
    const doc = testDoc([['o', 'onstage', 0, d(3)]]);
    expect(customerTime(doc, 10)).toMatchObject({
      totalMin: undefined,
      waitMin: undefined,
      path: [],
      reachable: false,
      overTolerance: undefined,
      reason: 'noCustomerActions',
    });
  });

  it('one customer action: the path is that step (3 + 2 = 5)', () => {
    const doc = testDoc([['c0', 'customer', 0, { durationMin: 3, wait: wait(2, 1) }]]);
    expect(customerTime(doc, 4)).toEqual({
      totalMin: 5,
      waitMin: 2,
      path: ['c0'],
      reachable: true,
      cycle: false,
      cycleSteps: [],
      overTolerance: true,
      reason: 'oneCustomerAction',
    });
  });

  // chain of 3 with 2 min each: total 6
  it.each([
    [5, true],
    [6, false],
    [60, false],
    [undefined, undefined],
    [Number.NaN, undefined],
  ])('tolerance %s → overTolerance %s', (tolerance, expected) => {
    expect(customerTime(chain(3, d(2)), tolerance).overTolerance).toBe(expected);
  });
});

describe('customerTime: scale', () => {
  it('walks a 3,000-step chain well under a second', () => {
    const doc = chain(3000, d(1));
    const started = performance.now();
    const result = customerTime(doc);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.totalMin).toBe(3000);
    expect(result.path).toHaveLength(3000);
  });

  it('handles 3,000 steps where each leads to the next two (exponentially many paths)', () => {
    const doc = chain(3000, d(1));
    for (let i = 0; i + 2 < 3000; i++) {
      doc.flows.push({ id: `skip${i}`, from: `c${i}`, to: `c${i + 2}`, label: '', twoWay: false });
    }
    const started = performance.now();
    const result = customerTime(doc);
    expect(performance.now() - started).toBeLessThan(1000);
    // the longest path still visits every step
    expect(result.totalMin).toBe(3000);
    expect(result.cycle).toBe(false);
  });

  it('handles a 3,000-step two-way chain that closes into a ring', () => {
    const doc = chain(3000, d(1));
    for (const flow of doc.flows) flow.twoWay = true;
    doc.flows.push({ id: 'ring', from: 'c2999', to: 'c0', label: '', twoWay: false });
    const started = performance.now();
    const result = customerTime(doc);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.totalMin).toBe(3000);
    expect(result.cycle).toBe(true);
    expect(result.cycleSteps).toHaveLength(3000);
  });
});
