import { describe, expect, it } from 'vitest';
import { newBlueprint } from '../model';
import { documentForSaving } from './createEditorStore';
import { selectCanRedo, selectCanUndo, selectHasUnsavedFileChanges } from './selectors';
import { doc, emptyStore, given, pastLength, stepById } from './testing/world';

describe('deleteSelection', () => {
  it('removes selected steps, selected flows and flows attached to the selected steps, as one step', () => {
    const w = given();
    const extra = w.store.getState().addStep('support', 480, 'Billing');
    const cx = w.store.getState().addFlow(w.c, extra)!;
    w.store.getState().select({ steps: [w.a], flows: [cx] });
    const pastBefore = pastLength(w);
    w.store.getState().deleteSelection();
    expect(doc(w).steps.map((s) => s.id)).toEqual([w.b, w.c, extra]);
    // ab went with a; cx was selected; bc stays
    expect(doc(w).flows.map((f) => f.id)).toEqual([w.bc]);
    expect(pastLength(w)).toBe(pastBefore + 1);
    expect(w.store.getState().selection).toEqual({ steps: [], flows: [] });
  });

  it('stops editing a deleted step', () => {
    const w = given();
    w.store.getState().select({ steps: [w.a] });
    w.store.getState().setEditingStep(w.a);
    w.store.getState().deleteSelection();
    expect(w.store.getState().editingStepId).toBeNull();
  });

  it('undo brings everything back', () => {
    const w = given();
    const before = doc(w);
    w.store.getState().select({ steps: [w.b], flows: [] });
    w.store.getState().deleteSelection();
    expect(doc(w).flows).toEqual([]);
    w.store.getState().undo();
    expect(doc(w)).toBe(before);
    expect(doc(w).flows.map((f) => f.id)).toEqual([w.ab, w.bc]);
  });
});

describe('selection pruning', () => {
  it('undo prunes selected steps that no longer exist and keeps those that do', () => {
    const w = given();
    const added = w.store.getState().addStep('support', 0, 'New');
    w.store.getState().select({ steps: [w.a, added] });
    w.store.getState().undo();
    expect(w.store.getState().selection.steps).toEqual([w.a]);
  });

  it('undo prunes a selected flow that no longer exists', () => {
    const w = given();
    const flow = w.store.getState().addFlow(w.a, w.c)!;
    w.store.getState().select({ flows: [flow, w.ab] });
    w.store.getState().undo();
    expect(w.store.getState().selection).toEqual({ steps: [], flows: [w.ab] });
  });

  it('redo prunes too (redo of a delete)', () => {
    const w = given();
    w.store.getState().deleteSteps([w.c]);
    w.store.getState().undo();
    w.store.getState().select({ steps: [w.c], flows: [w.bc] });
    w.store.getState().redo();
    expect(w.store.getState().selection).toEqual({ steps: [], flows: [] });
  });

  it('undo and redo stop in-place editing', () => {
    const w = given();
    w.store.getState().setTitle('x');
    w.store.getState().setEditingStep(w.a);
    w.store.getState().undo();
    expect(w.store.getState().editingStepId).toBeNull();
  });

  it('deleteSteps, deleteFlows and removeLane prune the selection', () => {
    const w = given();
    w.store.getState().select({ steps: [w.a, w.c], flows: [w.ab, w.bc] });
    w.store.getState().deleteSteps([w.a]);
    expect(w.store.getState().selection).toEqual({ steps: [w.c], flows: [w.bc] });
    w.store.getState().deleteFlows([w.bc]);
    expect(w.store.getState().selection).toEqual({ steps: [w.c], flows: [] });
    w.store.getState().removeLane('onstage');
    expect(w.store.getState().selection).toEqual({ steps: [], flows: [] });
  });
});

