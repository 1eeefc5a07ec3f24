import type { Step } from '../model';

/**
 * Telling what changed between two builds of the canvas's lists, so an edit of a few steps in
 * a 10,000-step blueprint redoes a few nodes, not all of them.
 */

/** Past this many changes a full rebuild is as quick as picking them out. */
const MAX_CHANGED = 200;

/**
 * The steps of `after` that are new objects, when `after` holds the same ids in the same order
 * as `before`; undefined when it does not, or when so many changed that a full rebuild is as quick.
 */
export function changedSteps(before: readonly Step[], after: readonly Step[]): Step[] | undefined {
  if (before.length !== after.length) return undefined;
  const changed: Step[] = [];
  for (let i = 0; i < after.length; i++) {
    const step = after[i]!;
    if (step === before[i]) continue;
    if (step.id !== before[i]!.id || changed.length >= MAX_CHANGED) return undefined;
    changed.push(step);
  }
  return changed;
}

/**
 * The ids selected in one set and not the other, or undefined when so many changed that a
 * full rebuild is as quick (select all, say).
 */
export function selectionChanges(
  before: ReadonlySet<string>,
  after: ReadonlySet<string>,
): string[] | undefined {
  if (before === after) return [];
  if (before.size + after.size > 2 * MAX_CHANGED) return undefined;
  const changes: string[] = [];
  for (const id of before) if (!after.has(id)) changes.push(id);
  for (const id of after) if (!before.has(id)) changes.push(id);
  return changes;
}

/** `list` with the items at some places replaced; copied only when an item really changed. */
export function replacedAt<T>(list: T[], items: ReadonlyMap<number, T>): T[] {
  let result = list;
  for (const [index, item] of items) {
    if (result[index] === item) continue;
    if (result === list) result = [...list];
    result[index] = item;
  }
  return result;
}
