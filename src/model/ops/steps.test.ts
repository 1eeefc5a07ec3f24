import { describe, expect, it } from 'vitest';
import { newBlueprint } from '../newBlueprint';
import type { Blueprint } from '../types';
import { addImprovement } from './analysisInputs';
import { removeLane } from './lanes';
import {
  DEFAULT_FAIL_POINT,
  DEFAULT_WAIT,
  addLinkedStep,
  addStep,
  deleteSteps,
  findStep,
  moveSteps,
  setFailPoint,
  setWait,
  updateStep,
} from './steps';

/** Given: a blank blueprint with steps a, b (customer), c (onstage) and flows a→b, b→c, a→c. */
function given(): Blueprint {
  const doc = newBlueprint();
  addStep(doc, { lane: 'customer', x: 0, label: 'A', id: 'a' });
  addStep(doc, { lane: 'customer', x: 240, label: 'B', id: 'b' });
  addStep(doc, { lane: 'onstage', x: 240, label: 'C', id: 'c' });
  doc.flows.push(
    { id: 'ab', from: 'a', to: 'b', label: '', twoWay: false },
    { id: 'bc', from: 'b', to: 'c', label: '', twoWay: false },
    { id: 'ac', from: 'a', to: 'c', label: '', twoWay: true },
  );
  return doc;
}

