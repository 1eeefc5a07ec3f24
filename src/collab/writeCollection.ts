import * as Y from 'yjs';
import { arrayAt, mapAt, type CollectionLayout } from './layout';
import type { PlainObject } from './plainValues';
import { syncOrder } from './syncOrder';
import { writeFields } from './writeFields';

interface Identified {
  readonly id: string;
}

/**
 * Writes one list of records (lanes, steps, flows or improvements): its records map and its
 * order. With `previous`, records that are the same object are skipped without a look, so one
 * changed step of three hundred costs one step's work. Without it, the Y.Doc is made to hold
 * exactly `next`.
 */
export function writeCollection(
  root: Y.Map<unknown>,
  layout: CollectionLayout,
  next: readonly Identified[],
  previous: readonly Identified[] | undefined,
): void {
  if (next === previous) return;
  let records = mapAt(root, layout.name);
  let order = arrayAt(root, layout.orderKey);
  if (!records) {
    records = root.set(layout.name, new Y.Map<unknown>());
    previous = undefined;
  }
  const orderWasMissing = !order;
  if (!order) order = root.set(layout.orderKey, new Y.Array<unknown>());

  const before = previous && new Map(previous.map((record) => [record.id, record]));
  const kept = new Set<string>();
  for (const record of next) {
    kept.add(record.id);
    const seen = before?.get(record.id);
    if (seen === record) continue;
    const existing = records.get(record.id);
    if (existing instanceof Y.Map) {
      writeFields(existing as Y.Map<unknown>, asPlain(record), seen && asPlain(seen), layout.kinds);
    } else if (existing !== undefined || !seen) {
      const map = records.set(record.id, new Y.Map<unknown>());
      writeFields(map, asPlain(record), undefined, layout.kinds);
    }
    // else: someone else deleted the record after this client last read it. The deletion
    // stands, as it would had the two edits crossed in the network.
  }
  const gone = previous ? previous.map((record) => record.id) : [...records.keys()];
  for (const id of gone) if (!kept.has(id) && records.has(id)) records.delete(id);

  const targetIds = next.map((record) => record.id);
  const baseIds =
    previous && !orderWasMissing
      ? previous.map((record) => record.id)
      : order.toArray().filter((id): id is string => typeof id === 'string');
  if (!sameList(baseIds, targetIds)) syncOrder(order, baseIds, targetIds);
}

function asPlain(record: Identified): PlainObject {
  return record as unknown as PlainObject;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
