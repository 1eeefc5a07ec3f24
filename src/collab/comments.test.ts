import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { ops, type Blueprint } from '../model';
import { writeBlueprint } from './writeBlueprint';
import { tinyBlueprint } from './testing/blueprints';
import { editConcurrently } from './testing/concurrent';
import { readOk } from './testing/rooms';

const AT = '2026-12-06T09:30:00.000Z';
const local = { view: { x: 0, y: 0, zoom: 1 }, guideStep: 1 as const };

function withComment(): Blueprint {
  const doc = tinyBlueprint();
  return {
    ...doc,
    comments: [
      {
        id: 'k1',
        on: 'step',
        target: 'b',
        author: 'Li',
        text: 'Wait?',
        createdAt: AT,
        resolved: false,
      },
      {
        id: 'k2',
        on: 'canvas',
        x: 10,
        y: 20,
        author: 'Bo',
        text: '这里',
        createdAt: AT,
        resolved: false,
      },
    ],
  };
}

describe('comments in a live room', () => {
  it('travel through the room and come back equal', () => {
    const doc = withComment();
    const ydoc = new Y.Doc();
    writeBlueprint(ydoc, doc, null);
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(ydoc));
    expect(readOk(other, local).value.comments).toEqual(doc.comments);
  });

  it('keeps one person resolving and another editing the same comment', () => {
    const { reads } = editConcurrently(withComment(), [
      (d) => ops.setCommentResolved(d, 'k1', true),
      (d) => ops.editComment(d, 'k1', 'Is there a wait?'),
      (d) => {
        ops.addComment(
          d,
          { on: 'flow', target: 'ab' },
          { author: 'Wu', text: 'Arrow?', createdAt: AT },
        );
      },
    ]);
    for (const read of reads) {
      expect(read.value.comments.find((c) => c.id === 'k1')).toMatchObject({
        text: 'Is there a wait?',
        resolved: true,
      });
      expect(read.value.comments.map((c) => c.text)).toContain('Arrow?');
      expect(read.value).toEqual(reads[0]!.value);
    }
  });

  it('drops, the same way everywhere, a comment on a step someone else deleted meanwhile', () => {
    const { reads } = editConcurrently(withComment(), [
      (d) => ops.deleteSteps(d, ['b']),
      (d) => {
        ops.addComment(
          d,
          { on: 'step', target: 'b' },
          { author: 'Wu', text: 'Late', createdAt: AT },
        );
      },
    ]);
    for (const read of reads) {
      expect(read.value.comments.map((c) => c.id)).toEqual(['k2']);
      expect(read.repairs.some((r) => r.startsWith('dropped comment'))).toBe(true);
      expect(read.value).toEqual(reads[0]!.value);
    }
  });
});
