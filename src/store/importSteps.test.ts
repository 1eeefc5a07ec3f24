import { describe, expect, it } from 'vitest';
import { newBlueprint } from '../model';
import { createEditorStore } from './createEditorStore';

const planned = [
  { row: 2, lane: 'customer', label: 'Order', order: 1, durationMin: 2 },
  { row: 3, lane: 'onstage', label: 'Take order', order: 1, failPoint: {} },
];

describe('importing steps in the store', () => {
  it('adds every planned step as one undo step and selects them', () => {
    const store = createEditorStore(newBlueprint('Café'));
    const ids = store.getState().importSteps(planned);
    expect(ids).toHaveLength(2);
    expect(store.getState().selection.steps).toEqual(ids);
    expect(store.getState().doc.steps.map((s) => s.label)).toEqual(['Order', 'Take order']);
    store.getState().undo();
    expect(store.getState().doc.steps).toEqual([]);
    store.getState().redo();
    expect(store.getState().doc.steps).toHaveLength(2);
  });

  it('adds nothing when a lane is gone or the blueprint is view-only', () => {
    const store = createEditorStore(newBlueprint('Café'));
    expect(store.getState().importSteps([...planned, { ...planned[0]!, lane: 'gone' }])).toEqual(
      [],
    );
    expect(store.getState().doc.steps).toEqual([]);
    store.getState().loadDocument(newBlueprint('Shared'), { readOnly: true });
    expect(store.getState().importSteps(planned)).toEqual([]);
    expect(store.getState().doc.steps).toEqual([]);
  });
});
