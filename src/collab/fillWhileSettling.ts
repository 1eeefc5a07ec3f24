import type * as Y from 'yjs';
import type { Blueprint } from '../model';
import { isPlainObject, type PlainObject } from './plainValues';

/**
 * Updates can reach a client out of order (a dropped message re-sent later). Yjs then applies
 * an update's deletions at once but holds its new values back until the updates they build on
 * arrive, so for a while a changed field has neither its old value nor its new one. A field
 * every record must have is then taken from what this client showed before, or, when it showed
 * no such record yet, the record waits for a later read. Only while updates are held back:
 * otherwise a missing field is real damage and goes to the validator.
 */
export function isSettling(ydoc: Y.Doc): boolean {
  return ydoc.store.pendingStructs !== null || ydoc.store.pendingDs !== null;
}

const REQUIRED: Record<'lanes' | 'steps' | 'flows', readonly string[]> = {
  lanes: ['kind', 'label', 'height'],
  steps: ['lane', 'x', 'label'],
  flows: ['from', 'to'],
};
const REQUIRED_IN_STEP: Record<'failPoint' | 'wait', readonly string[]> = {
  failPoint: ['probability', 'costPerFailure'],
  wait: ['expectedMin', 'toleranceMin'],
};

export function fillWhileSettling(raw: PlainObject, previous: Blueprint | null | undefined): void {
  if (raw.title === undefined && previous) raw.title = previous.title;
  for (const name of ['lanes', 'steps', 'flows'] as const) {
    const list = raw[name];
    if (!Array.isArray(list)) continue;
    const before = new Map<unknown, PlainObject>();
    for (const record of previous?.[name] ?? [])
      before.set(record.id, record as object as PlainObject);
    raw[name] = list.flatMap((record: unknown) => {
      if (!isPlainObject(record)) return [record];
      const seen = before.get(record.id);
      const filled = filledFrom(record, seen, REQUIRED[name]);
      if (!filled) return [];
      return [name === 'steps' ? withNestedFilled(filled, seen) : filled];
    });
  }
}

/** A fail point or wait that cannot be completed is left out of this read. */
function withNestedFilled(step: PlainObject, seen: PlainObject | undefined): PlainObject {
  let out = step;
  for (const key of ['failPoint', 'wait'] as const) {
    const nested = out[key];
    if (!isPlainObject(nested)) continue;
    const seenNested = seen?.[key];
    const required = REQUIRED_IN_STEP[key];
    const fixed = filledFrom(nested, isPlainObject(seenNested) ? seenNested : undefined, required);
    if (fixed === nested) continue;
    out = Object.fromEntries(Object.entries(out).filter(([field]) => field !== key));
    if (fixed) out[key] = fixed;
  }
  return out;
}

/** `record` itself when complete, completed from `seen`, or undefined when it cannot be. */
function filledFrom(
  record: PlainObject,
  seen: PlainObject | undefined,
  required: readonly string[],
): PlainObject | undefined {
  const missing = required.filter((key) => record[key] === undefined);
  if (!missing.length) return record;
  if (!seen || missing.some((key) => seen[key] === undefined)) return undefined;
  const filled = { ...record };
  for (const key of missing) filled[key] = seen[key];
  return filled;
}