describe('loadDocument', () => {
  function loaded() {
    const next = newBlueprint('Bank visit');
    next.view = { x: 30, y: 40, zoom: 0.8 };
    return next;
  }

  it('replaces the document and resets history, selection, editing and view', () => {
    const w = given();
    w.store.getState().setTitle('old');
    w.store.getState().setTitle('older');
    w.store.getState().undo();
    w.store.getState().select({ steps: [w.a] });
    w.store.getState().setEditingStep(w.a);
    const next = loaded();
    w.store.getState().loadDocument(next);
    const s = w.store.getState();
    expect(s.doc).toEqual(next);
    expect(s.history.past).toEqual([]);
    expect(s.history.future).toEqual([]);
    expect(selectCanUndo(s)).toBe(false);
    expect(selectCanRedo(s)).toBe(false);
    expect(s.selection).toEqual({ steps: [], flows: [] });
    expect(s.editingStepId).toBeNull();
    expect(s.view).toEqual({ x: 30, y: 40, zoom: 0.8 });
  });

  it('undo after loading does not bring back the old document', () => {
    const w = given();
    w.store.getState().loadDocument(loaded());
    w.store.getState().undo();
    expect(doc(w).title).toBe('Bank visit');
  });

  it('bumps the revision and counts as saved (from a file, the default)', () => {
    const w = given();
    const revision = w.store.getState().revision;
    w.store.getState().loadDocument(loaded());
    expect(w.store.getState().revision).toBe(revision + 1);
    expect(w.store.getState().fileRevision).toBe(revision + 1);
    expect(selectHasUnsavedFileChanges(w.store.getState())).toBe(false);
  });

  it('with fromFile: false (restored from the browser) counts as not saved to a file', () => {
    const w = given();
    w.store.getState().loadDocument(loaded(), { fromFile: false });
    expect(w.store.getState().fileRevision).toBe(-1);
    expect(selectHasUnsavedFileChanges(w.store.getState())).toBe(true);
  });
});

describe('revision, fileRevision and markSavedToFile', () => {
  it('tracks unsaved work through edits, saves, undo and redo', () => {
    const { store } = emptyStore();
    const s = () => store.getState();
    expect([s().revision, s().fileRevision]).toEqual([0, 0]);
    expect(selectHasUnsavedFileChanges(s())).toBe(false);

    s().setTitle('a');
    expect(s().revision).toBe(1);
    expect(selectHasUnsavedFileChanges(s())).toBe(true);

    s().markSavedToFile();
    expect(s().fileRevision).toBe(1);
    expect(selectHasUnsavedFileChanges(s())).toBe(false);

    s().undo();
    expect(s().revision).toBe(2);
    expect(selectHasUnsavedFileChanges(s())).toBe(true);

    s().redo();
    expect(s().revision).toBe(3);
    expect(s().fileRevision).toBe(1);

    s().setView({ x: 1, y: 1, zoom: 1 });
    s().select({ steps: [] });
    expect(s().revision).toBe(3);
  });
});

describe('addLinkedStep', () => {
  it('adds a step and a flow as one undo step, and selects the new step', () => {
    const w = given();
    const before = doc(w);
    const pastBefore = pastLength(w);
    const id = w.store.getState().addLinkedStep({
      lane: 'backstage',
      x: 240,
      label: 'Assign room',
      from: w.c,
    });
    expect(pastLength(w)).toBe(pastBefore + 1);
    expect(stepById(w, id)).toMatchObject({ lane: 'backstage', label: 'Assign room' });
    expect(doc(w).flows.filter((f) => f.from === w.c && f.to === id)).toHaveLength(1);
    expect(w.store.getState().selection).toEqual({ steps: [id], flows: [] });
    w.store.getState().undo();
    expect(doc(w)).toBe(before);
    expect(stepById(w, id)).toBeUndefined();
    expect(doc(w).flows.map((f) => f.id)).toEqual([w.ab, w.bc]);
    expect(w.store.getState().selection.steps).toEqual([]);
  });

  it('links into the "to" step as well when given both ends', () => {
    const w = given();
    const pastBefore = pastLength(w);
    const id = w.store.getState().addLinkedStep({ lane: 'customer', x: 120, from: w.a, to: w.b });
    const pairs = doc(w).flows.map((f) => [f.from, f.to]);
    expect(pairs).toContainEqual([w.a, id]);
    expect(pairs).toContainEqual([id, w.b]);
    expect(pastLength(w)).toBe(pastBefore + 1);
  });
});

