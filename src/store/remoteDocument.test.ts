import { produce } from 'immer';
import { describe, expect, it, vi } from 'vitest';
import { selectCanRedo, selectCanUndo } from './selectors';
import { doc, given, pastLength, stepById } from './testing/world';

/** A live room's document arriving in the store, and the room's own undo standing in. */

describe('applyRemoteDocument', () => {
  it('shows the other person’s edit without an undo step of this person’s', () => {
    const w = given();
    const past = pastLength(w);
    const remote = produce(doc(w), (d) => {
      d.steps.find((s) => s.id === w.a)!.label = 'Arrive by bus';
    });
    w.store.getState().applyRemoteDocument(remote);
    expect(stepById(w, w.a)!.label).toBe('Arrive by bus');
    expect(pastLength(w)).toBe(past);
  });

  it('keeps this person’s viewport, place in the guide and selection', () => {
    const w = given();
    const s = w.store.getState();
    s.setView({ x: 40, y: 50, zoom: 1.5 });
    s.setGuideStep(3);
    s.select({ steps: [w.a, w.b] });
    const remote = produce(doc(w), (d) => {
      d.guide.step = 6;
      d.title = 'Hotel stay';
    });
    const applied = w.store.getState().applyRemoteDocument(remote);
    const after = w.store.getState();
    expect(after.doc.title).toBe('Hotel stay');
    expect(after.doc.guide.step).toBe(3);
    expect(after.view).toEqual({ x: 40, y: 50, zoom: 1.5 });
    expect(after.selection.steps).toEqual([w.a, w.b]);
    expect(applied).toEqual({ editedStepDeleted: false, selectionDeleted: 0 });
  });

  it('drops from the selection what someone else deleted, and says so', () => {
    const w = given();
    w.store.getState().select({ steps: [w.a, w.b] });
    w.store.getState().setEditingStep(w.a);
    const remote = produce(doc(w), (d) => {
      d.steps = d.steps.filter((s) => s.id !== w.a);
      d.flows = d.flows.filter((f) => f.from !== w.a && f.to !== w.a);
    });
    const applied = w.store.getState().applyRemoteDocument(remote);
    expect(w.store.getState().selection.steps).toEqual([w.b]);
    expect(w.store.getState().editingStepId).toBeNull();
    expect(applied).toEqual({ editedStepDeleted: true, selectionDeleted: 1 });
  });

  it('is allowed read-only (a watcher sees the room change) and the same document is a no-op', () => {
    const w = given();
    const current = doc(w);
    w.store.getState().loadDocument(current, { readOnly: true });
    const revision = w.store.getState().revision;
    w.store.getState().applyRemoteDocument(current);
    expect(w.store.getState().revision).toBe(revision);
    w.store.getState().applyRemoteDocument({ ...current, title: 'Watched' });
    expect(doc(w).title).toBe('Watched');
  });
});

describe('shared history', () => {
  it('undo and redo go to the room’s history, and the buttons follow it', () => {
    const w = given();
    const shared = { undo: vi.fn(), redo: vi.fn(), canUndo: false, canRedo: true };
    w.store.getState().setSharedHistory(shared);
    const before = doc(w);
    w.store.getState().undo();
    w.store.getState().redo();
    expect(shared.undo).toHaveBeenCalledTimes(1);
    expect(shared.redo).toHaveBeenCalledTimes(1);
    expect(doc(w)).toBe(before);
    expect(selectCanUndo(w.store.getState())).toBe(false);
    expect(selectCanRedo(w.store.getState())).toBe(true);
  });

  it('a watcher cannot undo, and loading another document ends the shared history', () => {
    const w = given();
    const shared = { undo: vi.fn(), redo: vi.fn(), canUndo: true, canRedo: false };
    w.store.getState().loadDocument(doc(w), { readOnly: true });
    w.store.getState().setSharedHistory(shared);
    w.store.getState().undo();
    expect(shared.undo).not.toHaveBeenCalled();
    w.store.getState().loadDocument(doc(w));
    expect(w.store.getState().sharedHistory).toBeNull();
    expect(selectCanUndo(w.store.getState())).toBe(false);
  });
});
