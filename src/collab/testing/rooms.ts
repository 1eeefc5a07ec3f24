import * as Y from 'yjs';
import type { Blueprint } from '../../model';
import { readBlueprint, type LocalState } from '../readBlueprint';
import { writeBlueprint } from '../writeBlueprint';

export const LOCAL_EDIT = 'local edit';
export const REMOTE = 'remote';

export function localOf(doc: Blueprint): LocalState {
  return { view: doc.view, guideStep: doc.guide.step };
}

/** A Y.Doc with a fixed client id (so a failing case replays), seeded with `doc` when given. */
export function roomDoc(clientID: number, doc?: Blueprint): Y.Doc {
  const ydoc = new Y.Doc();
  ydoc.clientID = clientID;
  if (doc) writeBlueprint(ydoc, doc, null, LOCAL_EDIT);
  return ydoc;
}

/** `count` clients that all start from the same seeded room. */
export function clientsOf(doc: Blueprint, count: number): Y.Doc[] {
  const seed = Y.encodeStateAsUpdate(roomDoc(1000, doc));
  return Array.from({ length: count }, (_, i) => {
    const ydoc = roomDoc(i + 1);
    Y.applyUpdate(ydoc, seed, REMOTE);
    return ydoc;
  });
}

/** Brings every doc up to date with every other, as a relay eventually does. */
export function syncAll(docs: readonly Y.Doc[]): void {
  for (const from of docs) {
    const update = Y.encodeStateAsUpdate(from);
    for (const to of docs) if (to !== from) Y.applyUpdate(to, update, REMOTE);
  }
}

/** The room read for a person, failing the test loudly when it does not read. */
export function readOk(ydoc: Y.Doc, local: LocalState, previous?: Blueprint | null) {
  const result = readBlueprint(ydoc, local, previous);
  if (!result.ok) {
    const detail = result.errors.map((e) => `${e.path}: ${e.message}`).join('; ');
    throw new Error(`room did not read: ${detail}`);
  }
  return result;
}
