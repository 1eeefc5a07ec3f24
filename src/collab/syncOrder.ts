import type * as Y from 'yjs';

/**
 * Changes an id list in the Y.Doc from `base` (the order this client last saw) to `target` with
 * as few deletes and inserts as it can: ids that left are deleted, new ids inserted, and of the
 * ids in both only those off the longest run already in order are moved (deleted and
 * re-inserted). Moving one lane touches that lane's id alone, so a concurrent move or insert
 * elsewhere in the list survives.
 *
 * The edits are made on what the Y.Array holds now, which may differ from `base` (edits from
 * others not read yet, repeats from concurrent moves): an id is deleted wherever it appears, and
 * inserted just after the nearest id before it in `target` that the array holds.
 */
export function syncOrder(
  array: Y.Array<unknown>,
  base: readonly string[],
  target: readonly string[],
): void {
  const baseIndex = new Map<string, number>();
  const repeated = new Set<string>();
  base.forEach((id, i) => {
    if (baseIndex.has(id)) repeated.add(id);
    else baseIndex.set(id, i);
  });
  const targetIds = new Set(target);
  // An id the array holds twice is moved, which leaves it once.
  const candidates = target.filter((id) => baseIndex.has(id) && !repeated.has(id));
  const staying = inOrderRun(candidates, baseIndex);
  const toInsert = new Set(target.filter((id) => !staying.has(id)));
  const toDelete = new Set([...base.filter((id) => !targetIds.has(id)), ...toInsert]);

  const current = array.toArray();
  deleteWhere(array, current, (value) => typeof value === 'string' && toDelete.has(value));
  insertMissing(array, current, target, toInsert);
}

/** The ids of the longest run of `ids` whose places in the base order increase. */
function inOrderRun(ids: readonly string[], baseIndex: ReadonlyMap<string, number>): Set<string> {
  // Patience sorting: tails[k] is the index in `ids` of the smallest possible end of a run of
  // length k + 1; before[i] links each id to the one ahead of it in its run.
  const tails: number[] = [];
  const before: number[] = [];
  const place = (i: number) => baseIndex.get(ids[i]!)!;
  ids.forEach((_, i) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (place(tails[mid]!) < place(i)) low = mid + 1;
      else high = mid;
    }
    before[i] = low > 0 ? tails[low - 1]! : -1;
    tails[low] = i;
  });
  const run = new Set<string>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = before[i]!) {
    run.add(ids[i]!);
  }
  return run;
}

/** Deletes the matching entries, a stretch of neighbours at a time, from `current` too. */
function deleteWhere(
  array: Y.Array<unknown>,
  current: unknown[],
  matches: (value: unknown) => boolean,
): void {
  for (let end = current.length - 1; end >= 0; end--) {
    if (!matches(current[end])) continue;
    let start = end;
    while (start > 0 && matches(current[start - 1])) start--;
    array.delete(start, end - start + 1);
    current.splice(start, end - start + 1);
    end = start;
  }
}

function insertMissing(
  array: Y.Array<unknown>,
  current: unknown[],
  target: readonly string[],
  toInsert: ReadonlySet<string>,
): void {
  for (let i = 0; i < target.length; i++) {
    if (!toInsert.has(target[i]!)) continue;
    const run: string[] = [];
    for (let j = i; j < target.length && toInsert.has(target[j]!); j++) run.push(target[j]!);
    let at = 0;
    for (let k = i - 1; k >= 0; k--) {
      const found = current.indexOf(target[k]);
      if (found >= 0) {
        at = found + 1;
        break;
      }
    }
    array.insert(at, run);
    current.splice(at, 0, ...run);
    i += run.length - 1;
  }
}
