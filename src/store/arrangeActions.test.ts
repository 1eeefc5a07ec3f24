import { describe, expect, it } from 'vitest';
import type { Blueprint } from '../model';
import { doc, given, pastLength, type World } from './testing/world';

/**
 * Given (world.ts): a "Arrive" (customer, 0) → b "Check in" (customer, 240) → c "Register
 * guest" (onstage, 240); plus d (support, 100), added here. Each arrange action is one undo step:
 * done, undone to the exact document before, redone to the same document after.
 */

function world(): World & { d: string } {
  const w = given();
  const d = w.store.getState().addStep('support', 100, 'Booking system');
  w.store.getState().moveSteps([{ id: w.c, x: 300, lane: 'onstage' }]);
  return { ...w, d };
}

const xOf = (d: Blueprint, id: string) => d.steps.find((s) => s.id === id)!.x;

const cases: [
  string,
  (w: ReturnType<typeof world>) => void,
  (d: Blueprint, w: World & { d: string }) => void,
][] = [
  [
    'alignSteps',
    (w) => w.store.getState().alignSteps([w.b, w.c, w.d]),
    (d, w) => expect([w.b, w.c, w.d].map((id) => xOf(d, id))).toEqual([100, 100, 100]),
  ],
  [
    'distributeSteps',
    (w) => w.store.getState().distributeSteps([w.a, w.d, w.b, w.c]),
    (d, w) => expect([w.a, w.d, w.b, w.c].map((id) => xOf(d, id))).toEqual([0, 100, 200, 300]),
  ],
  [
    'tidyUp',
    (w) => w.store.getState().tidyUp(),
    (d, w) => {
      expect([w.a, w.b, w.c, w.d].map((id) => xOf(d, id))).toEqual([0, 240, 240, 0]);
      expect(d.steps.map((s) => s.lane)).toEqual(['customer', 'customer', 'onstage', 'support']);
    },
  ],
  [
    'setStepsFields',
    (w) => w.store.getState().setStepsFields([w.a, w.c], { failPoint: true, durationMin: 4 }),
    (d, w) => {
      for (const id of [w.a, w.c])
        expect(d.steps.find((s) => s.id === id)).toMatchObject({
          durationMin: 4,
          failPoint: { probability: 0.05 },
        });
      expect(d.steps.find((s) => s.id === w.b)).not.toHaveProperty('failPoint');
    },
  ],
];

describe.each(cases)('%s', (_, when, then) => {
  it('is one undo step: undo restores the document before, redo the one after', () => {
    const w = world();
    const before = doc(w);
    const past = pastLength(w);
    when(w);
    const after = doc(w);
    then(after, w);
    expect(pastLength(w)).toBe(past + 1);
    w.store.getState().undo();
    expect(doc(w)).toEqual(before);
    w.store.getState().redo();
    expect(doc(w)).toEqual(after);
  });
});

describe('setStepsFields and friends', () => {
  it('makes a burst of edits in one field one undo step (coalesced by key)', () => {
    const w = world();
    const past = pastLength(w);
    w.store.getState().setStepsFields([w.a, w.b], { durationMin: 1 }, 'many-duration');
    w.store.getState().setStepsFields([w.a, w.b], { durationMin: 12 }, 'many-duration');
    expect(pastLength(w)).toBe(past + 1);
  });

  it('records nothing when nothing changes (too few steps to align, no steps)', () => {
    const w = world();
    const past = pastLength(w);
    w.store.getState().alignSteps([w.a]);
    w.store.getState().distributeSteps([w.a, w.b]);
    w.store.getState().setStepsFields([], { wait: true });
    expect(pastLength(w)).toBe(past);
  });
});

describe('lanes grow to fit their tallest card', () => {
  const laneHeight = (w: World, id: string) => doc(w).lanes.find((l) => l.id === id)!.height;

  it('a resize stops at the content, and a longer label makes room, each one undo step', () => {
    const w = world();
    const past = pastLength(w);
    w.store.getState().resizeLane('customer', 10);
    expect(laneHeight(w, 'customer')).toBe(80); // one-line cards: the smallest lane
    w.store.getState().resizeLane('support', 80);
    w.store.getState().updateStep(w.d, { label: 'x'.repeat(400), durationMin: 10 });
    const grown = laneHeight(w, 'support');
    expect(grown).toBeGreaterThanOrEqual(24 + 120);
    w.store.getState().resizeLane('support', 90);
    expect(laneHeight(w, 'support')).toBe(grown);
    expect(pastLength(w)).toBe(past + 3); // the last resize changed nothing: no step
    w.store.getState().undo();
    expect(laneHeight(w, 'support')).toBe(80);
    expect(doc(w).steps.find((s) => s.id === w.d)!.label).toBe('Booking system');
  });

  it('leaves lanes an edit did not touch alone', () => {
    const w = world();
    w.store.getState().loadDocument({
      ...doc(w),
      lanes: doc(w).lanes.map((l) => ({ ...l, height: 60 })),
    });
    w.store.getState().setTitle('Only the title');
    expect(doc(w).lanes.map((l) => l.height)).toEqual([60, 60, 60, 60, 60]);
    w.store.getState().moveSteps([{ id: w.a, x: 20, lane: 'customer' }]);
    expect(laneHeight(w, 'customer')).toBe(80);
    expect(laneHeight(w, 'onstage')).toBe(60);
  });
});
