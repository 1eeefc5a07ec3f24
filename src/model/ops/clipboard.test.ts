import { describe, expect, it } from 'vitest';
import { loadBlueprint } from '../load';
import { newBlueprint } from '../newBlueprint';
import type { Blueprint, Lane } from '../types';
import { addFlow } from './flows';
import { addLane } from './lanes';
import { addStep, findStep, setFailPoint, setWait } from './steps';
import {
  copySteps,
  duplicateSteps,
  PASTE_OFFSET,
  pasteClip,
  targetLane,
  type Clip,
} from './clipboard';

/**
 * Given: customer a (x 100, fail point) → onstage b (x 340, wait), a two-way labelled flow;
 * c in a custom "Emotions" lane (x 600) with a flow b → c; and d (x 900) unconnected.
 */
function given(): Blueprint {
  const doc = newBlueprint('Source');
  const emotions = addLane(doc, 'Emotions');
  addStep(doc, { lane: 'customer', x: 100, id: 'a', label: 'Arrive' });
  addStep(doc, { lane: 'onstage', x: 340, id: 'b', label: 'Greet' });
  addStep(doc, { lane: emotions, x: 600, id: 'c', label: 'Relieved' });
  addStep(doc, { lane: 'customer', x: 900, id: 'd', label: 'Leave' });
  setFailPoint(doc, 'a', { risk: 'No parking', probability: 0.2 });
  setWait(doc, 'b', { expectedMin: 12 });
  doc.flows.push({ id: 'ab', from: 'a', to: 'b', label: 'asks', twoWay: true });
  addFlow(doc, 'b', 'c', 'bc');
  return doc;
}

const valid = (doc: Blueprint) => expect(loadBlueprint(doc)).toMatchObject({ ok: true });

describe('copySteps', () => {
  it('takes the steps, only the flows among them, and their lanes, as plain copies', () => {
    const doc = given();
    const clip = copySteps(doc, ['b', 'a', 'ghost'])!;
    expect(clip.steps.map((s) => s.id)).toEqual(['a', 'b']);
    expect(clip.flows.map((f) => f.id)).toEqual(['ab']);
    expect(clip.lanes.map((l) => l.id)).toEqual(['customer', 'onstage']);
    clip.steps[0]!.failPoint!.risk = 'changed';
    expect(findStep(doc, 'a')!.failPoint!.risk).toBe('No parking');
  });

  it('is nothing without steps', () => {
    expect(copySteps(given(), [])).toBeUndefined();
    expect(copySteps(given(), ['ghost'])).toBeUndefined();
  });
});

describe('targetLane', () => {
  const lane = (id: string, kind: Lane['kind'], label = ''): Lane => ({
    id,
    kind,
    label,
    height: 150,
  });
  const target = newBlueprint();
  const custom = addLane(target, 'emotions ');
  target.lanes.find((l) => l.id === 'onstage')!.id = 'front-desk';

  it.each([
    ['the same lane', lane('backstage', 'backstage'), 'backstage'],
    ['a custom lane of the same name', lane('x1', 'custom', 'Emotions'), custom],
    ['the first lane of the kind', lane('x2', 'onstage'), 'front-desk'],
    ['the customer lane for another custom lane', lane('x3', 'custom', 'Time'), 'customer'],
  ])('is %s', (_, from, expected) => {
    expect(targetLane(target, from)).toBe(expected);
  });

  it('passes over hidden lanes', () => {
    const doc = newBlueprint();
    doc.lanes.find((l) => l.id === 'backstage')!.hidden = true;
    doc.lanes.find((l) => l.id === 'customer')!.hidden = true;
    expect(targetLane(doc, lane('backstage', 'backstage'))).toBe('evidence');
    for (const l of doc.lanes) l.hidden = true;
    expect(targetLane(doc, lane('backstage', 'backstage'))).toBe('backstage');
    expect(targetLane(doc, lane('x', 'custom'))).toBe('evidence');
  });
});