describe('addStep', () => {
  it('appends a step with a rounded x, empty description and the given label', () => {
    const doc = newBlueprint();
    const id = addStep(doc, { lane: 'backstage', x: 100.6, label: 'Prepare room', id: 'p' });
    expect(id).toBe('p');
    expect(doc.steps).toEqual([
      { id: 'p', lane: 'backstage', x: 101, label: 'Prepare room', description: '' },
    ]);
  });

  it('makes a fresh "step-" id when none is given, unique among many', () => {
    const doc = newBlueprint();
    const ids = Array.from({ length: 50 }, () => addStep(doc, { lane: 'customer', x: 0 }));
    expect(ids.every((id) => /^step-[a-z0-9]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(50);
    expect(doc.steps[0]!.label).toBe('');
  });

  it('throws for a lane that does not exist, leaving the document alone', () => {
    const doc = newBlueprint();
    expect(() => addStep(doc, { lane: 'nope', x: 0 })).toThrow('no lane "nope"');
    expect(doc.steps).toEqual([]);
  });
});

describe('updateStep', () => {
  it('changes only the given fields', () => {
    const doc = given();
    updateStep(doc, 'b', { label: 'Check in', description: 'At the desk', durationMin: 4 });
    expect(findStep(doc, 'b')).toEqual({
      id: 'b',
      lane: 'customer',
      x: 240,
      label: 'Check in',
      description: 'At the desk',
      durationMin: 4,
    });
    expect(findStep(doc, 'a')!.label).toBe('A');
  });

  it('removes durationMin when it is given as undefined', () => {
    const doc = given();
    updateStep(doc, 'a', { durationMin: 3 });
    updateStep(doc, 'a', { durationMin: undefined });
    expect('durationMin' in findStep(doc, 'a')!).toBe(false);
  });

  it('ignores other undefined fields', () => {
    const doc = given();
    updateStep(doc, 'a', { label: undefined, x: undefined });
    expect(findStep(doc, 'a')).toMatchObject({ label: 'A', x: 0 });
  });

  it('rounds x and moves to another existing lane', () => {
    const doc = given();
    updateStep(doc, 'a', { x: 12.4, lane: 'support' });
    expect(findStep(doc, 'a')).toMatchObject({ x: 12, lane: 'support' });
  });

  it('refuses the whole update when the new lane does not exist', () => {
    const doc = given();
    updateStep(doc, 'a', { lane: 'nope', label: 'changed' });
    expect(findStep(doc, 'a')).toMatchObject({ lane: 'customer', label: 'A' });
  });

  it('does nothing for an unknown step', () => {
    const doc = given();
    const before = structuredClone(doc);
    updateStep(doc, 'zz', { label: 'x' });
    expect(doc).toEqual(before);
  });

  it('marks a customer action as self-service, and removes the flag rather than storing false', () => {
    const doc = given();
    updateStep(doc, 'b', { selfService: true });
    expect(findStep(doc, 'b')!.selfService).toBe(true);
    updateStep(doc, 'b', { selfService: false });
    expect('selfService' in findStep(doc, 'b')!).toBe(false);
    updateStep(doc, 'b', { selfService: true });
    updateStep(doc, 'b', { selfService: undefined });
    expect('selfService' in findStep(doc, 'b')!).toBe(false);
  });

  it('leaves selfService alone when it is not given', () => {
    const doc = given();
    updateStep(doc, 'a', { selfService: true });
    updateStep(doc, 'a', { label: 'Walk in' });
    expect(findStep(doc, 'a')).toMatchObject({ label: 'Walk in', selfService: true });
  });
});

describe('addLinkedStep', () => {
  it('adds a step that the "from" step flows into', () => {
    const doc = given();
    const id = addLinkedStep(doc, { lane: 'customer', x: 480.4, label: 'Go to room', from: 'b' });
    expect(findStep(doc, id)).toEqual({
      id,
      lane: 'customer',
      x: 480,
      label: 'Go to room',
      description: '',
    });
    expect(doc.flows).toHaveLength(4);
    expect(doc.flows.at(-1)).toMatchObject({ from: 'b', to: id, label: '', twoWay: false });
  });

  it('adds a step that flows into the "to" step', () => {
    const doc = given();
    const id = addLinkedStep(doc, { lane: 'backstage', x: 240, label: 'Prepare key', to: 'c' });
    expect(doc.flows.at(-1)).toMatchObject({ from: id, to: 'c' });
  });

  it('links both ways in one call when given "from" and "to"', () => {
    const doc = given();
    const id = addLinkedStep(doc, { lane: 'customer', x: 120, from: 'a', to: 'b' });
    expect(doc.flows.slice(3).map((f) => [f.from, f.to])).toEqual([
      ['a', id],
      [id, 'b'],
    ]);
    expect(findStep(doc, id)!.label).toBe('');
  });

  it('adds just the step when there is nothing to link, or the link target does not exist', () => {
    const doc = given();
    addLinkedStep(doc, { lane: 'support', x: 0, label: 'Alone' });
    addLinkedStep(doc, { lane: 'support', x: 240, label: 'Dangling', from: 'zz' });
    expect(doc.steps).toHaveLength(5);
    expect(doc.flows).toHaveLength(3);
  });

  it('throws for a lane that does not exist, adding neither step nor flow', () => {
    const doc = given();
    expect(() => addLinkedStep(doc, { lane: 'nope', x: 0, from: 'a' })).toThrow('no lane "nope"');
    expect(doc.steps).toHaveLength(3);
    expect(doc.flows).toHaveLength(3);
  });
});

describe('moveSteps', () => {
  it('moves several steps at once, across lanes', () => {
    const doc = given();
    moveSteps(doc, [
      { id: 'a', x: 480.2, lane: 'customer' },
      { id: 'c', x: -10, lane: 'backstage' },
    ]);
    expect(doc.steps.map((s) => [s.id, s.lane, s.x])).toEqual([
      ['a', 'customer', 480],
      ['b', 'customer', 240],
      ['c', 'backstage', -10],
    ]);
  });

  it('skips a move into an unknown lane but applies the others', () => {
    const doc = given();
    moveSteps(doc, [
      { id: 'a', x: 999, lane: 'nope' },
      { id: 'b', x: 0, lane: 'evidence' },
    ]);
    expect(findStep(doc, 'a')).toMatchObject({ x: 0, lane: 'customer' });
    expect(findStep(doc, 'b')).toMatchObject({ x: 0, lane: 'evidence' });
  });
});

describe('deleteSteps', () => {
  it('removes the steps and every flow attached to them', () => {
    const doc = given();
    deleteSteps(doc, ['b']);
    expect(doc.steps.map((s) => s.id)).toEqual(['a', 'c']);
    expect(doc.flows.map((f) => f.id)).toEqual(['ac']);
  });

  it('removes flows attached at either end, for several steps', () => {
    const doc = given();
    deleteSteps(doc, ['a', 'c']);
    expect(doc.steps.map((s) => s.id)).toEqual(['b']);
    expect(doc.flows).toEqual([]);
  });

  it('leaves the arrays untouched (same references) when no id matches, so no undo step is made', () => {
    const doc = given();
    addImprovement(doc, { addresses: ['c'] }, 'i1');
    const { steps, flows, improvements } = doc;
    const addresses = doc.improvements[0]!.addresses;
    deleteSteps(doc, ['zz']);
    deleteSteps(doc, []);
    expect(doc.steps).toBe(steps);
    expect(doc.flows).toBe(flows);
    expect(doc.improvements).toBe(improvements);
    expect(doc.improvements[0]!.addresses).toBe(addresses);
    expect(doc.steps).toHaveLength(3);
  });

  it("removes the deleted steps from improvements' addresses, keeping the improvements", () => {
    const doc = given();
    addImprovement(doc, { title: 'Faster check-in', addresses: ['b', 'c'] }, 'i1');
    addImprovement(doc, { title: 'Signage', addresses: ['a'] }, 'i2');
    addImprovement(doc, { title: 'Kiosk', addresses: ['c', 'b', 'a'] }, 'i3');
    const untouched = doc.improvements[1]!.addresses;
    deleteSteps(doc, ['b']);
    expect(doc.improvements.map((i) => [i.id, i.addresses])).toEqual([
      ['i1', ['c']],
      ['i2', ['a']],
      ['i3', ['c', 'a']],
    ]);
    expect(doc.improvements[1]!.addresses).toBe(untouched);
    deleteSteps(doc, ['a', 'c']);
    expect(doc.improvements.map((i) => [i.id, i.addresses])).toEqual([
      ['i1', []],
      ['i2', []],
      ['i3', []],
    ]);
  });

  it("removes steps of a removed lane from improvements' addresses too", () => {
    const doc = given();
    addImprovement(doc, { addresses: ['a', 'c'] }, 'i1');
    removeLane(doc, 'onstage');
    expect(doc.improvements[0]!.addresses).toEqual(['a']);
  });
});

describe('setFailPoint', () => {
  it('adds a fail point filled in from the defaults', () => {
    const doc = given();
    setFailPoint(doc, 'c', { risk: 'Room not ready' });
    expect(findStep(doc, 'c')!.failPoint).toEqual({
      ...DEFAULT_FAIL_POINT,
      risk: 'Room not ready',
    });
    expect(findStep(doc, 'c')!.failPoint!.probability).toBe(0.05);
  });

  it('merges into an existing fail point, keeping fields not given', () => {
    const doc = given();
    setFailPoint(doc, 'c', { risk: 'Room not ready', probability: 0.1 });
    setFailPoint(doc, 'c', { costPerFailure: 40, owner: 'Front office' });
    expect(findStep(doc, 'c')!.failPoint).toEqual({
      risk: 'Room not ready',
      probability: 0.1,
      costPerFailure: 40,
      recovery: '',
      owner: 'Front office',
    });
  });

  it('clears the fail point with null', () => {
    const doc = given();
    setFailPoint(doc, 'c', {});
    expect(findStep(doc, 'c')!.failPoint).toEqual(DEFAULT_FAIL_POINT);
    setFailPoint(doc, 'c', null);
    expect('failPoint' in findStep(doc, 'c')!).toBe(false);
  });

  it('does not share the default object between steps', () => {
    const doc = given();
    setFailPoint(doc, 'a', {});
    setFailPoint(doc, 'b', {});
    expect(findStep(doc, 'a')!.failPoint).not.toBe(DEFAULT_FAIL_POINT);
    expect(findStep(doc, 'a')!.failPoint).not.toBe(findStep(doc, 'b')!.failPoint);
  });

  it('does nothing for an unknown step', () => {
    const doc = given();
    setFailPoint(doc, 'zz', { risk: 'x' });
    expect(doc.steps.some((s) => s.failPoint)).toBe(false);
  });
});

describe('setWait', () => {
  it('adds a wait filled in from the defaults', () => {
    const doc = given();
    setWait(doc, 'b', { expectedMin: 12 });
    expect(findStep(doc, 'b')!.wait).toEqual({
      expectedMin: 12,
      toleranceMin: DEFAULT_WAIT.toleranceMin,
    });
  });

  it('merges into an existing wait and clears it with null', () => {
    const doc = given();
    setWait(doc, 'b', { expectedMin: 12, toleranceMin: 20 });
    setWait(doc, 'b', { toleranceMin: 8 });
    expect(findStep(doc, 'b')!.wait).toEqual({ expectedMin: 12, toleranceMin: 8 });
    setWait(doc, 'b', null);
    expect('wait' in findStep(doc, 'b')!).toBe(false);
  });

  it('does nothing for an unknown step', () => {
    const doc = given();
    setWait(doc, 'zz', { expectedMin: 1 });
    expect(doc.steps.some((s) => s.wait)).toBe(false);
  });
});

describe('numbers that are not fit for the document', () => {
  const NaN_ = Number.NaN;
  const INF = Number.POSITIVE_INFINITY;

  it('adds a step given a non-finite x at 0, and turns -0 into 0', () => {
    const doc = newBlueprint();
    addStep(doc, { lane: 'customer', x: NaN_, id: 'n' });
    addStep(doc, { lane: 'customer', x: -0.2, id: 'z' });
    expect(findStep(doc, 'n')!.x).toBe(0);
    expect(Object.is(findStep(doc, 'z')!.x, -0)).toBe(false);
  });

  it('ignores a non-finite x or duration and makes a negative duration 0', () => {
    const doc = given();
    updateStep(doc, 'a', { x: INF, durationMin: NaN_, label: 'kept' });
    expect(findStep(doc, 'a')).toEqual({
      id: 'a',
      lane: 'customer',
      x: 0,
      label: 'kept',
      description: '',
    });
    updateStep(doc, 'a', { durationMin: -3 });
    expect(findStep(doc, 'a')!.durationMin).toBe(0);
    moveSteps(doc, [{ id: 'b', x: NaN_, lane: 'support' }]);
    expect(findStep(doc, 'b')).toMatchObject({ x: 240, lane: 'support' });
  });

  it('clamps fail-point shares to 0–1 and costs to 0 or more, and refuses NaN', () => {
    const doc = given();
    setFailPoint(doc, 'c', { probability: 1.5, costPerFailure: -10, lostShare: -0.5 });
    expect(findStep(doc, 'c')!.failPoint).toMatchObject({
      probability: 1,
      costPerFailure: 0,
      lostShare: 0,
    });
    setFailPoint(doc, 'c', { probability: NaN_, costPerFailure: INF, lostShare: NaN_ });
    expect(findStep(doc, 'c')!.failPoint).toMatchObject({
      probability: 1,
      costPerFailure: 0,
      lostShare: 0,
    });
  });

  it('removes lostShare given as undefined, leaving no key behind', () => {
    const doc = given();
    setFailPoint(doc, 'c', { lostShare: 0.2 });
    setFailPoint(doc, 'c', { lostShare: undefined, risk: undefined });
    expect(findStep(doc, 'c')!.failPoint).toEqual(DEFAULT_FAIL_POINT);
    expect('lostShare' in findStep(doc, 'c')!.failPoint!).toBe(false);
  });

  it('makes negative waits 0 and refuses non-finite ones', () => {
    const doc = given();
    setWait(doc, 'b', { expectedMin: -1, toleranceMin: NaN_ });
    expect(findStep(doc, 'b')!.wait).toEqual({
      expectedMin: 0,
      toleranceMin: DEFAULT_WAIT.toleranceMin,
    });
  });
});
