import * as Y from 'yjs';
import type { RecordKinds } from './layout';
import { isPlainObject, sameJson, type PlainObject } from './plainValues';
import { syncOrder } from './syncOrder';

const PLAIN: RecordKinds = { maps: [], lists: [] };

/**
 * Writes the fields of one record (a lane, a step, the meta…) into its Y.Map, one key per field,
 * so that concurrent edits of different fields both stay.
 *
 * With `previous` (what this client last read), only the fields that changed since are written:
 * a field someone else changed meanwhile is left to them. Without it, the map is made to equal
 * `next`: fields it lacks are deleted. A value equal to the one the map holds is not set again.
 * The record's `id` is the map's key in its collection and is not stored.
 */
export function writeFields(
  map: Y.Map<unknown>,
  next: PlainObject,
  previous: PlainObject | undefined,
  kinds: RecordKinds = PLAIN,
): void {
  const keys = new Set(Object.keys(next));
  for (const key of previous ? Object.keys(previous) : map.keys()) keys.add(key);
  keys.delete('id');
  for (const key of keys) {
    const value = next[key];
    const before = previous?.[key];
    if (previous && value === before) continue;
    if (value === undefined) {
      if (map.has(key)) map.delete(key);
    } else if (kinds.maps.includes(key) && isPlainObject(value)) {
      writeNestedMap(map, key, value, previous && (isPlainObject(before) ? before : null));
    } else if (kinds.lists.includes(key) && isStringList(value)) {
      writeIdList(map, key, value, previous && (isStringList(before) ? before : null));
    } else if (!sameJson(map.get(key), value)) {
      map.set(key, value);
    }
  }
}

/**
 * `previous` is undefined for a full write, null when this client saw no such object before
 * (it is new here), or the object it saw.
 */
function writeNestedMap(
  parent: Y.Map<unknown>,
  key: string,
  next: PlainObject,
  previous: PlainObject | null | undefined,
): void {
  const existing = parent.get(key);
  if (existing instanceof Y.Map) {
    writeFields(existing as Y.Map<unknown>, next, previous ?? undefined);
    return;
  }
  // Someone else removed it after this client last read: the removal stands, as it would had
  // the two edits crossed in the network.
  if (existing === undefined && previous) return;
  writeFields(parent.set(key, new Y.Map<unknown>()), next, undefined);
}

function writeIdList(
  parent: Y.Map<unknown>,
  key: string,
  next: readonly string[],
  previous: readonly string[] | null | undefined,
): void {
  const existing = parent.get(key);
  if (existing instanceof Y.Array) {
    const array = existing as Y.Array<unknown>;
    syncOrder(array, previous ?? array.toArray().filter(isString), next);
    return;
  }
  if (existing === undefined && previous) return;
  parent.set(key, Y.Array.from([...next]));
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every(isString);
}