describe('improvements follow deleted steps', () => {
  it("deleting a step removes it from improvements' addresses, and undo brings it back", () => {
    const w = given();
    const s = () => w.store.getState();
    const imp = s().addImprovement({ title: 'Express check-in', addresses: [w.b, w.c] });
    const other = s().addImprovement({ title: 'Valet', addresses: [w.a] });
    s().deleteSteps([w.c]);
    expect(doc(w).improvements.map((i) => [i.id, i.addresses])).toEqual([
      [imp, [w.b]],
      [other, [w.a]],
    ]);
    s().undo();
    expect(doc(w).improvements.map((i) => [i.id, i.addresses])).toEqual([
      [imp, [w.b, w.c]],
      [other, [w.a]],
    ]);
    s().redo();
    expect(doc(w).improvements[0]!.addresses).toEqual([w.b]);
  });

  it('deleteSelection and removeLane prune addresses in the same single undo step', () => {
    const w = given();
    const s = () => w.store.getState();
    s().addImprovement({ addresses: [w.a, w.b, w.c] });
    const pastBefore = pastLength(w);
    s().select({ steps: [w.a] });
    s().deleteSelection();
    expect(doc(w).improvements[0]!.addresses).toEqual([w.b, w.c]);
    s().removeLane('onstage');
    expect(doc(w).improvements[0]!.addresses).toEqual([w.b]);
    expect(pastLength(w)).toBe(pastBefore + 2);
    s().undo();
    s().undo();
    expect(doc(w).improvements[0]!.addresses).toEqual([w.a, w.b, w.c]);
  });
});

describe('setGuideStep: where the user is in the guide, saved but never undone', () => {
  it('changes the document and the revision (so it is autosaved) but records no undo step', () => {
    const w = given();
    const before = w.store.getState();
    w.store.getState().setGuideStep(3);
    const after = w.store.getState();
    expect(after.doc.guide).toEqual({ step: 3, done: [] });
    expect(after.doc).not.toBe(before.doc);
    expect(after.doc.steps).toBe(before.doc.steps);
    expect(after.history).toBe(before.history);
    expect(after.revision).toBe(before.revision + 1);
    expect(selectHasUnsavedFileChanges(after)).toBe(true);
    expect(documentForSaving(after).guide.step).toBe(3);
  });

  it('is not undone: undo takes back the last edit and stays on the current guide step', () => {
    const w = given();
    const s = () => w.store.getState();
    s().setTitle('Hotel');
    s().setGuideStep(2);
    s().undo();
    expect(doc(w).title).toBe('Untitled blueprint');
    expect(doc(w).guide.step).toBe(2);
  });

  it('undo with nothing else to undo leaves the guide step alone', () => {
    const { store } = emptyStore();
    store.getState().setGuideStep(5);
    store.getState().undo();
    expect(store.getState().doc.guide.step).toBe(5);
    expect(selectCanUndo(store.getState())).toBe(false);
  });

  it('undo and redo keep the current guide step, whatever step the snapshots were taken at', () => {
    const w = given();
    const s = () => w.store.getState();
    s().setGuideStep(2);
    s().setTitle('one'); // snapshot before this edit is at step 2
    s().setGuideStep(4);
    s().setTitle('two'); // snapshot before this edit is at step 4
    s().setGuideStep(6);
    s().undo();
    expect([doc(w).title, doc(w).guide.step]).toEqual(['one', 6]);
    s().undo();
    expect([doc(w).title, doc(w).guide.step]).toEqual(['Untitled blueprint', 6]);
    s().setGuideStep(1);
    s().redo();
    expect([doc(w).title, doc(w).guide.step]).toEqual(['one', 1]);
    s().redo();
    expect([doc(w).title, doc(w).guide.step]).toEqual(['two', 1]);
  });

  it('does not drop the redo stack (it is not an edit)', () => {
    const w = given();
    const s = () => w.store.getState();
    s().setTitle('x');
    s().undo();
    s().setGuideStep(3);
    expect(selectCanRedo(s())).toBe(true);
    s().redo();
    expect(doc(w).title).toBe('x');
    expect(doc(w).guide.step).toBe(3);
  });

  it('undo of setGuideDone restores the done list but not the step', () => {
    const w = given();
    const s = () => w.store.getState();
    s().setGuideDone(1, true);
    s().setGuideStep(2);
    s().setGuideDone(2, true);
    s().undo();
    expect(doc(w).guide).toEqual({ step: 2, done: [1] });
    s().undo();
    expect(doc(w).guide).toEqual({ step: 2, done: [] });
  });

  it('a loaded document brings its own guide step', () => {
    const w = given();
    w.store.getState().setGuideStep(4);
    const next = newBlueprint('Bank visit');
    next.guide = { step: 6, done: [1, 2, 3, 4, 5, 6] };
    w.store.getState().loadDocument(next);
    expect(doc(w).guide).toEqual({ step: 6, done: [1, 2, 3, 4, 5, 6] });
  });
});
