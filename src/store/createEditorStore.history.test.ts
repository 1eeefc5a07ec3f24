import { describe, expect, it } from 'vitest';
import { newBlueprint } from '../model';
import { documentForSaving } from './createEditorStore';
import { COALESCE_MS, HISTORY_LIMIT } from './history';
import { selectCanUndo } from './selectors';
import { doc, emptyStore, given, pastLength, stepById } from './testing/world';

describe('typing coalescing', () => {
  // Each entry: [ms since the previous edit, coalesce key].
  const cases: [string, [number, string | undefined][], number][] = [
    [
      'same key within 1.5 s → one step',
      [
        [0, 'label'],
        [500, 'label'],
        [500, 'label'],
      ],
      1,
    ],
    [
      'same key, just under 1.5 s apart → one step',
      [
        [0, 'label'],
        [COALESCE_MS - 1, 'label'],
      ],
      1,
    ],
    [
      'same key, each edit within 1.5 s of the last (a long burst) → one step',
      [
        [0, 'label'],
        [1400, 'label'],
        [1400, 'label'],
        [1400, 'label'],
      ],
      1,
    ],
    [
      'same key, exactly 1.5 s apart → two steps',
      [
        [0, 'label'],
        [COALESCE_MS, 'label'],
      ],
      2,
    ],
    [
      'same key, after a pause of 3 s → two steps',
      [
        [0, 'label'],
        [100, 'label'],
        [3000, 'label'],
      ],
      2,
    ],
    [
      'another key → separate steps',
      [
        [0, 'label'],
        [100, 'description'],
      ],
      2,
    ],
    [
      'back to the first key after another → three steps',
      [
        [0, 'k1'],
        [100, 'k2'],
        [100, 'k1'],
      ],
      3,
    ],
    [
      'no key → every edit is a step',
      [
        [0, undefined],
        [10, undefined],
        [10, undefined],
      ],
      3,
    ],
    [
      'no key then a key → two steps',
      [
        [0, undefined],
        [10, 'label'],
      ],
      2,
    ],
  ];
  it.each(cases)('%s', (_name, edits, expectedSteps) => {
    const w = given();
    const original = stepById(w, w.a)!.label;
    const pastBefore = pastLength(w);
    edits.forEach(([ms, key], i) => {
      w.clock.advance(ms);
      w.store.getState().updateStep(w.a, { label: `Arrive ${i}` }, key);
    });
    expect(stepById(w, w.a)!.label).toBe(`Arrive ${edits.length - 1}`);
    expect(pastLength(w) - pastBefore).toBe(expectedSteps);
    for (let i = 0; i < expectedSteps; i++) w.store.getState().undo();
    expect(stepById(w, w.a)!.label).toBe(original);
  });

  it('one undo takes back a whole burst', () => {
    const w = given();
    for (const text of ['H', 'Ho', 'Hot', 'Hote', 'Hotel']) {
      w.clock.advance(200);
      w.store.getState().setTitle(text, 'title');
    }
    expect(doc(w).title).toBe('Hotel');
    w.store.getState().undo();
    expect(doc(w).title).toBe('Untitled blueprint');
    w.store.getState().redo();
    expect(doc(w).title).toBe('Hotel');
  });

  it('an undo ends the burst: typing again with the same key is a new step', () => {
    const w = given();
    w.store.getState().updateStep(w.a, { label: 'x' }, 'label');
    w.store.getState().undo();
    w.clock.advance(100);
    w.store.getState().updateStep(w.a, { label: 'y' }, 'label');
    w.clock.advance(100);
    w.store.getState().updateStep(w.a, { label: 'yz' }, 'label');
    w.store.getState().undo();
    expect(stepById(w, w.a)!.label).toBe('Arrive');
  });

  it('an unkeyed edit in between ends the burst', () => {
    const w = given();
    const pastBefore = pastLength(w);
    w.store.getState().updateStep(w.a, { label: 'x' }, 'label');
    w.clock.advance(100);
    w.store.getState().moveSteps([{ id: w.b, x: 300, lane: 'customer' }]);
    w.clock.advance(100);
    w.store.getState().updateStep(w.a, { label: 'xy' }, 'label');
    expect(pastLength(w) - pastBefore).toBe(3);
  });

  it('coalesces setFailPoint, setWait, updateFlow, renameLane, resizeLane, setMeta, setEconomics and updateImprovement keys too', () => {
    const w = given();
    const s = () => w.store.getState();
    const imp = s().addImprovement();
    const pastBefore = pastLength(w);
    const bursts: (() => void)[][] = [
      [
        () => s().setFailPoint(w.c, { risk: 'R' }, 'risk'),
        () => s().setFailPoint(w.c, { risk: 'Ro' }, 'risk'),
      ],
      [
        () => s().setWait(w.b, { expectedMin: 1 }, 'wait'),
        () => s().setWait(w.b, { expectedMin: 12 }, 'wait'),
      ],
      [
        () => s().updateFlow(w.ab, { label: 'w' }, 'flow'),
        () => s().updateFlow(w.ab, { label: 'wa' }, 'flow'),
      ],
      [() => s().renameLane('support', 'S', 'lane'), () => s().renameLane('support', 'Sy', 'lane')],
      [() => s().resizeLane('support', 200, 'h'), () => s().resizeLane('support', 220, 'h')],
      [() => s().setMeta({ service: 'H' }, 'meta'), () => s().setMeta({ service: 'Ho' }, 'meta')],
      [
        () => s().setEconomics({ customersPerMonth: 1 }, 'cpm'),
        () => s().setEconomics({ customersPerMonth: 12 }, 'cpm'),
        () => s().setEconomics({ customersPerMonth: 120 }, 'cpm'),
      ],
      [
        () => s().updateImprovement(imp, { title: 'K' }, 'imp-title'),
        () => s().updateImprovement(imp, { title: 'Ki' }, 'imp-title'),
      ],
    ];
    for (const burst of bursts) {
      for (const edit of burst) {
        w.clock.advance(100);
        edit();
      }
    }
    expect(pastLength(w) - pastBefore).toBe(bursts.length);
  });
});

