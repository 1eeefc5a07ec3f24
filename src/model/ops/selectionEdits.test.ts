import { describe, expect, it } from 'vitest';
import { newBlueprint } from '../newBlueprint';
import type { Blueprint } from '../types';
import {
  addStep,
  DEFAULT_FAIL_POINT,
  DEFAULT_WAIT,
  findStep,
  setFailPoint,
  setWait,
} from './steps';
import { everythingVisible, nudgeSteps, toggleFailPoints, toggleWaits } from './selectionEdits';

/** Given: a (customer, x 0), b (onstage, x 240), t (evidence, the top lane), z (support, the bottom). */
function given(): Blueprint {
  const doc = newBlueprint();
  addStep(doc, { lane: 'customer', x: 0, id: 'a', label: 'A' });
  addStep(doc, { lane: 'onstage', x: 240, id: 'b', label: 'B' });
  addStep(doc, { lane: 'evidence', x: 0, id: 't', label: 'T' });
  addStep(doc, { lane: 'support', x: 0, id: 'z', label: 'Z' });
  doc.flows.push({ id: 'ab', from: 'a', to: 'b', label: '', twoWay: false });
  return doc;
}

const place = (doc: Blueprint, id: string) => {
  const s = findStep(doc, id)!;
  return [s.lane, s.x];
};

describe('nudgeSteps', () => {
  it('moves every step along the time axis, in whole units', () => {
    const doc = given();
    nudgeSteps(doc, ['a', 'b'], { dx: 8.4, lanes: 0 });
    expect([place(doc, 'a'), place(doc, 'b')]).toEqual([
      ['customer', 8],
      ['onstage', 248],
    ]);
  });

  it('moves steps one visible lane down or up, skipping hidden lanes', () => {
    const doc = given();
    doc.lanes.find((l) => l.id === 'onstage')!.hidden = true;
    nudgeSteps(doc, ['a'], { dx: 0, lanes: 1 });
    expect(place(doc, 'a')).toEqual(['backstage', 0]);
    nudgeSteps(doc, ['a'], { dx: 0, lanes: -1 });
    expect(place(doc, 'a')).toEqual(['customer', 0]);
  });

  it('leaves a step in the top or bottom lane (or a hidden one) where it is', () => {
    const doc = given();
    doc.lanes.find((l) => l.id === 'onstage')!.hidden = true;
    nudgeSteps(doc, ['t'], { dx: 0, lanes: -1 });
    nudgeSteps(doc, ['z'], { dx: 0, lanes: 1 });
    nudgeSteps(doc, ['b'], { dx: 0, lanes: 1 });
    expect([place(doc, 't'), place(doc, 'z'), place(doc, 'b')]).toEqual([
      ['evidence', 0],
      ['support', 0],
      ['onstage', 240],
    ]);
  });

  it('ignores ids that are not there, repeated ids and moves that are not numbers', () => {
    const doc = given();
    nudgeSteps(doc, ['a', 'a', 'ghost'], { dx: 10, lanes: 0 });
    expect(place(doc, 'a')).toEqual(['customer', 10]);
    const before = structuredClone(doc);
    nudgeSteps(doc, ['a'], { dx: Number.NaN, lanes: 0 });
    nudgeSteps(doc, ['a'], { dx: Number.POSITIVE_INFINITY, lanes: 0 });
    expect(doc).toEqual(before);
  });
});

describe('toggleFailPoints and toggleWaits', () => {
  it('adds a default fail point to every step when one lacks it, keeping existing ones', () => {
    const doc = given();
    setFailPoint(doc, 'a', { risk: 'Queue too long' });
    toggleFailPoints(doc, ['a', 'b']);
    expect(findStep(doc, 'a')!.failPoint!.risk).toBe('Queue too long');
    expect(findStep(doc, 'b')!.failPoint).toEqual(DEFAULT_FAIL_POINT);
  });

  it('removes them all when every step has one', () => {
    const doc = given();
    toggleFailPoints(doc, ['a', 'b']);
    toggleFailPoints(doc, ['a', 'b', 'ghost']);
    expect(doc.steps.filter((s) => s.failPoint)).toEqual([]);
  });

  it('does the same for waits', () => {
    const doc = given();
    setWait(doc, 'b', { expectedMin: 30 });
    toggleWaits(doc, ['a', 'b']);
    expect(findStep(doc, 'a')!.wait).toEqual(DEFAULT_WAIT);
    expect(findStep(doc, 'b')!.wait!.expectedMin).toBe(30);
    toggleWaits(doc, ['a', 'b']);
    expect(doc.steps.filter((s) => s.wait)).toEqual([]);
  });

  it('changes nothing for no steps or only missing ones', () => {
    const doc = given();
    const before = structuredClone(doc);
    toggleFailPoints(doc, []);
    toggleWaits(doc, ['ghost']);
    expect(doc).toEqual(before);
  });
});

describe('everythingVisible', () => {
  it('is every step in a shown lane and the flows between them', () => {
    const doc = given();
    expect(everythingVisible(doc)).toEqual({ steps: ['a', 'b', 't', 'z'], flows: ['ab'] });
    doc.lanes.find((l) => l.id === 'onstage')!.hidden = true;
    expect(everythingVisible(doc)).toEqual({ steps: ['a', 't', 'z'], flows: [] });
  });
});
