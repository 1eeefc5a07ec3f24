import { describe, expect, it } from 'vitest';
import { newBlueprint, type Blueprint } from '../model';
import { createEditorStore } from './createEditorStore';

const NOW = Date.parse('2026-12-06T09:30:00.000Z');

function start(): Blueprint {
  return {
    ...newBlueprint('Café'),
    steps: [{ id: 'a', lane: 'customer', x: 0, label: 'Order', description: '' }],
  };
}

describe('comments in the store', () => {
  it('adds a comment as one undo step, with the store clock as its time', () => {
    const store = createEditorStore(start(), () => NOW);
    const id = store.getState().addComment({ on: 'step', target: 'a' }, 'Wait here?', 'Ms Li');
    expect(store.getState().doc.comments).toEqual([
      {
        id,
        on: 'step',
        target: 'a',
        author: 'Ms Li',
        text: 'Wait here?',
        createdAt: '2026-12-06T09:30:00.000Z',
        resolved: false,
      },
    ]);
    store.getState().undo();
    expect(store.getState().doc.comments).toEqual([]);
    store.getState().redo();
    expect(store.getState().doc.comments.map((c) => c.id)).toEqual([id]);
  });

  it('undoes resolving, editing and deleting one at a time', () => {
    let clock = NOW;
    const store = createEditorStore(start(), () => (clock += 10_000));
    const id = store.getState().addComment({ on: 'canvas', x: 5, y: 6 }, 'One', 'A');
    store.getState().editComment(id, 'Two');
    store.getState().setCommentResolved(id, true);
    store.getState().deleteComment(id);
    expect(store.getState().doc.comments).toEqual([]);
    store.getState().undo();
    expect(store.getState().doc.comments[0]).toMatchObject({ text: 'Two', resolved: true });
    store.getState().undo();
    expect(store.getState().doc.comments[0]).toMatchObject({ text: 'Two', resolved: false });
    store.getState().undo();
    expect(store.getState().doc.comments[0]).toMatchObject({ text: 'One' });
  });

  it('brings a step and its comments back together on undo', () => {
    const store = createEditorStore(start(), () => NOW);
    store.getState().addComment({ on: 'step', target: 'a' }, 'Note', 'A');
    store.getState().deleteSteps(['a']);
    expect(store.getState().doc.comments).toEqual([]);
    store.getState().undo();
    expect(store.getState().doc.steps.map((s) => s.id)).toEqual(['a']);
    expect(store.getState().doc.comments.map((c) => c.text)).toEqual(['Note']);
  });

  it('changes nothing in a read-only blueprint, and refuses empty text', () => {
    const store = createEditorStore(start(), () => NOW);
    expect(store.getState().addComment({ on: 'step', target: 'a' }, '   ', 'A')).toBe('');
    expect(store.getState().history.past).toHaveLength(0);
    store.getState().loadDocument(start(), { readOnly: true });
    expect(store.getState().addComment({ on: 'step', target: 'a' }, 'Hi', 'A')).toBe('');
    expect(store.getState().doc.comments).toEqual([]);
  });
});
