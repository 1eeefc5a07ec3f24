import { describe, expect, it } from 'vitest';
import { newBlueprint, ops, type Blueprint } from '../model';
import { createEditorStore, type EditorStore } from './createEditorStore';
import { selectCanRedo, selectCanUndo } from './selectors';

/** A document with three steps, a flow, a custom lane and an improvement: something to edit. */
function sharedDoc() {
  const doc: Blueprint = newBlueprint('Shared');
  const a = ops.addStep(doc, { lane: 'customer', x: 0, label: '到达 🛎️' });
  const b = ops.addStep(doc, { lane: 'onstage', x: 240, label: 'Greet' });
  const c = ops.addStep(doc, { lane: 'support', x: 1000, label: 'Booking system' });
  const flow = ops.addFlow(doc, a, b)!;
  const lane = ops.addLane(doc, 'Emotions');
  ops.addImprovement(doc, { title: 'Faster check-in' });
  return { doc, a, b, c, flow, lane };
}

/** Given: a shared blueprint loaded read-only. */
function givenReadOnly() {
  const world = sharedDoc();
  const store = createEditorStore(newBlueprint());
  store.getState().loadDocument(world.doc, { readOnly: true });
  return { store, ...world };
}

type World = ReturnType<typeof givenReadOnly>;

/** Every document action, as a user gesture would call it. */
const edits: [string, (s: EditorStore, w: World) => unknown][] = [
  ['addStep', (s) => s.addStep('customer', 480, 'New')],
  ['updateStep', (s, w) => s.updateStep(w.a, { label: 'Changed' })],
  ['moveSteps', (s, w) => s.moveSteps([{ id: w.a, x: 999, lane: 'support' }])],
  ['deleteSteps', (s, w) => s.deleteSteps([w.a])],
  ['setFailPoint', (s, w) => s.setFailPoint(w.a, { risk: 'x' })],
  ['setWait', (s, w) => s.setWait(w.a, { expectedMin: 5 })],
  ['addFlow', (s, w) => s.addFlow(w.b, w.a)],
  ['updateFlow', (s, w) => s.updateFlow(w.flow, { label: 'then' })],
  ['deleteFlows', (s, w) => s.deleteFlows([w.flow])],
  [
    'deleteSelection',
    (s, w) => {
      s.select({ steps: [w.a], flows: [w.flow] });
      s.deleteSelection();
    },
  ],
  ['renameLane', (s) => s.renameLane('customer', 'Guests')],
  ['resizeLane', (s) => s.resizeLane('customer', 300)],
  ['setLaneHidden', (s) => s.setLaneHidden('customer', true)],
  ['addLane', (s) => s.addLane('Policies')],
  ['moveLane', (s, w) => s.moveLane(w.lane, 0)],
  ['removeLane', (s, w) => s.removeLane(w.lane)],
  ['addLinkedStep', (s, w) => s.addLinkedStep({ lane: 'support', x: 0, from: w.b })],
  ['setEconomics', (s) => s.setEconomics({ customersPerMonth: 10 })],
  ['addImprovement', (s) => s.addImprovement({ title: 'More' })],
  ['updateImprovement', (s, w) => s.updateImprovement(w.doc.improvements[0]!.id, { title: 'x' })],
  ['deleteImprovement', (s, w) => s.deleteImprovement(w.doc.improvements[0]!.id)],
  ['setGuideStep', (s) => s.setGuideStep(4)],
  ['setGuideDone', (s) => s.setGuideDone(1, true)],
  ['setTitle', (s) => s.setTitle('Mine now')],
  ['setMeta', (s) => s.setMeta({ service: 'Hotel' })],
  [
    'relabelStandardLanes',
    (s, w) => {
      const labels = Object.fromEntries(w.doc.lanes.map((l) => [l.kind, l.label]));
      s.relabelStandardLanes(labels as never, { ...labels, customer: '顾客行为' } as never);
    },
  ],
  ['restoreDocument', (s) => s.restoreDocument(newBlueprint('Earlier'))],
  ['pasteSteps', (s, w) => s.pasteSteps(ops.copySteps(w.doc, [w.a, w.b])!, { dx: 40 })],
  ['duplicateSteps', (s, w) => s.duplicateSteps([w.a, w.b])],
  ['nudgeSteps', (s, w) => s.nudgeSteps([w.a], { dx: 8, lanes: 1 })],
  ['toggleFailPoint', (s, w) => s.toggleFailPoint([w.a])],
  ['toggleWait', (s, w) => s.toggleWait([w.a])],
  ['alignSteps', (s, w) => s.alignSteps([w.a, w.b])],
  ['distributeSteps', (s, w) => s.distributeSteps([w.a, w.b, w.c])],
  ['tidyUp', (s) => s.tidyUp()],
  ['reverseFlows', (s, w) => s.reverseFlows([w.flow])],
  ['setStepsFields', (s, w) => s.setStepsFields([w.a, w.b], { wait: true, durationMin: 3 })],
  ['undo', (s) => s.undo()],
  ['redo', (s) => s.redo()],
];

