import type * as Y from 'yjs';
import {
  loadBlueprint,
  type Blueprint,
  type GuideStep,
  type ValidationError,
  type View,
} from '../model';
import {
  COLLECTIONS,
  EXTRAS_KEY,
  FIELD_MAP_KEYS,
  GUIDE_DONE_KEY,
  KNOWN_FIELDS,
  mapAt,
  rootOf,
  SCALAR_KEYS,
} from './layout';
import { fillWhileSettling, isSettling } from './fillWhileSettling';
import type { PlainObject } from './plainValues';
import { plainOf, readCollection, readFields } from './readRecords';
import { repairReferences } from './repairReferences';
import { shareStructure } from './shareStructure';

export type RoomRead =
  { ok: true; value: Blueprint; repairs: string[] } | { ok: false; errors: ValidationError[] };

/** What is this person's own and not shared: where they look, and the guide step they are on. */
export interface LocalState {
  view: View;
  guideStep: GuideStep;
}

/**
 * The room's document as a Blueprint for this person. States that concurrent edits produce
 * (a flow to a deleted step, a lane moved by two people at once…) are mended the same way on
 * every client and listed in `repairs`; anything else wrong (a client that wrote nonsense) is
 * reported with the validator's messages. Parts equal to `previous` are `previous`'s own
 * objects. Never throws.
 */
export function readBlueprint(
  ydoc: Y.Doc,
  local: LocalState,
  previous?: Blueprint | null,
): RoomRead {
  try {
    const repairs: string[] = [];
    const raw = readRaw(rootOf(ydoc), local, repairs);
    if (isSettling(ydoc)) fillWhileSettling(raw, previous);
    repairReferences(raw, repairs);
    const loaded = loadBlueprint(raw);
    if (!loaded.ok) return loaded;
    return { ok: true, value: shareStructure(loaded.value, previous), repairs };
  } catch (error) {
    // Only hostile content gets here (shared types nested deeper than the stack allows).
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: '', message: `the room cannot be read (${detail})` }] };
  }
}

function readRaw(root: Y.Map<unknown>, local: LocalState, repairs: string[]): PlainObject {
  const raw: PlainObject = {};
  const extras = mapAt(root, EXTRAS_KEY);
  if (extras) {
    for (const [key, value] of Object.entries(readFields(extras))) {
      if (!KNOWN_FIELDS.has(key)) raw[key] = value;
    }
  }
  for (const key of SCALAR_KEYS) raw[key] = plainOf(root.get(key));
  for (const key of FIELD_MAP_KEYS) {
    const map = mapAt(root, key);
    raw[key] = map ? readFields(map) : plainOf(root.get(key));
  }
  raw.view = local.view;
  raw.guide = { step: local.guideStep, done: readGuideDone(root) };
  for (const layout of COLLECTIONS) raw[layout.name] = readCollection(root, layout, repairs);
  return raw;
}

function readGuideDone(root: Y.Map<unknown>): unknown {
  const map = mapAt(root, GUIDE_DONE_KEY);
  if (!map) return plainOf(root.get(GUIDE_DONE_KEY));
  return [...map.entries()]
    .filter(([, done]) => done === true)
    .map(([key]) => Number(key))
    .sort((a, b) => a - b);
}
