import * as Y from 'yjs';
import type { Blueprint, GuideStep } from '../model';
import {
  COLLECTIONS,
  EXTRAS_KEY,
  FIELD_MAP_KEYS,
  GUIDE_DONE_KEY,
  KNOWN_FIELDS,
  LANES,
  mapAt,
  rootOf,
  SCALAR_KEYS,
} from './layout';
import type { PlainObject } from './plainValues';
import { writeCollection } from './writeCollection';
import { writeFields } from './writeFields';

/**
 * Writes what changed from `previous` (the document this client last read or wrote) to `next`
 * into the room, in one transaction with `origin`. Parts that are the same object in both
 * (immer's structural sharing) are not looked into. With `previous` null everything is written
 * and the room is made to hold exactly `next` (seeding an empty room). The viewport and the
 * guide step are this person's own and are never written.
 */
export function writeBlueprint(
  ydoc: Y.Doc,
  next: Blueprint,
  previous: Blueprint | null,
  origin?: unknown,
): void {
  if (next === previous) return;
  ydoc.transact(() => writeDocument(rootOf(ydoc), next, previous ?? undefined), origin);
}

function writeDocument(root: Y.Map<unknown>, next: Blueprint, previous: Blueprint | undefined) {
  for (const key of SCALAR_KEYS) {
    if (previous && next[key] === previous[key]) continue;
    if (root.get(key) !== next[key]) root.set(key, next[key]);
  }
  for (const key of FIELD_MAP_KEYS) writeFieldMap(root, key, next[key], previous?.[key]);
  writeGuideDone(root, next.guide.done, previous?.guide.done);
  writeExtras(root, next, previous);
  restoreLanesIfNone(root, next);
  for (const layout of COLLECTIONS) {
    writeCollection(root, layout, next[layout.name], previous?.[layout.name]);
  }
}

function writeFieldMap(
  root: Y.Map<unknown>,
  key: string,
  next: object,
  previous: object | undefined,
): void {
  if (next === previous) return;
  const map = mapAt(root, key);
  if (map) writeFields(map, next as PlainObject, previous as PlainObject | undefined);
  else writeFields(root.set(key, new Y.Map<unknown>()), next as PlainObject, undefined);
}

/** The done marks as a set keyed by step number: two people ticking different steps both count. */
function writeGuideDone(
  root: Y.Map<unknown>,
  next: readonly GuideStep[],
  previous: readonly GuideStep[] | undefined,
): void {
  if (next === previous) return;
  let map = mapAt(root, GUIDE_DONE_KEY);
  if (!map) {
    map = root.set(GUIDE_DONE_KEY, new Y.Map<unknown>());
    previous = undefined;
  }
  const wanted = new Set(next.map(String));
  const had = previous ? previous.map(String) : [...map.keys()];
  for (const key of had) if (!wanted.has(key) && map.has(key)) map.delete(key);
  const added = previous ? [...wanted].filter((key) => !had.includes(key)) : [...wanted];
  for (const key of added) if (map.get(key) !== true) map.set(key, true);
}

/** Top-level fields this version does not know, kept as the file format keeps them. */
function writeExtras(root: Y.Map<unknown>, next: Blueprint, previous: Blueprint | undefined) {
  const nextExtras = extrasOf(next);
  const previousExtras = previous && extrasOf(previous);
  const map = mapAt(root, EXTRAS_KEY);
  if (map) writeFields(map, nextExtras, previousExtras);
  else if (Object.keys(nextExtras).length) {
    writeFields(root.set(EXTRAS_KEY, new Y.Map<unknown>()), nextExtras, undefined);
  }
}

function extrasOf(doc: Blueprint): PlainObject {
  const extras: PlainObject = {};
  for (const [key, value] of Object.entries(doc)) {
    if (!KNOWN_FIELDS.has(key) && value !== undefined) extras[key] = value;
  }
  return extras;
}

/**
 * When concurrent deletes left the room without a lane, every reader shows a stand-in lane
 * (see repair.ts); the first client to write anything makes that lane real, so that steps put
 * in it do not vanish once someone adds another lane.
 */
function restoreLanesIfNone(root: Y.Map<unknown>, next: Blueprint): void {
  const records = mapAt(root, LANES.name);
  if (!records || records.size > 0 || next.lanes.length === 0) return;
  writeCollection(root, LANES, next.lanes, undefined);
}
