import * as Y from 'yjs';

/**
 * Where the blueprint lives in a room's Y.Doc. Everything hangs off one root map, so a
 * Y.UndoManager or observeDeep on it sees every shared edit:
 *
 *   blueprint: Y.Map
 *     format, version, title        plain values
 *     meta, economics               Y.Map<field, value>
 *     guideDone                     Y.Map<"1".."6", true>  (the shared guide.done marks)
 *     extras                        Y.Map<field, value>    (top-level fields this version does not know)
 *     lanes, steps, flows,
 *     improvements, comments,
 *     personas, versions            Y.Map<id, Y.Map<field, value>>  (the record's id is its key)
 *     laneOrder, stepOrder,
 *     flowOrder, improvementOrder,
 *     commentOrder, personaOrder,
 *     versionOrder                  Y.Array<id>
 *
 * Inside a step, `failPoint`, `wait` and `feeling` are nested Y.Maps; inside an improvement, `addresses`
 * is a Y.Array<stepId>. A stored version's `content` (the drawing not being edited) is one plain
 * value: nobody edits it until it is switched to, and then it moves out into the records. `view` and `guide.step` are per person and never enter the Y.Doc.
 */
export const ROOT_NAME = 'blueprint';

export const SCALAR_KEYS = ['format', 'version', 'title'] as const;
export const FIELD_MAP_KEYS = ['meta', 'economics'] as const;
export const GUIDE_DONE_KEY = 'guideDone';
export const EXTRAS_KEY = 'extras';

/** How the fields of one record are held: which are nested maps, which are id lists. */
export interface RecordKinds {
  /** Object fields held as a nested Y.Map, so different fields of them merge. */
  maps: readonly string[];
  /** String-list fields held as a Y.Array with set meaning (a repeated id counts once). */
  lists: readonly string[];
}

export interface CollectionLayout {
  name: 'lanes' | 'steps' | 'flows' | 'improvements' | 'comments' | 'personas' | 'versions';
  orderKey: string;
  /** The record's name in repair messages. */
  noun: string;
  kinds: RecordKinds;
}

const plain: RecordKinds = { maps: [], lists: [] };

export const LANES: CollectionLayout = {
  name: 'lanes',
  orderKey: 'laneOrder',
  noun: 'lane',
  kinds: plain,
};
export const STEPS: CollectionLayout = {
  name: 'steps',
  orderKey: 'stepOrder',
  noun: 'step',
  kinds: { maps: ['failPoint', 'wait', 'feeling'], lists: [] },
};
export const FLOWS: CollectionLayout = {
  name: 'flows',
  orderKey: 'flowOrder',
  noun: 'flow',
  kinds: plain,
};
export const IMPROVEMENTS: CollectionLayout = {
  name: 'improvements',
  orderKey: 'improvementOrder',
  noun: 'improvement',
  // Addresses as a Y.Array rather than one plain array value: two people ticking different
  // steps for one improvement both keep their tick, and the order people chose survives.
  // A step ticked by two people at once appears twice and is read once.
  kinds: { maps: [], lists: ['addresses'] },
};

/** A comment's fields are plain: one person resolving while another edits the text both count. */
export const COMMENTS: CollectionLayout = {
  name: 'comments',
  orderKey: 'commentOrder',
  noun: 'comment',
  kinds: plain,
};

export const PERSONAS: CollectionLayout = {
  name: 'personas',
  orderKey: 'personaOrder',
  noun: 'persona',
  kinds: plain,
};

export const VERSIONS: CollectionLayout = {
  name: 'versions',
  orderKey: 'versionOrder',
  noun: 'version',
  kinds: plain,
};

export const COLLECTIONS: readonly CollectionLayout[] = [
  LANES,
  STEPS,
  FLOWS,
  IMPROVEMENTS,
  COMMENTS,
  PERSONAS,
  VERSIONS,
];

/** Top-level Blueprint fields with a place of their own; any other goes to `extras`. */
export const KNOWN_FIELDS: ReadonlySet<string> = new Set([
  ...SCALAR_KEYS,
  ...FIELD_MAP_KEYS,
  ...COLLECTIONS.map((c) => c.name),
  'view',
  'guide',
]);

export function rootOf(ydoc: Y.Doc): Y.Map<unknown> {
  return ydoc.getMap<unknown>(ROOT_NAME);
}

export function mapAt(parent: Y.Map<unknown>, key: string): Y.Map<unknown> | undefined {
  const value = parent.get(key);
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : undefined;
}

export function arrayAt(parent: Y.Map<unknown>, key: string): Y.Array<unknown> | undefined {
  const value = parent.get(key);
  return value instanceof Y.Array ? (value as Y.Array<unknown>) : undefined;
}
