import { describe, expect, it } from 'vitest';
import { newBlueprint } from '../newBlueprint';
import type { Blueprint } from '../types';
import { COLUMN_PITCH as P } from './arrange';
import { addFlow } from './flows';
import { setLaneHidden } from './lanes';
import { addStep, findStep } from './steps';
import { flowOrder, tidyColumns, tidyUp } from './tidy';

function doc(steps: [id: string, lane: string, x: number][], flows: [string, string][] = []) {
  const d = newBlueprint();
  for (const [id, lane, x] of steps) addStep(d, { id, lane, x });
  for (const [from, to] of flows) addFlow(d, from, to);
  return d;
}

const placeOf = (d: Blueprint) => Object.fromEntries(d.steps.map((s) => [s.id, [s.lane, s.x]]));

describe('tidyUp', () => {
  it('puts steps into columns by flow order, not by their old x, and keeps every lane', () => {
    // The customer journey a → b → c was drawn out of order; b's onstage step is below it.
    const d = doc(
      [
        ['c', 'customer', 50],
        ['a', 'customer', 300],
        ['b', 'customer', 90],
        ['b2', 'onstage', 500],
      ],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['b', 'b2'],
      ],
    );
    tidyUp(d);
    // The first column: the leftmost x (50) snapped to the grid (0).
    expect(placeOf(d)).toEqual({
      a: ['customer', 0],
      b: ['customer', P],
      b2: ['onstage', P],
      c: ['customer', 2 * P],
    });
  });

  it('keeps steps without flows in their x order and in line with their neighbours', () => {
    const d = doc(
      [
        ['e1', 'evidence', 10],
        ['a', 'customer', 0],
        ['b', 'customer', 250],
        ['e2', 'evidence', 260],
        ['e3', 'evidence', 700],
        ['c', 'customer', 480],
      ],
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
    );
    expect(Object.fromEntries(tidyColumns(d))).toEqual({ a: 0, e1: 0, b: 1, e2: 1, c: 2, e3: 2 });
  });

  it('never puts two steps of a lane in one column, and breaks cycles at the leftmost step', () => {
    const d = doc(
      [
        ['x', 'support', 400],
        ['y', 'support', 400],
        ['z', 'support', 0],
      ],
      [
        ['x', 'y'],
        ['y', 'z'],
        ['z', 'x'],
      ],
    );
    expect(flowOrder(d).map((s) => s.id)).toEqual(['z', 'x', 'y']);
    expect(Object.fromEntries(tidyColumns(d))).toEqual({ z: 0, x: 1, y: 2 });
  });

  it('leaves steps in hidden lanes where they are, and is idempotent', () => {
    const d = doc([
      ['a', 'customer', 130],
      ['h', 'support', 77],
    ]);
    setLaneHidden(d, 'support', true);
    tidyUp(d);
    expect(placeOf(d)).toEqual({ a: ['customer', P], h: ['support', 77] });
    const once = structuredClone(d);
    tidyUp(d);
    expect(d).toEqual(once);
  });

  it('changes nothing in an empty blueprint', () => {
    const d = newBlueprint();
    tidyUp(d);
    expect(d).toEqual(newBlueprint());
    expect(findStep(d, 'a')).toBeUndefined();
  });
});
