import type * as Y from 'yjs';
import { mapAt, rootOf, STEPS } from './layout';
import { orderedIds } from './readRecords';

/** Nothing seeded yet: the room's first client writes its document with `previous` null. */
export function isRoomEmpty(ydoc: Y.Doc): boolean {
  return rootOf(ydoc).get('format') === undefined;
}

/** The room's step ids in the order readBlueprint gives the steps, before lane checks. */
export function roomStepIds(ydoc: Y.Doc): string[] {
  const root = rootOf(ydoc);
  const records = mapAt(root, STEPS.name);
  return records ? orderedIds(root, records, STEPS, []) : [];
}