describe('pasteClip', () => {
  it('adds copies with new ids, the flows among them rewired, every field kept', () => {
    const doc = given();
    const clip = copySteps(doc, ['a', 'b'])!;
    const pasted = pasteClip(doc, clip, { dx: 50 });
    expect(pasted.steps).toHaveLength(2);
    expect(pasted.steps.some((id) => ['a', 'b', 'c', 'd'].includes(id))).toBe(false);
    const [a2, b2] = pasted.steps.map((id) => findStep(doc, id)!);
    expect(a2).toMatchObject({ lane: 'customer', x: 150, label: 'Arrive' });
    expect(a2!.failPoint).toEqual(findStep(doc, 'a')!.failPoint);
    expect(b2).toMatchObject({ lane: 'onstage', x: 390, wait: { expectedMin: 12 } });
    expect(doc.flows.filter((f) => pasted.flows.includes(f.id))).toEqual([
      { id: pasted.flows[0], from: a2!.id, to: b2!.id, label: 'asks', twoWay: true },
    ]);
    expect(doc.steps).toHaveLength(6);
    valid(doc);
  });

  it('puts the leftmost pasted step at `left` and keeps the spacing', () => {
    const doc = given();
    const pasted = pasteClip(doc, copySteps(doc, ['a', 'b'])!, { left: 1000 });
    expect(pasted.steps.map((id) => findStep(doc, id)!.x)).toEqual([1000, 1240]);
  });

  it('maps lanes into another blueprint: same kind, same custom name, else customer', () => {
    const source = given();
    const clip = copySteps(source, ['a', 'b', 'c'])!;
    const target = newBlueprint('Target');
    target.lanes = target.lanes.filter((l) => l.id !== 'onstage');
    addLane(target, 'Staff', 2); // custom, not onstage
    const pasted = pasteClip(target, clip, { dx: 0 });
    expect(pasted.steps.map((id) => findStep(target, id)!.lane)).toEqual([
      'customer',
      'customer', // no onstage lane: the customer lane
      'customer', // no "Emotions" lane
    ]);
    expect(pasted.flows).toHaveLength(2);
    valid(target);

    const withEmotions = newBlueprint();
    const emotions = addLane(withEmotions, 'EMOTIONS');
    const again = pasteClip(withEmotions, clip, { dx: 0 });
    expect(findStep(withEmotions, again.steps[2]!)!.lane).toBe(emotions);
  });

  it('makes a hand-made clip valid: odd numbers, unknown lanes, dangling flows', () => {
    const doc = newBlueprint();
    const clip: Clip = {
      lanes: [],
      steps: [
        { id: 's', lane: 'nowhere', x: Number.NaN, label: 'S', description: '' },
        {
          id: 't',
          lane: 'support',
          x: 1e308,
          label: 'T',
          description: '',
          durationMin: -5,
          failPoint: { risk: '', probability: 7, costPerFailure: -1, recovery: '', owner: '' },
          wait: { expectedMin: Number.NaN, toleranceMin: 3 },
        },
      ],
      flows: [
        { id: 'f', from: 's', to: 'ghost', label: '', twoWay: false },
        { id: 'g', from: 's', to: 's', label: '', twoWay: false },
      ],
    };
    const pasted = pasteClip(doc, clip, { dx: Number.POSITIVE_INFINITY });
    expect(pasted.flows).toEqual([]);
    expect(findStep(doc, pasted.steps[0]!)).toMatchObject({ lane: 'customer', x: 0 });
    expect(findStep(doc, pasted.steps[1]!)!.failPoint!.probability).toBe(1);
    valid(doc);
  });

  it('does nothing with an empty clip', () => {
    const doc = given();
    const before = structuredClone(doc);
    expect(pasteClip(doc, { lanes: [], steps: [], flows: [] }, { dx: 0 })).toEqual({
      steps: [],
      flows: [],
    });
    expect(doc).toEqual(before);
  });
});

describe('duplicateSteps', () => {
  it('copies the steps and the flows among them a little later in time, in the same lanes', () => {
    const doc = given();
    const copies = duplicateSteps(doc, ['b', 'c']);
    expect(copies.steps.map((id) => findStep(doc, id)).map((s) => [s!.label, s!.x])).toEqual([
      ['Greet', 340 + PASTE_OFFSET],
      ['Relieved', 600 + PASTE_OFFSET],
    ]);
    expect(copies.flows).toHaveLength(1);
    expect(findStep(doc, copies.steps[1]!)!.lane).toBe(findStep(doc, 'c')!.lane);
    valid(doc);
  });

  it('does nothing for ids that are not there', () => {
    const doc = given();
    const before = structuredClone(doc);
    expect(duplicateSteps(doc, ['ghost']).steps).toEqual([]);
    expect(doc).toEqual(before);
  });
});
