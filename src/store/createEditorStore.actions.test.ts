import { describe, expect, it } from 'vitest';
import { selectCanRedo, selectCanUndo } from './selectors';
import { doc, emptyStore, given, pastLength, type World } from './testing/world';
import { actionCases } from './testing/actionCases';

describe('every document action: do / undo / redo', () => {
  describe.each(actionCases)('$name', ({ given: extra, when, then }) => {
    function act() {
      const w = given();
      extra?.(w);
      const before = doc(w);
      const pastBefore = pastLength(w);
      const revisionBefore = w.store.getState().revision;
      when(w);
      return { w, before, pastBefore, revisionBefore, after: doc(w) };
    }

    it('do: changes the document, records one undo step and bumps the revision', () => {
      const { w, before, pastBefore, revisionBefore, after } = act();
      expect(after).not.toBe(before);
      then(after, w);
      expect(pastLength(w)).toBe(pastBefore + 1);
      expect(w.store.getState().history.past.at(-1)).toBe(before);
      expect(w.store.getState().history.future).toEqual([]);
      expect(w.store.getState().revision).toBe(revisionBefore + 1);
    });

    it('undo: restores the document as it was', () => {
      const { w, before, pastBefore } = act();
      w.store.getState().undo();
      expect(doc(w)).toBe(before);
      expect(pastLength(w)).toBe(pastBefore);
      expect(selectCanRedo(w.store.getState())).toBe(true);
    });

    it('redo: applies the change again', () => {
      const { w, after, pastBefore } = act();
      w.store.getState().undo();
      w.store.getState().redo();
      expect(doc(w)).toBe(after);
      then(doc(w), w);
      expect(pastLength(w)).toBe(pastBefore + 1);
      expect(selectCanRedo(w.store.getState())).toBe(false);
    });
  });
});

describe('actions that change nothing record nothing', () => {
  const noOps: [string, (w: World) => void][] = [
    ['updateStep of an unknown step', (w) => w.store.getState().updateStep('zz', { label: 'x' })],
    [
      'updateStep to the same label',
      (w) => w.store.getState().updateStep(w.a, { label: 'Arrive' }),
    ],
    ['addFlow that is refused (self)', (w) => void w.store.getState().addFlow(w.a, w.a)],
    ['addFlow that is refused (duplicate)', (w) => void w.store.getState().addFlow(w.a, w.b)],
    [
      'renameLane to the same label',
      (w) => w.store.getState().renameLane('customer', 'Customer actions'),
    ],
    ['removeLane of an unknown lane', (w) => w.store.getState().removeLane('zz')],
    ['deleteSelection with nothing selected', (w) => w.store.getState().deleteSelection()],
    ['deleteFlows of unknown ids', (w) => w.store.getState().deleteFlows(['zz'])],
    ['deleteImprovement of an unknown id', (w) => w.store.getState().deleteImprovement('zz')],
    [
      'updateImprovement of an unknown id',
      (w) => w.store.getState().updateImprovement('zz', { title: 'x' }),
    ],
    [
      'setEconomics to the same currency',
      (w) => w.store.getState().setEconomics({ currency: 'USD' }),
    ],
    [
      'setEconomics clearing a number that is not set',
      (w) => w.store.getState().setEconomics({ customersPerMonth: undefined }),
    ],
    ['setGuideDone(false) of a step not done', (w) => w.store.getState().setGuideDone(3, false)],
    ['setGuideStep to the current step', (w) => w.store.getState().setGuideStep(1)],
  ];
  it.each(noOps)('%s', (_name, when) => {
    const w = given();
    const before = w.store.getState();
    when(w);
    const after = w.store.getState();
    expect(after.doc).toBe(before.doc);
    expect(after.history).toBe(before.history);
    expect(after.revision).toBe(before.revision);
  });

  it('setGuideDone of a step already done records nothing', () => {
    const w = given();
    w.store.getState().setGuideDone(2, true);
    const before = w.store.getState();
    w.store.getState().setGuideDone(2, true);
    expect(w.store.getState().doc).toBe(before.doc);
    expect(w.store.getState().history).toBe(before.history);
  });

  it('a refused addFlow returns undefined', () => {
    const w = given();
    expect(w.store.getState().addFlow(w.b, w.b)).toBeUndefined();
  });
});

describe('undo and redo with nothing to undo or redo', () => {
  it('change nothing', () => {
    const { store } = emptyStore();
    const before = store.getState();
    store.getState().undo();
    store.getState().redo();
    expect(store.getState().doc).toBe(before.doc);
    expect(store.getState().revision).toBe(0);
    expect(selectCanUndo(store.getState())).toBe(false);
  });

  it('a new edit after undo drops the redo stack', () => {
    const w = given();
    w.store.getState().setTitle('one');
    w.store.getState().undo();
    expect(selectCanRedo(w.store.getState())).toBe(true);
    w.store.getState().setTitle('two');
    expect(selectCanRedo(w.store.getState())).toBe(false);
    w.store.getState().redo();
    expect(doc(w).title).toBe('two');
  });

  it('several undos then redos walk the history in order', () => {
    const { store } = emptyStore();
    for (const title of ['t1', 't2', 't3']) store.getState().setTitle(title);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().doc.title).toBe('t1');
    store.getState().redo();
    expect(store.getState().doc.title).toBe('t2');
    store.getState().redo();
    expect(store.getState().doc.title).toBe('t3');
  });
});
