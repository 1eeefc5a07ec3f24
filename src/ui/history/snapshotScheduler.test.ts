import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { newBlueprint, ops, type Blueprint } from '../../model';
import { createEditorStore } from '../../store/createEditorStore';
import { SNAPSHOT_DELAY_MS, startSnapshotScheduler } from './snapshotScheduler';

interface Recorded {
  blueprintId: string;
  title: string;
  steps: string[];
}

/** A blueprint with one step, "Welcome" (left out of what the tests compare). */
function blueprint(title: string): Blueprint {
  const doc = newBlueprint(title);
  ops.addStep(doc, { lane: 'customer', x: 0, label: 'Welcome' });
  return doc;
}

/** Given: blueprint "bp1" open in a store, a scheduler running, and what it recorded. */
function givenScheduler(currentId: string | null = 'bp1', doc = blueprint('First')) {
  const store = createEditorStore(doc);
  const blueprints = createStore<{ currentId: string | null }>(() => ({ currentId }));
  const recorded: Recorded[] = [];
  const scheduler = startSnapshotScheduler({
    store,
    blueprints,
    record: (blueprintId: string, doc: Blueprint) =>
      recorded.push({
        blueprintId,
        title: doc.title,
        steps: doc.steps.map((s) => s.label).filter((label) => label !== 'Welcome'),
      }),
  });
  const settle = () => vi.advanceTimersByTime(SNAPSHOT_DELAY_MS);
  return { store, blueprints, recorded, scheduler, settle };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the snapshot scheduler', () => {
  it('keeps what was open when the page started, once things settle', () => {
    const w = givenScheduler();
    vi.advanceTimersByTime(SNAPSHOT_DELAY_MS - 1);
    expect(w.recorded).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(w.recorded).toEqual([{ blueprintId: 'bp1', title: 'First', steps: [] }]);
  });

  it('does not keep a blank blueprint as it was opened', () => {
    const w = givenScheduler('bp1', newBlueprint('Blank'));
    w.settle();
    w.store.getState().addStep('customer', 0, 'Arrive');
    w.settle();
    expect(w.recorded).toEqual([{ blueprintId: 'bp1', title: 'Blank', steps: ['Arrive'] }]);
  });

  it('keeps one version of a burst of edits, after they settle', () => {
    const w = givenScheduler();
    w.settle();
    w.store.getState().addStep('customer', 0, 'Arrive');
    vi.advanceTimersByTime(SNAPSHOT_DELAY_MS - 100);
    w.store.getState().addStep('customer', 240, 'Check in');
    vi.advanceTimersByTime(SNAPSHOT_DELAY_MS - 1);
    expect(w.recorded).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(w.recorded.at(-1)).toEqual({
      blueprintId: 'bp1',
      title: 'First',
      steps: ['Arrive', 'Check in'],
    });
    expect(w.recorded).toHaveLength(2);
  });

  it('keeps what was opened before the first edit made within the delay', () => {
    const w = givenScheduler();
    w.store.getState().addStep('customer', 0, 'Arrive');
    w.settle();
    expect(w.recorded.map((r) => r.steps)).toEqual([[], ['Arrive']]);
  });

  it('waits while a card’s label is typed in place', () => {
    const w = givenScheduler();
    w.settle();
    const id = w.store.getState().addStep('customer', 0, '');
    w.store.getState().setEditingStep(id);
    vi.advanceTimersByTime(5 * SNAPSHOT_DELAY_MS);
    expect(w.recorded).toHaveLength(1);
    w.store.getState().updateStep(id, { label: 'Arrive' });
    w.store.getState().setEditingStep(null);
    w.settle();
    expect(w.recorded.at(-1)!.steps).toEqual(['Arrive']);
    expect(w.recorded).toHaveLength(2);
  });

  it('ignores panning and selecting', () => {
    const w = givenScheduler();
    w.settle();
    w.store.getState().setView({ x: 5, y: 5, zoom: 2 });
    w.store.getState().select({ steps: [] });
    w.settle();
    expect(w.recorded).toHaveLength(1);
  });

  it('writes at once when flushed (the page is being hidden)', () => {
    const w = givenScheduler();
    w.settle();
    w.store.getState().addStep('customer', 0, 'Arrive');
    w.scheduler.flush();
    expect(w.recorded.at(-1)!.steps).toEqual(['Arrive']);
    w.settle();
    expect(w.recorded).toHaveLength(2);
  });

  it('writes what is pending when stopped, and nothing after', () => {
    const w = givenScheduler();
    w.settle();
    w.store.getState().addStep('customer', 0, 'Arrive');
    w.scheduler.stop();
    expect(w.recorded.at(-1)!.steps).toEqual(['Arrive']);
    w.store.getState().addStep('customer', 240, 'Leave');
    w.settle();
    expect(w.recorded).toHaveLength(2);
  });

  it('records nothing while no blueprint id is known', () => {
    const w = givenScheduler(null);
    w.store.getState().addStep('customer', 0, 'Arrive');
    w.settle();
    expect(w.recorded).toEqual([]);
  });

  it('records nothing of a shared blueprint shown read-only, but keeps the edits before it', () => {
    const w = givenScheduler();
    w.settle();
    w.store.getState().addStep('customer', 0, 'Mine');
    w.store.getState().loadDocument(newBlueprint('Shared'), { readOnly: true });
    expect(w.recorded.at(-1)).toEqual({ blueprintId: 'bp1', title: 'First', steps: ['Mine'] });
    w.settle();
    vi.advanceTimersByTime(10 * SNAPSHOT_DELAY_MS);
    expect(w.recorded.map((r) => r.title)).toEqual(['First', 'First']);
  });

  describe('opening another blueprint', () => {
    // The library may switch the id and load the document in either order.
    const orders: [string, (w: ReturnType<typeof givenScheduler>, doc: Blueprint) => void][] = [
      [
        'id first, then the document',
        (w, doc) => {
          w.blueprints.setState({ currentId: 'bp2' });
          w.store.getState().loadDocument(doc);
        },
      ],
      [
        'document first, then the id',
        (w, doc) => {
          w.store.getState().loadDocument(doc);
          w.blueprints.setState({ currentId: 'bp2' });
        },
      ],
    ];

    it.each(orders)('(%s) files each version under its own blueprint', (_, open) => {
      const w = givenScheduler();
      w.settle();
      w.store.getState().addStep('customer', 0, 'Unsettled edit');
      open(w, blueprint('Second'));
      // The first blueprint's unsettled edit is kept at once, under bp1.
      expect(w.recorded.at(-1)).toEqual({
        blueprintId: 'bp1',
        title: 'First',
        steps: ['Unsettled edit'],
      });
      w.settle();
      expect(w.recorded.at(-1)).toEqual({ blueprintId: 'bp2', title: 'Second', steps: [] });
      expect(w.recorded.filter((r) => r.title === 'Second').map((r) => r.blueprintId)).toEqual([
        'bp2',
      ]);
    });
  });
});
