import * as Y from 'yjs';
import { arrayAt, type CollectionLayout, type RecordKinds } from './layout';
import type { PlainObject } from './plainValues';
import { isPlainObject } from './plainValues';
import { quoteId } from './quoteId';

/**
 * Reading Y content back into plain values, taking nothing on trust: whatever a client wrote is
 * turned into plain data for the validator to judge, and only the order is mended here.
 */

/** A Y value as plain data: shared types become their JSON, anything else is as stored. */
export function plainOf(value: unknown): unknown {
  return value instanceof Y.AbstractType ? (value.toJSON() as unknown) : value;
}

const PLAIN: RecordKinds = { maps: [], lists: [] };

/** A record's Y.Map as an object, keys sorted so every client builds the same one. */
export function readFields(map: Y.Map<unknown>, kinds: RecordKinds = PLAIN): PlainObject {
  const out: PlainObject = {};
  for (const key of [...map.keys()].sort()) {
    const value = map.get(key);
    if (kinds.maps.includes(key) && value instanceof Y.Map) {
      out[key] = readFields(value as Y.Map<unknown>);
    } else if (kinds.lists.includes(key) && value instanceof Y.Array) {
      out[key] = withoutRepeats((value as Y.Array<unknown>).toArray());
    } else {
      out[key] = plainOf(value);
    }
  }
  return out;
}

/** A list with set meaning: concurrent adds of one id leave it twice, and it counts once. */
function withoutRepeats(items: readonly unknown[]): unknown[] {
  const seen = new Set<unknown>();
  return items.filter((item) => {
    if (typeof item !== 'string') return true;
    if (seen.has(item)) return false;
    seen.add(item);
    return true;
  });
}

/**
 * The ids of a collection in order, mended the same way on every client whatever order the
 * updates came in: ids whose record is gone are skipped, an id listed twice (two people moved
 * it at once) keeps its first place, and records the order lacks follow at the end by id.
 */
export function orderedIds(
  root: Y.Map<unknown>,
  records: Y.Map<unknown>,
  layout: CollectionLayout,
  repairs: string[],
): string[] {
  const { noun } = layout;
  const order = arrayAt(root, layout.orderKey)?.toArray() ?? [];
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const id of order) {
    if (typeof id !== 'string') {
      repairs.push(`skipped an entry of the ${noun} order that is not an id`);
    } else if (seen.has(id)) {
      repairs.push(`${noun} ${quoteId(id)} was in the order twice: kept its first place`);
    } else if (!records.has(id)) {
      seen.add(id);
      repairs.push(`skipped ${noun} ${quoteId(id)} in the order: it was deleted`);
    } else {
      seen.add(id);
      ids.push(id);
    }
  }
  for (const id of [...records.keys()].filter((key) => !seen.has(key)).sort()) {
    repairs.push(`${noun} ${quoteId(id)} was missing from the order: put at the end`);
    ids.push(id);
  }
  return ids;
}

/**
 * A collection as a list of records, or (when the room holds something else in its place) that
 * thing as plain data, for the validator to report.
 */
export function readCollection(
  root: Y.Map<unknown>,
  layout: CollectionLayout,
  repairs: string[],
): unknown {
  const records = root.get(layout.name);
  if (!(records instanceof Y.Map)) return plainOf(records);
  const map = records as Y.Map<unknown>;
  return orderedIds(root, map, layout, repairs).map((id) => {
    const record = map.get(id);
    if (record instanceof Y.Map)
      return { ...readFields(record as Y.Map<unknown>, layout.kinds), id };
    if (isPlainObject(record)) return { ...record, id };
    return plainOf(record);
  });
}
