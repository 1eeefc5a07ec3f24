import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { syncOrder } from './syncOrder';

/** Runs syncOrder on a Y.Array holding `current`; returns the result and the items it touched. */
function sync(current: string[], base: string[], target: string[]) {
  const ydoc = new Y.Doc();
  const array = ydoc.getArray<unknown>('order');
  array.insert(0, current);
  let deleted = 0;
  let inserted = 0;
  array.observe((event) => {
    for (const part of event.changes.delta) {
      deleted += part.delete ?? 0;
      inserted += Array.isArray(part.insert) ? part.insert.length : 0;
    }
  });
  ydoc.transact(() => syncOrder(array, base, target));
  return { result: array.toArray(), deleted, inserted };
}

describe('syncOrder', () => {
  it.each([
    ['nothing changed', 'abcde', 'abcde', 'abcde', 'abcde', 0, 0],
    ['one moved to the front', 'abcde', 'abcde', 'eabcd', 'eabcd', 1, 1],
    ['one moved to the end', 'abcde', 'abcde', 'bcdea', 'bcdea', 1, 1],
    ['two swapped', 'abcde', 'abcde', 'abdce', 'abdce', 1, 1],
    ['one added in the middle', 'abc', 'abc', 'abxc', 'abxc', 0, 1],
    ['one deleted', 'abc', 'abc', 'ac', 'ac', 1, 0],
    ['everything new', '', '', 'abc', 'abc', 0, 3],
    ['reversed', 'abcd', 'abcd', 'dcba', 'dcba', 3, 3],
    // The array holds an id someone else added and this client has not read: it stays.
    ['an unread addition kept', 'abzc', 'abc', 'cab', 'cabz', 1, 1],
    // Someone else deleted b meanwhile: a goes after the nearest id before it that is still there.
    ['an unread deletion respected', 'acd', 'abcd', 'bcad', 'cad', 1, 1],
    // Two concurrent moves left c twice; moving it again leaves it once.
    ['a repeat from concurrent moves cleaned', 'cabc', 'abc', 'acb', 'acb', 2, 1],
  ])('%s', (_, current, base, target, expected, deletes, inserts) => {
    const { result, deleted, inserted } = sync([...current], [...base], [...target]);
    expect(result.join('')).toBe(expected);
    expect([deleted, inserted]).toEqual([deletes, inserts]);
  });

  it('repeats in the base (a full write over concurrent moves) leave each id once', () => {
    const { result } = sync([...'abca'], [...'abca'], [...'abc']);
    expect(result.join('')).toBe('abc');
  });
});
