import { describe, expect, it } from 'vitest';
import coffee from '../../../examples/coffee-shop-order.blueprint.json';
import coffeeZh from '../../../examples/coffee-shop-order.zh-CN.blueprint.json';
import { loadBlueprint } from '../load';
import type { Blueprint } from '../types';
import { testDoc } from '../analysis/testDoc';
import { compareBlueprints, linesBetween } from './compareBlueprints';
import type { Finding } from './findings';

function load(raw: unknown): Blueprint {
  const result = loadBlueprint(raw);
  if (!result.ok) throw new Error('example does not load');
  return result.value;
}

/** The coffee example with a step moved backstage, one deleted and a fail point removed. */
function damaged(doc: Blueprint): Blueprint {
  const copy = structuredClone(doc);
  copy.steps.find((s) => s.id === 'o-take-payment')!.lane = 'backstage';
  copy.steps = copy.steps.filter((s) => s.id !== 'c-read-menu');
  copy.flows = copy.flows.filter((f) => f.from !== 'c-read-menu' && f.to !== 'c-read-menu');
  delete copy.steps.find((s) => s.id === 'o-hand-over')!.failPoint;
  return copy;
}

function kinds(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.kind}:${'refStepId' in f ? f.refStepId : ''}`).sort();
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('compareBlueprints', () => {
  it('finds nothing and scores 100 for a blueprint against itself', () => {
    const doc = load(coffee);
    const result = compareBlueprints(doc, structuredClone(doc));
    expect(result.findings).toEqual([]);
    expect(result.score.total).toBe(100);
    expect(result.matched.size).toBe(doc.steps.length);
  });

  it('finds exactly the three faults of a damaged copy, in English and in Chinese', () => {
    for (const raw of [coffee, coffeeZh]) {
      const doc = load(raw);
      const result = compareBlueprints(doc, damaged(doc));
      expect(kinds(result.findings)).toEqual([
        'missingFailPoint:o-hand-over',
        'missingStep:c-read-menu',
        'wrongLane:o-take-payment',
      ]);
      const wrong = result.findings.find((f) => f.kind === 'wrongLane');
      expect(wrong).toMatchObject({
        expectedLaneKind: 'onstage',
        laneKind: 'backstage',
        linesCrossed: ['visibility'],
      });
      expect(result.score.total).toBeLessThan(100);
      expect(result.score.total).toBeGreaterThan(80);
    }
  });

  it('never changes either blueprint', () => {
    const reference = deepFreeze(load(coffee));
    const own = deepFreeze(damaged(load(coffee)));
    const before = JSON.stringify([reference, own]);
    compareBlueprints(reference, own);
    expect(JSON.stringify([reference, own])).toBe(before);
  });

  it('matches reworded English labels and reordered words', () => {
    const reference = testDoc([
      ['a', 'customer', 0, { label: 'Pay at the till' }],
      ['b', 'onstage', 0, { label: 'Take payment' }],
      ['c', 'customer', 240, { label: 'Collect the drink' }],
    ]);
    const own = testDoc([
      ['x', 'customer', 0, { label: 'At the till, pay' }],
      ['y', 'onstage', 0, { label: 'Takes the payment' }],
      ['z', 'customer', 240, { label: 'Collect drink' }],
    ]);
    const result = compareBlueprints(reference, own);
    expect([...result.matched]).toEqual([
      ['a', 'x'],
      ['b', 'y'],
      ['c', 'z'],
    ]);
  });

  it('matches Chinese labels character by character', () => {
    const reference = testDoc([
      ['a', 'customer', 0, { label: '在柜台点单' }],
      ['b', 'customer', 240, { label: '付款' }],
      ['c', 'onstage', 0, { label: '制作饮品' }],
    ]);
    const own = testDoc([
      ['x', 'customer', 0, { label: '柜台点单' }],
      ['y', 'customer', 240, { label: '付钱' }],
      ['z', 'onstage', 0, { label: '做饮品' }],
      ['w', 'customer', 480, { label: '离开' }],
    ]);
    const result = compareBlueprints(reference, own);
    expect([...result.matched]).toEqual([
      ['a', 'x'],
      ['b', 'y'],
      ['c', 'z'],
    ]);
    expect(kinds(result.findings)).toEqual(['extraStep:']);
  });

  it('does not pair unlike labels, and reports a loose match in another lane as missing', () => {
    const reference = testDoc([['a', 'onstage', 0, { label: 'Greet the guest' }]]);
    const own = testDoc([
      ['x', 'onstage', 0, { label: 'Clean the room' }],
      ['y', 'backstage', 0, { label: 'Greet guests warmly at the door' }],
    ]);
    const result = compareBlueprints(reference, own);
    expect(result.matched.size).toBe(0);
    expect(kinds(result.findings)).toEqual(['extraStep:', 'extraStep:', 'missingStep:a']);
  });

  it('prefers the equal label at the same place in time', () => {
    const reference = testDoc([
      ['w1', 'customer', 0, { label: 'Wait' }],
      ['w2', 'customer', 1000, { label: 'Wait' }],
    ]);
    const own = testDoc([
      ['late', 'customer', 1000, { label: 'Wait' }],
      ['early', 'customer', 0, { label: 'Wait' }],
    ]);
    expect([...compareBlueprints(reference, own).matched]).toEqual([
      ['w1', 'early'],
      ['w2', 'late'],
    ]);
  });

  it('finds missing waits, uncosted fail points and missing flows across the line of interaction', () => {
    const fp = {
      risk: 'Wrong order',
      probability: 0.1,
      costPerFailure: 5,
      recovery: '',
      owner: '',
    };
    const reference = testDoc(
      [
        ['a', 'customer', 0, { label: 'Order', wait: { expectedMin: 3, toleranceMin: 5 } }],
        ['b', 'onstage', 0, { label: 'Take the order', failPoint: fp }],
        ['c', 'backstage', 0, { label: 'Make the drink' }],
      ],
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
    );
    const own = testDoc(
      [
        ['x', 'customer', 0, { label: 'Order' }],
        ['y', 'onstage', 0, { label: 'Take the order', failPoint: { ...fp, costPerFailure: 0 } }],
        ['z', 'backstage', 0, { label: 'Make the drink' }],
      ],
      [['z', 'y']],
    );
    const result = compareBlueprints(reference, own);
    expect(result.findings).toEqual([
      expect.objectContaining({ kind: 'missingWait', stepId: 'x' }),
      expect.objectContaining({ kind: 'uncostedFailPoint', stepId: 'y' }),
      expect.objectContaining({ kind: 'missingFlow', from: 'x', to: 'y', acrossInteraction: true }),
    ]);
    // Steps 50 of 50; markers 0.5 of 2 → 6.25 of 25; flows 1 of 2 → 12.5 of 25.
    expect(result.score.steps.points).toBe(50);
    expect(result.score.markers.points).toBe(6.25);
    expect(result.score.flows.points).toBe(12.5);
    expect(result.score.total).toBe(69);
  });

  it('gives full points for a part the reference does not have', () => {
    const reference = testDoc([['a', 'customer', 0, { label: 'Enter' }]]);
    const result = compareBlueprints(reference, testDoc([]));
    expect(result.score.markers.points).toBe(25);
    expect(result.score.flows.points).toBe(25);
    expect(result.score.steps.points).toBe(0);
    expect(result.score.total).toBe(50);
  });

  it('places a missing step beside the nearest step that was found', () => {
    const reference = testDoc([
      ['a', 'customer', 0, { label: 'Enter' }],
      ['b', 'customer', 240, { label: 'Queue' }],
    ]);
    const own = testDoc([['x', 'customer', 1000, { label: 'Enter' }]]);
    const missing = compareBlueprints(reference, own).findings[0];
    expect(missing).toMatchObject({ kind: 'missingStep', ghost: { lane: 'customer', x: 1240 } });
  });

  it('names the lines between lanes', () => {
    expect(linesBetween('customer', 'support')).toEqual([
      'interaction',
      'visibility',
      'internalInteraction',
    ]);
    expect(linesBetween('evidence', 'customer')).toEqual([]);
    expect(linesBetween('backstage', 'onstage')).toEqual(['visibility']);
    expect(linesBetween('custom', 'onstage')).toEqual([]);
  });
});
