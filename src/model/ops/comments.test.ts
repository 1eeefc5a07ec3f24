import { describe, expect, it } from 'vitest';
import { newBlueprint } from '../newBlueprint';
import { checkShape, validateReferences } from '../schema';
import type { Blueprint } from '../types';
import { makeToBe } from './versions';
import {
  addComment,
  commentsOn,
  deleteComment,
  editComment,
  moveComment,
  openCommentCounts,
  setCommentResolved,
  withoutComments,
} from './comments';
import { deleteSteps } from './steps';
import { deleteFlows } from './flows';
import { removeLane } from './lanes';

const AT = '2026-12-06T09:30:00.000Z';

function doc(): Blueprint {
  const base = newBlueprint('Café');
  return {
    ...base,
    steps: [
      { id: 'a', lane: 'customer', x: 0, label: 'Order', description: '' },
      { id: 'b', lane: 'onstage', x: 0, label: 'Take order', description: '' },
    ],
    flows: [{ id: 'ab', from: 'a', to: 'b', label: '', twoWay: false }],
  };
}

/** A changed copy: src/model stays free of immer, so its tests edit clones. */
function produce(base: Blueprint, recipe: (d: Blueprint) => void): Blueprint {
  const copy = structuredClone(base);
  recipe(copy);
  return copy;
}

function isValid(d: Blueprint): boolean {
  const shaped = checkShape(JSON.parse(JSON.stringify(d)));
  return shaped.ok && validateReferences(shaped.value).length === 0;
}

describe('comment edits', () => {
  it('adds comments on a step, a flow and a spot, each a valid document', () => {
    let ids: string[] = [];
    const after = produce(doc(), (d) => {
      ids = [
        addComment(
          d,
          { on: 'step', target: 'a' },
          { author: ' Ms Li ', text: ' Wait? ', createdAt: AT },
        ),
        addComment(d, { on: 'flow', target: 'ab' }, { author: '', text: '连线', createdAt: AT }),
        addComment(
          d,
          { on: 'canvas', x: 12, y: -4 },
          { author: 'Bo', text: 'Here', createdAt: AT },
        ),
      ];
    });
    expect(ids.every((id) => id.startsWith('comment-'))).toBe(true);
    expect(new Set(ids).size).toBe(3);
    expect(after.comments[0]).toEqual({
      id: ids[0],
      on: 'step',
      target: 'a',
      author: 'Ms Li',
      text: 'Wait?',
      createdAt: AT,
      resolved: false,
    });
    expect(after.comments[2]).toMatchObject({ on: 'canvas', x: 12, y: -4 });
    expect(isValid(after)).toBe(true);
    expect(commentsOn(after, 'step', 'a').map((c) => c.text)).toEqual(['Wait?']);
  });

  it('refuses empty text and anchors that are not there', () => {
    const before = doc();
    const after = produce(before, (d) => {
      expect(
        addComment(d, { on: 'step', target: 'a' }, { author: '', text: '  ', createdAt: AT }),
      ).toBe('');
      expect(
        addComment(d, { on: 'step', target: 'zz' }, { author: '', text: 'x', createdAt: AT }),
      ).toBe('');
      expect(
        addComment(d, { on: 'flow', target: 'a' }, { author: '', text: 'x', createdAt: AT }),
      ).toBe('');
      expect(
        addComment(d, { on: 'canvas', x: NaN, y: 0 }, { author: '', text: 'x', createdAt: AT }),
      ).toBe('');
    });
    expect(after).toEqual(before);
  });

  it('edits, resolves, reopens, moves and deletes', () => {
    let id = '';
    let pin = '';
    const start = produce(doc(), (d) => {
      id = addComment(d, { on: 'step', target: 'a' }, { author: 'A', text: 'One', createdAt: AT });
      pin = addComment(
        d,
        { on: 'canvas', x: 0, y: 0 },
        { author: 'A', text: 'Pin', createdAt: AT },
      );
    });
    const edited = produce(start, (d) => editComment(d, id, ' Two '));
    expect(edited.comments[0]!.text).toBe('Two');
    expect(produce(edited, (d) => editComment(d, id, '   '))).toEqual(edited);
    const resolved = produce(edited, (d) => setCommentResolved(d, id, true));
    expect(resolved.comments[0]!.resolved).toBe(true);
    expect(openCommentCounts(resolved).get('a')).toBeUndefined();
    expect(openCommentCounts(edited).get('a')).toBe(1);
    const moved = produce(resolved, (d) => moveComment(d, pin, 30, 40));
    expect(moved.comments[1]).toMatchObject({ x: 30, y: 40 });
    expect(produce(moved, (d) => moveComment(d, id, 1, 1))).toEqual(moved);
    const gone = produce(moved, (d) => deleteComment(d, id));
    expect(gone.comments.map((c) => c.id)).toEqual([pin]);
  });

  it('goes with its step or flow when that is deleted, and stays valid', () => {
    const withComments = produce(doc(), (d) => {
      addComment(d, { on: 'step', target: 'a' }, { author: '', text: 'on a', createdAt: AT });
      addComment(d, { on: 'flow', target: 'ab' }, { author: '', text: 'on ab', createdAt: AT });
      addComment(d, { on: 'step', target: 'b' }, { author: '', text: 'on b', createdAt: AT });
      addComment(d, { on: 'canvas', x: 0, y: 0 }, { author: '', text: 'pin', createdAt: AT });
    });
    const noA = produce(withComments, (d) => deleteSteps(d, ['a']));
    expect(noA.comments.map((c) => c.text)).toEqual(['on b', 'pin']);
    expect(isValid(noA)).toBe(true);
    const noFlow = produce(withComments, (d) => deleteFlows(d, ['ab']));
    expect(noFlow.comments.map((c) => c.text)).toEqual(['on a', 'on b', 'pin']);
    const noLane = produce(withComments, (d) => removeLane(d, 'onstage'));
    expect(noLane.comments.map((c) => c.text)).toEqual(['on a', 'pin']);
    expect(isValid(noLane)).toBe(true);
  });
});

describe('withoutComments', () => {
  it('leaves the comments out of the document and of every stored version', () => {
    const doc = newBlueprint('Café');
    const comment = {
      id: 'k',
      on: 'canvas' as const,
      x: 0,
      y: 0,
      author: '',
      text: 'Hi',
      createdAt: '2026-12-07T09:00:00Z',
      resolved: false,
    };
    doc.comments = [comment];
    makeToBe(doc, {
      firstName: 'As-is',
      firstKind: 'as-is',
      name: 'To-be',
      kind: 'to-be',
      createdAt: '2026-12-07T09:00:00Z',
    });
    doc.comments = [{ ...comment, id: 'k2' }];
    expect(doc.versions[0]!.content!.comments).toHaveLength(1);
    const bare = withoutComments(doc);
    expect(bare.comments).toEqual([]);
    expect(bare.versions[0]!.content!.comments).toEqual([]);
    expect(doc.comments).toHaveLength(1);
  });
});
