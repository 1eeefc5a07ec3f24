import { definedKeys, isPlainObject } from './plainValues';

/**
 * `next` with every part that equals the matching part of `previous` replaced by that part, so
 * unchanged steps, lanes and lists stay the same objects and React's memoisation holds. Items of
 * lists of records are matched by id (a deleted first step must not make every later one look
 * new); other lists by position.
 */
export function shareStructure<T>(next: T, previous: unknown): T {
  return share(next, previous) as T;
}

function share(next: unknown, previous: unknown): unknown {
  if (next === previous) return next;
  if (Array.isArray(next)) return Array.isArray(previous) ? shareList(next, previous) : next;
  if (isPlainObject(next)) {
    if (!isPlainObject(previous)) return next;
    const keys = definedKeys(next);
    let same = keys.length === definedKeys(previous).length;
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const value = share(next[key], previous[key]);
      if (value !== previous[key]) same = false;
      out[key] = value;
    }
    return same ? previous : out;
  }
  return next;
}

function idOf(value: unknown): string | undefined {
  return isPlainObject(value) && typeof value.id === 'string' ? value.id : undefined;
}

function shareList(next: unknown[], previous: unknown[]): unknown[] {
  const byId = new Map<string, unknown>();
  for (const item of previous) {
    const id = idOf(item);
    if (id !== undefined && !byId.has(id)) byId.set(id, item);
  }
  const out = next.map((item, i) => {
    const id = idOf(item);
    return share(item, id === undefined ? previous[i] : byId.get(id));
  });
  const same = out.length === previous.length && out.every((item, i) => item === previous[i]);
  return same ? previous : out;
}
