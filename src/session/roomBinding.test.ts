import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { writeBlueprint } from '../collab';
import { createEditorStore, type EditorStoreApi } from '../store/createEditorStore';
import { selectCanUndo } from '../store/selectors';
import { given, fakeClock } from '../store/testing/world';
import { bindRoom, type RoomBindingEvents } from './roomBinding';

/** Two people's stores bound to two Y.Docs that pass updates to each other, as a room does. */

const RELAY = 'relay';

function connect(a: Y.Doc, b: Y.Doc) {
  a.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== RELAY) Y.applyUpdate(b, update, RELAY);
  });
  b.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== RELAY) Y.applyUpdate(a, update, RELAY);
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function events() {
  return {
    onRemoteApplied: vi.fn<RoomBindingEvents['onRemoteApplied']>(),
    onInvalidDocument: vi.fn<RoomBindingEvents['onInvalidDocument']>(),
    onVersionSwitched: vi.fn<RoomBindingEvents['onVersionSwitched']>(),
  };
}

function room() {
  const w = given();
  const first = w.store;
  const clock = fakeClock();
  const second: EditorStoreApi = createEditorStore(first.getState().doc, clock.now);
  const docA = new Y.Doc();
  const docB = new Y.Doc();
  connect(docA, docB);
  writeBlueprint(docA, first.getState().doc, null, 'seed');
  const eventsA = events();
  const eventsB = events();
  const bindingA = bindRoom(first, docA, true, eventsA);
  const bindingB = bindRoom(second, docB, true, eventsB);
  return { w, first, second, docA, docB, eventsA, eventsB, bindingA, bindingB, clock };
}

const labels = (store: EditorStoreApi) => store.getState().doc.steps.map((s) => s.label);

describe('a store bound to a room', () => {
  it('sends this person’s edits and shows the other’s, without undo steps for them', async () => {
    const r = room();
    r.first.getState().updateStep(r.w.a, { label: 'Arrive by bus' });
    await settle();
    expect(labels(r.second)).toContain('Arrive by bus');
    expect(selectCanUndo(r.second.getState())).toBe(false);

    r.second.getState().addStep('backstage', 480, 'Prepare room');
    await settle();
    expect(labels(r.first)).toContain('Prepare room');
  });

  it('undoes only this person’s own edits', async () => {
    const r = room();
    r.first.getState().updateStep(r.w.a, { label: 'Mine' });
    r.w.clock.advance(5000);
    r.second.getState().updateStep(r.w.b, { label: 'Theirs' });
    await settle();
    expect(labels(r.first)).toEqual(expect.arrayContaining(['Mine', 'Theirs']));

    r.first.getState().undo();
    await settle();
    for (const store of [r.first, r.second]) {
      expect(labels(store)).toContain('Arrive');
      expect(labels(store)).toContain('Theirs');
    }
    expect(selectCanUndo(r.first.getState())).toBe(false);
    r.first.getState().redo();
    await settle();
    expect(labels(r.second)).toContain('Mine');
  });

  it('keeps a typing burst as one undo step', async () => {
    const r = room();
    for (const text of ['A', 'Ar', 'Arr', 'Arri'])
      r.first.getState().updateStep(r.w.a, { label: text }, `label:${r.w.a}`);
    await settle();
    expect(labels(r.second)).toContain('Arri');
    r.first.getState().undo();
    await settle();
    expect(labels(r.second)).toContain('Arrive');
    expect(labels(r.second)).not.toContain('Arr');
  });

  it('says so when the step this person is editing is deleted by someone else', async () => {
    const r = room();
    r.first.getState().setEditingStep(r.w.c);
    r.second.getState().deleteSteps([r.w.c]);
    await settle();
    expect(r.first.getState().doc.steps.some((s) => s.id === r.w.c)).toBe(false);
    expect(r.first.getState().editingStepId).toBeNull();
    expect(r.eventsA.onRemoteApplied).toHaveBeenCalledWith(
      expect.objectContaining({ editedStepDeleted: true }),
    );
  });

  it('refuses a room document that is not valid and keeps what is on screen', async () => {
    const r = room();
    const before = r.first.getState().doc;
    r.docB.getMap('blueprint').set('title', 42);
    await settle();
    expect(r.eventsA.onInvalidDocument).toHaveBeenCalled();
    expect(r.first.getState().doc).toBe(before);
  });

  it('sends nothing from a watcher', async () => {
    const w = given();
    const docA = new Y.Doc();
    writeBlueprint(docA, w.store.getState().doc, null, 'seed');
    const before = Y.encodeStateVector(docA);
    bindRoom(w.store, docA, false, events());
    w.store.getState().updateStep(w.a, { label: 'Not sent' });
    await settle();
    expect(Y.encodeStateVector(docA)).toEqual(before);
  });

  it('tells the others, not the one who switched, which version everyone now sees', async () => {
    const r = room();
    const first = r.first.getState();
    first.setFailPoint(r.w.a, { probability: 0.2, costPerFailure: 5 });
    const improvement = first.addImprovement();
    first.updateImprovement(improvement, {
      addresses: [r.w.a],
      newProbability: 0.05,
      status: 'planned',
    });
    await settle();
    expect(r.eventsB.onVersionSwitched).not.toHaveBeenCalled();

    r.first.getState().makeToBe({ asIs: 'As-is', toBe: 'To-be', copy: 'Copy' });
    await settle();
    expect(r.eventsB.onVersionSwitched).toHaveBeenCalledExactlyOnceWith('To-be');
    expect(r.eventsA.onVersionSwitched).not.toHaveBeenCalled();

    // An edit inside the version says nothing more; switching back does.
    r.second.getState().addStep('customer', 900, 'Leave');
    await settle();
    const asIs = r.second.getState().doc.versions.find((v) => v.name === 'As-is')!;
    r.second.getState().switchVersion(asIs.id);
    await settle();
    expect(r.eventsA.onVersionSwitched).toHaveBeenCalledExactlyOnceWith('As-is');
    expect(r.eventsB.onVersionSwitched).toHaveBeenCalledTimes(1);

    // Undoing one's own switch is not news to oneself; the other hears of it.
    r.second.getState().undo();
    await settle();
    expect(r.second.getState().doc.meta.versionId).not.toBe(asIs.id);
    expect(r.eventsB.onVersionSwitched).toHaveBeenCalledTimes(1);
    expect(r.eventsA.onVersionSwitched).toHaveBeenLastCalledWith('To-be');
  });
});
