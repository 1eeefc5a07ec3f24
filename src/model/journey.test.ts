import { describe, expect, it } from 'vitest';
import { journeySteps, linkedSteps, stepsBounds } from './journey';
import { laneBands, STEP_MIN_HEIGHT, STEP_TOP_PADDING, STEP_WIDTH } from './layout';
import { testDoc } from './analysis/testDoc';
import type { Blueprint } from './types';
import { readFileSync } from 'node:fs';

function example(name: string): Blueprint {
  const url = new URL(`../../examples/${name}.blueprint.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Blueprint;
}

const ids = (doc: Blueprint, id: string) => linkedSteps(doc, id).map((s) => s.id);

/**
 * Three customer actions. c1 is served onstage (o1) with backstage (b1) and a system (s1) behind
 * it; c2 shares the system through its own backstage step (b2); c3 has only evidence.
 */
const doc = testDoc(
  [
    ['e0', 'evidence', 0],
    ['e1', 'evidence', 250],
    ['e2', 'evidence', 480],
    ['eLinked', 'evidence', 900],
    ['c1', 'customer', 240],
    ['c2', 'customer', 480],
    ['c3', 'customer', 720],
    ['o1', 'onstage', 240],
    ['o1b', 'onstage', 300],
    ['o2', 'onstage', 480],
    ['b1', 'backstage', 240],
    ['b2', 'backstage', 480],
    ['bEvidence', 'backstage', 720],
    ['s1', 'support', 360],
    ['sAlone', 'support', 900],
  ],
  [
    ['c1', 'c2'],
    ['c2', 'c3'],
    ['o1', 'c1'], // onstage → customer: direction does not matter
    ['o1', 'o1b'], // same lane: not a step down
    ['o1', 'b1'],
    ['b1', 's1'],
    ['c2', 'o2'],
    ['o2', 'b2'],
    ['s1', 'b2'], // support → backstage of c2: a hop back up from c1's side
    ['c3', 'eLinked'],
    ['bEvidence', 'e2'],
  ],
);

describe('journeySteps', () => {
  it('lists the customer actions in time order', () => {
    expect(journeySteps(doc).map((s) => s.id)).toEqual(['c1', 'c2', 'c3']);
  });

  it('leaves out hidden lanes and takes every customer-kind lane', () => {
    const two = structuredClone(doc);
    two.lanes.splice(2, 0, { id: 'customer2', kind: 'customer', label: 'Companion', height: 120 });
    two.steps.push({ id: 'k', lane: 'customer2', x: 400, label: 'K', description: '' });
    expect(journeySteps(two).map((s) => s.id)).toEqual(['c1', 'k', 'c2', 'c3']);
    two.lanes.find((l) => l.id === 'customer')!.hidden = true;
    expect(journeySteps(two).map((s) => s.id)).toEqual(['k']);
  });
});

describe('linkedSteps', () => {
  it.each([
    // c1: evidence over it, its onstage, backstage and system; not o1b (same lane), not b2.
    ['c1', ['e1', 'o1', 'b1', 's1']],
    // c2: evidence over it (e2, which bEvidence feeds), its onstage and backstage, the shared
    // system (a step down from b2), and bEvidence through the evidence it supplies.
    ['c2', ['e2', 'o2', 'b2', 'bEvidence', 's1']],
    // c3: the evidence linked to it by a flow; nothing stands over it; no staff.
    ['c3', ['eLinked']],
  ])('%s → %j', (id, expected) => {
    expect(ids(doc, id)).toEqual(expected);
  });

  it('gives evidence standing between two actions to the nearer one, and none when too far', () => {
    // e0 (x 0) is 240 from c1: no overlap, so it belongs to nobody.
    const all = journeySteps(doc).flatMap((c) => ids(doc, c.id));
    expect(all).not.toContain('e0');
    expect(all).not.toContain('sAlone');
  });

  it('is empty for a step that is not a customer action, or an unknown id', () => {
    expect(linkedSteps(doc, 'o1')).toEqual([]);
    expect(linkedSteps(doc, 'nope')).toEqual([]);
  });

  it('ignores steps in hidden lanes', () => {
    const hidden = structuredClone(doc);
    hidden.lanes.find((l) => l.id === 'backstage')!.hidden = true;
    // b1 is hidden, so s1 can no longer be reached from c1.
    expect(ids(hidden, 'c1')).toEqual(['e1', 'o1']);
  });

  it('follows a custom lane above the customer only by a direct flow', () => {
    const custom = structuredClone(doc);
    custom.lanes.unshift({ id: 'time', kind: 'custom', label: 'Time', height: 80 });
    custom.steps.push({ id: 't1', lane: 'time', x: 240, label: '2 min', description: '' });
    custom.steps.push({ id: 't2', lane: 'time', x: 480, label: '5 min', description: '' });
    custom.flows.push({ id: 'f-t1', from: 't1', to: 'c1', label: '', twoWay: false });
    expect(ids(custom, 'c1')).toEqual(['t1', 'e1', 'o1', 'b1', 's1']);
    expect(ids(custom, 'c2')).not.toContain('t2');
  });

  it('lights the counter, the till and the rota when the coffee-shop customer orders', () => {
    const coffee = example('coffee-shop-order');
    expect(ids(coffee, 'c-order')).toEqual(['e-counter', 'o-take-order', 's-rota', 's-pos']);
    expect(ids(coffee, 'c-add-milk')).toEqual(['e-condiments', 'b-restock', 's-supplies']);
  });
});

describe('stepsBounds', () => {
  it('boxes the cards, with measured heights where known', () => {
    const bands = laneBands(doc.lanes);
    const top = (lane: string) => bands.find((b) => b.lane.id === lane)!.top + STEP_TOP_PADDING;
    expect(stepsBounds(doc, ['c1', 'b1'], (id) => (id === 'b1' ? 100 : undefined))).toEqual({
      x: 240,
      y: top('customer'),
      width: STEP_WIDTH,
      height: top('backstage') + 100 - top('customer'),
    });
    expect(stepsBounds(doc, ['e0', 'c3'])).toEqual({
      x: 0,
      y: top('evidence'),
      width: 720 + STEP_WIDTH,
      height: top('customer') + STEP_MIN_HEIGHT - top('evidence'),
    });
    expect(stepsBounds(doc, [])).toBeUndefined();
  });
});