describe('a read-only (shared) document', () => {
  it.each(edits)('%s changes nothing and records nothing', (_, edit) => {
    const w = givenReadOnly();
    const before = w.store.getState();
    edit(w.store.getState(), w);
    const after = w.store.getState();
    expect(after.doc).toBe(before.doc);
    expect(after.revision).toBe(before.revision);
    expect(after.history.past).toEqual([]);
    expect(selectCanUndo(after)).toBe(false);
    expect(selectCanRedo(after)).toBe(false);
    expect(after.readOnly).toBe(true);
  });

  // The table above would pass for edits that do nothing at all: each one edits an ordinary load.
  it.each(edits.filter(([name]) => name !== 'undo' && name !== 'redo'))(
    '%s does change the same document when it is editable',
    (_, edit) => {
      const w = givenReadOnly();
      w.store.getState().loadDocument(w.doc, { fromFile: false });
      edit(w.store.getState(), w);
      expect(w.store.getState().doc).not.toBe(w.doc);
    },
  );

  it('cannot open a card for editing, but can still be selected and panned', () => {
    const w = givenReadOnly();
    w.store.getState().select({ steps: [w.a] });
    w.store.getState().setEditingStep(w.a);
    w.store.getState().setView({ x: 10, y: 20, zoom: 2 });
    expect(w.store.getState()).toMatchObject({
      selection: { steps: [w.a], flows: [] },
      editingStepId: null,
      view: { x: 10, y: 20, zoom: 2 },
    });
  });

  it('can still select everything (to copy it out), which is no edit', () => {
    const w = givenReadOnly();
    w.store.getState().selectAll();
    const state = w.store.getState();
    expect(state.selection).toEqual({ steps: [w.a, w.b, w.c], flows: [w.flow] });
    expect(state.history.past).toEqual([]);
    expect(state.revision).toBe(1);
  });

  it('becomes editable when loaded again as the user’s own (an editable copy)', () => {
    const w = givenReadOnly();
    w.store.getState().loadDocument(w.store.getState().doc, { fromFile: false });
    w.store.getState().updateStep(w.a, { label: 'Mine' });
    expect(w.store.getState().readOnly).toBe(false);
    expect(w.store.getState().doc.steps.find((s) => s.id === w.a)!.label).toBe('Mine');
    w.store.getState().undo();
    expect(w.store.getState().doc.steps.find((s) => s.id === w.a)!.label).toBe('到达 🛎️');
  });

  it('is not the default: a store and an ordinary load are editable', () => {
    const store = createEditorStore(newBlueprint());
    expect(store.getState().readOnly).toBe(false);
    store.getState().loadDocument(sharedDoc().doc);
    expect(store.getState().readOnly).toBe(false);
  });
});
