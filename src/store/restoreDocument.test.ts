import { describe, expect, it } from 'vitest';
import { loadBlueprintText, type Blueprint } from '../model';
import { documentForSaving } from './createEditorStore';
import { selectCanRedo, selectCanUndo } from './selectors';
import { doc, given, pastLength, stepById, type World } from './testing/world';

/** Given: the three-step world, a version of it kept aside (as History does), then more edits. */
function givenEarlierVersion(): World & { earlier: Blueprint } {
  const w = given();
  // A version comes back from IndexedDB as JSON, not as the store's own object.
  const loaded = loadBlueprintText(JSON.stringify(documentForSaving(w.store.getState())));
  if (!loaded.ok) throw new Error('the world does not load');
  const s = w.store.getState();
  s.updateStep(w.a, { label: 'Arrive late' });
  s.deleteSteps([w.c]);
  return { ...w, earlier: loaded.value };
}

describe('restoreDocument', () => {
  it('puts the earlier version back as one undo step', () => {
    const w = givenEarlierVersion();
    const steps = pastLength(w);
    w.store.getState().restoreDocument(w.earlier);
    expect(stepById(w, w.a)!.label).toBe('Arrive');
    expect(stepById(w, w.c)).toBeDefined();
    expect(pastLength(w)).toBe(steps + 1);
  });

  it('undo brings back exactly the document from before, redo the restored one again', () => {
    const w = givenEarlierVersion();
    const before = doc(w);
    w.store.getState().restoreDocument(w.earlier);
    const restored = doc(w);
    w.store.getState().undo();
    expect(doc(w)).toBe(before);
    expect(selectCanRedo(w.store.getState())).toBe(true);
    w.store.getState().redo();
    expect(doc(w)).toBe(restored);
    expect(doc(w)).toEqual({ ...w.earlier, view: before.view });
  });

  it('keeps the viewport and the place in the guide, clears selection and editing', () => {
    const w = givenEarlierVersion();
    const s = w.store.getState();
    s.setView({ x: 120, y: -40, zoom: 1.25 });
    s.setGuideStep(5);
    s.select({ steps: [w.a, w.b] });
    s.setEditingStep(w.a);
    const earlier = { ...w.earlier, view: { x: 0, y: 0, zoom: 0.5 } };
    s.restoreDocument(earlier);
    const after = w.store.getState();
    expect(after.view).toEqual({ x: 120, y: -40, zoom: 1.25 });
    expect(after.doc.guide.step).toBe(5);
    expect(after.selection).toEqual({ steps: [], flows: [] });
    expect(after.editingStepId).toBeNull();
  });

  it('bumps the revision, so the autosave writes it and a file counts as changed', () => {
    const w = givenEarlierVersion();
    const { revision } = w.store.getState();
    w.store.getState().restoreDocument(w.earlier);
    expect(w.store.getState().revision).toBe(revision + 1);
  });

  it('is not merged with a burst of typing just before it', () => {
    const w = given();
    const s = w.store.getState();
    const earlier = documentForSaving(s);
    s.updateStep(w.a, { label: 'Arr' }, 'label');
    s.restoreDocument(earlier);
    s.undo();
    expect(stepById(w, w.a)!.label).toBe('Arr');
  });

  it('is ignored while a shared blueprint is shown read-only', () => {
    const w = givenEarlierVersion();
    const shown = doc(w);
    w.store.getState().loadDocument(shown, { readOnly: true });
    const before = w.store.getState();
    w.store.getState().restoreDocument(w.earlier);
    const after = w.store.getState();
    expect(after.doc).toBe(shown);
    expect(after.revision).toBe(before.revision);
    expect(selectCanUndo(after)).toBe(false);
  });
});
