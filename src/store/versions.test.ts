import { describe, expect, it } from 'vitest';
import { newBlueprint } from '../model';
import { createEditorStore } from './createEditorStore';

const names = { asIs: 'As-is', toBe: 'To-be', copy: 'Copy' };

function cafe() {
  const store = createEditorStore(newBlueprint('Café'));
  const order = store.getState().addStep('customer', 0, 'Order');
  store.getState().setFailPoint(order, { probability: 0.2, costPerFailure: 5 });
  const id = store.getState().addImprovement();
  store.getState().updateImprovement(id, {
    addresses: [order],
    newProbability: 0.05,
    status: 'planned',
  });
  return { store, order };
}

describe('versions in the store', () => {
  it('makes a to-be as one undo step and clears the selection', () => {
    const { store, order } = cafe();
    store.getState().select({ steps: [order] });
    const made = store.getState().makeToBe(names);
    expect(made?.applied).toHaveLength(1);
    const { doc, selection } = store.getState();
    expect(doc.versions.map((v) => v.name)).toEqual(['As-is', 'To-be']);
    expect(doc.steps[0]!.failPoint!.probability).toBe(0.05);
    expect(selection.steps).toEqual([]);
    store.getState().undo();
    expect(store.getState().doc.versions).toEqual([]);
    expect(store.getState().doc.steps[0]!.failPoint!.probability).toBe(0.2);
    store.getState().redo();
    expect(store.getState().doc.meta.versionId).toBe(made?.id);
  });

  it('switches, renames, copies and deletes, each undoable', () => {
    const { store } = cafe();
    store.getState().makeToBe(names);
    const asIs = store.getState().doc.versions[0]!.id;
    store.getState().switchVersion(asIs);
    expect(store.getState().doc.steps[0]!.failPoint!.probability).toBe(0.2);
    store.getState().renameVersion(asIs, 'Today', 'rename');
    store.getState().renameVersion(asIs, 'Today 2024', 'rename');
    store.getState().undo();
    expect(store.getState().doc.versions[0]!.name).toBe('As-is');
    store.getState().copyVersion(names);
    expect(store.getState().doc.versions.map((v) => [v.name, v.kind])).toEqual([
      ['As-is', 'as-is'],
      ['To-be', 'to-be'],
      ['Copy', 'as-is'],
    ]);
    store.getState().deleteVersion(asIs);
    expect(store.getState().doc.versions).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().doc.versions).toHaveLength(3);
  });

  it('changes nothing in a view-only blueprint', () => {
    const { store } = cafe();
    store.getState().loadDocument(store.getState().doc, { readOnly: true });
    expect(store.getState().makeToBe(names)).toBeUndefined();
    expect(store.getState().doc.versions).toEqual([]);
  });
});
