import { describe, expect, it } from 'vitest';
import { newBlueprint } from '../newBlueprint';
import type { Blueprint } from '../types';
import {
  alignSteps,
  COLUMN_PITCH,
  distributeSteps,
  guideFor,
  guideFromIndex,
  guideIndex,
  snapStepsToColumns,
  snapToColumn,
} from './arrange';
import { setStepsFields, stepsInCommon } from './arrangeCommon';
import { addStep, findStep, setFailPoint } from './steps';

/** Given: a (customer, 100), b (onstage, 40), c (support, 700), d (customer, 460). */
function given(): Blueprint {
  const doc = newBlueprint();
  addStep(doc, { lane: 'customer', x: 100, id: 'a' });
  addStep(doc, { lane: 'onstage', x: 40, id: 'b' });
  addStep(doc, { lane: 'support', x: 700, id: 'c' });
  addStep(doc, { lane: 'customer', x: 460, id: 'd' });
  return doc;
}

const xs = (doc: Blueprint, ids: string[]) => ids.map((id) => findStep(doc, id)!.x);
const lanes = (doc: Blueprint) => doc.steps.map((s) => s.lane);

describe('alignSteps', () => {
  it('puts the steps in the column of the leftmost one, lanes unchanged', () => {
    const doc = given();
    alignSteps(doc, ['a', 'b', 'c', 'ghost', 'a']);
    expect(xs(doc, ['a', 'b', 'c', 'd'])).toEqual([40, 40, 40, 460]);
    expect(lanes(doc)).toEqual(['customer', 'onstage', 'support', 'customer']);
  });

  it('needs two existing steps', () => {
    const doc = given();
    alignSteps(doc, ['c', 'ghost']);
    expect(doc).toEqual(given());
  });
});

describe('distributeSteps', () => {
  it('spreads the middle steps at equal gaps between the leftmost and the rightmost', () => {
    const doc = given();
    distributeSteps(doc, ['a', 'b', 'c', 'd']);
    // Sorted by x: b 40, a 100, d 460, c 700 → 40, 260, 480, 700.
    expect(xs(doc, ['b', 'a', 'd', 'c'])).toEqual([40, 260, 480, 700]);
  });

  it('keeps whole units, and keeps the order of steps that share an x', () => {
    const doc = given();
    findStep(doc, 'a')!.x = 40;
    distributeSteps(doc, ['b', 'a', 'c']);
    // a comes before b in the document: a stays at 40, b moves to the middle.
    expect(xs(doc, ['a', 'b', 'c'])).toEqual([40, 370, 700]);
    const doc2 = given();
    distributeSteps(doc2, ['a', 'd', 'c']); // 100, 460, 700 → 100, 400, 700
    expect(xs(doc2, ['a', 'd', 'c'])).toEqual([100, 400, 700]);
    distributeSteps(doc2, ['a', 'd', 'b']); // 40, 100, 400 → 40, 220, 400
    expect(xs(doc2, ['b', 'a', 'd'])).toEqual([40, 220, 400]);
  });

  it('needs three steps', () => {
    const doc = given();
    distributeSteps(doc, ['a', 'c']);
    expect(doc).toEqual(given());
  });
});

describe('the column grid', () => {
  it.each([
    [0, 0],
    [119, 0],
    [121, COLUMN_PITCH],
    [-130, -COLUMN_PITCH],
    [500, 2 * COLUMN_PITCH],
  ])('snaps %d to %d', (x, snapped) => expect(snapToColumn(x)).toBe(snapped));

  it('leaves numbers that are not finite alone, and never gives -0', () => {
    expect(snapToColumn(Number.NaN)).toBeNaN();
    expect(snapToColumn(Number.MAX_VALUE)).toBe(Number.MAX_VALUE);
    expect(Object.is(snapToColumn(-3), 0)).toBe(true);
  });

  it('snaps steps by id', () => {
    const doc = given();
    snapStepsToColumns(doc, ['a', 'd', 'ghost']);
    expect(xs(doc, ['a', 'b', 'd'])).toEqual([0, 40, 480]);
  });

  it('finds the nearest x within the tolerance to line up with', () => {
    const others = [{ x: 100 }, { x: 104 }, { x: 300 }];
    expect(guideFor(103, others)).toBe(104);
    expect(guideFor(95, others)).toBe(100);
    expect(guideFor(200, others)).toBeUndefined();
    expect(guideFor(120, others, 20)).toBe(104);
  });

  it('indexes the cards a drag may line up with: other lanes only, the dragged cards left out', () => {
    const steps = [
      { id: 'a', lane: 'customer', x: 100 },
      { id: 'b', lane: 'onstage', x: 104 },
      { id: 'c', lane: 'support', x: 98 },
      { id: 'd', lane: 'onstage', x: 300 },
    ].map((s) => ({ ...s, label: '', description: '' }));
    const index = guideIndex(steps, new Set(['c']));
    expect(guideFromIndex(index, 101, 'customer')).toBe(104);
    expect(guideFromIndex(index, 101, 'onstage')).toBe(100);
    expect(guideFromIndex(index, 297, 'customer')).toBe(300);
    expect(guideFromIndex(index, 200, 'customer')).toBeUndefined();
  });
});

describe('what a multi-selection has in common', () => {
  it('reports shared values and mixed ones', () => {
    const doc = given();
    setFailPoint(doc, 'a', {});
    setFailPoint(doc, 'd', {});
    expect(stepsInCommon(doc, ['a', 'd'])).toEqual({
      lane: { mixed: false, value: 'customer' },
      durationMin: { mixed: false, value: undefined },
      selfService: { mixed: false, value: false },
      failPoint: { mixed: false, value: true },
      wait: { mixed: false, value: false },
    });
    expect(stepsInCommon(doc, ['a', 'b'])).toMatchObject({
      lane: { mixed: true },
      failPoint: { mixed: true },
      wait: { mixed: false, value: false },
    });
    expect(stepsInCommon(doc, ['ghost'])).toBeUndefined();
  });

  it('sets fields on all the steps, keeping existing markers', () => {
    const doc = given();
    setFailPoint(doc, 'a', { risk: 'Lost booking' });
    setStepsFields(doc, ['a', 'b', 'ghost'], {
      lane: 'backstage',
      durationMin: 5,
      selfService: true,
      failPoint: true,
      wait: true,
    });
    for (const id of ['a', 'b']) {
      expect(findStep(doc, id)).toMatchObject({
        lane: 'backstage',
        durationMin: 5,
        selfService: true,
        wait: { expectedMin: 5, toleranceMin: 10 },
      });
    }
    expect(findStep(doc, 'a')!.failPoint!.risk).toBe('Lost booking');
    expect(findStep(doc, 'b')!.failPoint!.risk).toBe('');
    setStepsFields(doc, ['a', 'b'], {
      durationMin: undefined,
      failPoint: false,
      selfService: false,
    });
    expect(findStep(doc, 'a')).not.toHaveProperty('durationMin');
    expect(findStep(doc, 'a')).not.toHaveProperty('failPoint');
    expect(findStep(doc, 'b')).not.toHaveProperty('selfService');
    expect(findStep(doc, 'c')).toMatchObject({ lane: 'support', x: 700 });
  });

  it('refuses a lane that is not there, for all the steps', () => {
    const doc = given();
    setStepsFields(doc, ['a', 'b'], { lane: 'ghost', durationMin: 3 });
    expect(doc).toEqual(given());
  });
});