describe('moveSteps', () => {
  it('moving several steps is one undo step', () => {
    const w = given();
    const before = doc(w);
    const pastBefore = pastLength(w);
    w.store.getState().moveSteps([
      { id: w.a, x: 100, lane: 'evidence' },
      { id: w.b, x: 340, lane: 'evidence' },
      { id: w.c, x: 340, lane: 'support' },
    ]);
    expect(pastLength(w)).toBe(pastBefore + 1);
    expect(doc(w).steps.map((s) => [s.lane, s.x])).toEqual([
      ['evidence', 100],
      ['evidence', 340],
      ['support', 340],
    ]);
    w.store.getState().undo();
    expect(doc(w)).toBe(before);
    expect(doc(w).steps.map((s) => [s.lane, s.x])).toEqual([
      ['customer', 0],
      ['customer', 240],
      ['onstage', 240],
    ]);
  });
});

describe('selection, editing and the viewport stay out of history', () => {
  it('select, setEditingStep and setView change neither the document, the history nor the revision', () => {
    const w = given();
    const before = w.store.getState();
    w.store.getState().select({ steps: [w.a, w.b], flows: [w.ab] });
    w.store.getState().setEditingStep(w.a);
    w.store.getState().setView({ x: -200, y: 40, zoom: 0.5 });
    const after = w.store.getState();
    expect(after.selection).toEqual({ steps: [w.a, w.b], flows: [w.ab] });
    expect(after.editingStepId).toBe(w.a);
    expect(after.view).toEqual({ x: -200, y: 40, zoom: 0.5 });
    expect(after.doc).toBe(before.doc);
    expect(after.history).toBe(before.history);
    expect(after.revision).toBe(before.revision);
  });

  it('undo does not undo a selection or a view change', () => {
    const w = given();
    w.store.getState().setTitle('T');
    w.store.getState().select({ steps: [w.a] });
    w.store.getState().setView({ x: 10, y: 10, zoom: 2 });
    w.store.getState().undo();
    expect(doc(w).title).toBe('Untitled blueprint');
    expect(w.store.getState().selection.steps).toEqual([w.a]);
    expect(w.store.getState().view).toEqual({ x: 10, y: 10, zoom: 2 });
  });

  it('select fills in missing parts with empty lists', () => {
    const w = given();
    w.store.getState().select({ steps: [w.a], flows: [w.ab] });
    w.store.getState().select({ flows: [w.bc] });
    expect(w.store.getState().selection).toEqual({ steps: [], flows: [w.bc] });
  });

  it('selecting away from the step being edited stops the editing', () => {
    const w = given();
    w.store.getState().select({ steps: [w.a] });
    w.store.getState().setEditingStep(w.a);
    w.store.getState().select({ steps: [w.a, w.b] });
    expect(w.store.getState().editingStepId).toBe(w.a);
    w.store.getState().select({ steps: [w.b] });
    expect(w.store.getState().editingStepId).toBeNull();
  });

  it('addStep selects the new step', () => {
    const w = given();
    const id = w.store.getState().addStep('backstage', 0, 'Prepare key');
    expect(w.store.getState().selection).toEqual({ steps: [id], flows: [] });
  });

  it('documentForSaving takes the current viewport, not the one loaded with the document', () => {
    const w = given();
    w.store.getState().setView({ x: 5, y: 6, zoom: 1.5 });
    const saved = documentForSaving(w.store.getState());
    expect(saved.view).toEqual({ x: 5, y: 6, zoom: 1.5 });
    expect(doc(w).view).toEqual(newBlueprint().view);
    expect(doc(w).view).not.toEqual(saved.view);
    expect(saved.steps).toBe(doc(w).steps);
  });
});

describe('HISTORY_LIMIT', () => {
  it('caps the past at HISTORY_LIMIT entries, dropping the oldest', () => {
    const { store } = emptyStore();
    const extra = 5;
    for (let i = 0; i < HISTORY_LIMIT + extra; i++) store.getState().setTitle(`t${i}`);
    expect(store.getState().history.past).toHaveLength(HISTORY_LIMIT);
    for (let i = 0; i < HISTORY_LIMIT + 10; i++) store.getState().undo();
    // The oldest snapshot kept is the one before edit number `extra`.
    expect(store.getState().doc.title).toBe(`t${extra - 1}`);
    expect(selectCanUndo(store.getState())).toBe(false);
    expect(store.getState().history.future).toHaveLength(HISTORY_LIMIT);
  });
});
