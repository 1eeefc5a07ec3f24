import { describe, expect, it } from 'vitest';
import { newBlueprint, ops, type Blueprint } from '../model';
import { COALESCE_MS } from './history';
import { createEditorStore } from './createEditorStore';
import { doc, given, pastLength, stepById, type World } from './testing/world';

/** The actions behind the keyboard and the clipboard: paste, duplicate, nudge, F, W, Ctrl+A. */

/** Runs `when`, then checks do / undo / redo: one undo step that restores exactly. */
function oneUndoStep(w: World, when: () => void, then: (d: Blueprint) => void): void {
  const before = doc(w);
  const past = pastLength(w);
  when();
  const after = doc(w);
  expect(after).not.toBe(before);
  then(after);
  expect(pastLength(w)).toBe(past + 1);
  w.store.getState().undo();
  expect(doc(w)).toBe(before);
  w.store.getState().redo();
  expect(doc(w)).toBe(after);
}

describe('pasteSteps', () => {
  it('adds the clip with new ids as one undo step and selects what was pasted', () => {
    const w = given();
    const clip = ops.copySteps(doc(w), [w.b, w.c])!;
    let pasted: string[] = [];
    oneUndoStep(
      w,
      () => (pasted = w.store.getState().pasteSteps(clip, { dx: 40 })),
      (d) => {
        expect(d.steps).toHaveLength(5);
        expect(d.flows).toHaveLength(3);
        expect(w.store.getState().selection).toEqual({ steps: pasted, flows: [d.flows[2]!.id] });
      },
    );
    expect(pasted).toHaveLength(2);
    expect(pasted).not.toContain(w.b);
    expect(stepById(w, pasted[0]!)).toMatchObject({ label: 'Check in', x: 280 });
  });

  it('pastes into another blueprint (a store with another document)', () => {
    const w = given();
    const clip = ops.copySteps(doc(w), [w.a, w.b, w.c])!;
    const other = createEditorStore(newBlueprint('Other'));
    const pasted = other.getState().pasteSteps(clip, { left: 500 });
    expect(other.getState().doc.steps.map((s) => [s.id, s.lane, s.x])).toEqual([
      [pasted[0], 'customer', 500],
      [pasted[1], 'customer', 740],
      [pasted[2], 'onstage', 740],
    ]);
    expect(other.getState().history.past).toHaveLength(1);
  });

  it('records nothing and keeps the selection for an empty clip', () => {
    const w = given();
    w.store.getState().select({ steps: [w.a] });
    expect(w.store.getState().pasteSteps({ lanes: [], steps: [], flows: [] }, { dx: 0 })).toEqual(
      [],
    );
    expect(pastLength(w)).toBe(5);
    expect(w.store.getState().selection.steps).toEqual([w.a]);
  });
});

describe('duplicateSteps', () => {
  it('copies the steps beside themselves as one undo step and selects the copies', () => {
    const w = given();
    let copies: string[] = [];
    oneUndoStep(
      w,
      () => (copies = w.store.getState().duplicateSteps([w.a, w.b])),
      (d) => {
        expect(d.steps.map((s) => s.label)).toEqual([
          'Arrive',
          'Check in',
          'Register guest',
          'Arrive',
          'Check in',
        ]);
        expect(w.store.getState().selection.steps).toEqual(copies);
      },
    );
    expect(stepById(w, copies[1]!)!.x).toBe(240 + ops.PASTE_OFFSET);
  });

  it('does nothing without steps', () => {
    const w = given();
    expect(w.store.getState().duplicateSteps(['ghost'])).toEqual([]);
    expect(pastLength(w)).toBe(5);
  });
});

describe('nudgeSteps', () => {
  it('moves the steps, a burst of nudges being one undo step', () => {
    const w = given();
    const before = doc(w);
    const nudge = () => w.store.getState().nudgeSteps([w.a, w.c], { dx: 8, lanes: 0 });
    nudge();
    w.clock.advance(COALESCE_MS - 1);
    nudge();
    w.store.getState().nudgeSteps([w.c, w.a], { dx: 0, lanes: 1 });
    expect(stepById(w, w.a)).toMatchObject({ x: 16, lane: 'onstage' });
    expect(stepById(w, w.c)).toMatchObject({ x: 256, lane: 'backstage' });
    expect(pastLength(w)).toBe(6);
    w.store.getState().undo();
    expect(doc(w)).toBe(before);
  });

  it('starts a new undo step after a pause, or for other steps', () => {
    const w = given();
    w.store.getState().nudgeSteps([w.a], { dx: 8, lanes: 0 });
    w.clock.advance(COALESCE_MS);
    w.store.getState().nudgeSteps([w.a], { dx: 8, lanes: 0 });
    w.store.getState().nudgeSteps([w.b], { dx: 8, lanes: 0 });
    expect(pastLength(w)).toBe(8);
  });
});

describe('toggleFailPoint and toggleWait', () => {
  it('F adds fail points to the selection, F again removes them, each one undo step', () => {
    const w = given();
    oneUndoStep(
      w,
      () => w.store.getState().toggleFailPoint([w.a, w.c]),
      (d) => expect(d.steps.filter((s) => s.failPoint).length).toBe(2),
    );
    oneUndoStep(
      w,
      () => w.store.getState().toggleFailPoint([w.a, w.c]),
      (d) => expect(d.steps.filter((s) => s.failPoint)).toEqual([]),
    );
  });

  it('W does the same for waits', () => {
    const w = given();
    oneUndoStep(
      w,
      () => w.store.getState().toggleWait([w.b]),
      (d) => expect(d.steps.find((s) => s.id === w.b)!.wait).toEqual(ops.DEFAULT_WAIT),
    );
  });
});

describe('selectAll', () => {
  it('selects every shown step and the flows between them, and is no edit', () => {
    const w = given();
    w.store.getState().setLaneHidden('onstage', true);
    const past = pastLength(w);
    w.store.getState().selectAll();
    expect(w.store.getState().selection).toEqual({ steps: [w.a, w.b], flows: [w.ab] });
    expect(pastLength(w)).toBe(past);
  });

  it('ends in-place editing', () => {
    const w = given();
    w.store.getState().setEditingStep(w.a);
    w.store.getState().selectAll();
    expect(w.store.getState().editingStepId).toBeNull();
  });
});
