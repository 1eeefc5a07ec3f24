import type * as Y from 'yjs';
import type { Blueprint } from '../../model';
import type { RoomRead } from '../readBlueprint';
import { writeBlueprint } from '../writeBlueprint';
import { edited } from './edited';
import { clientsOf, LOCAL_EDIT, localOf, readOk, syncAll } from './rooms';

export type Recipe = (draft: Blueprint) => void;

/**
 * Each recipe is one client's edit, made from the seeded document before any client hears of
 * another's; then all clients sync. Returns every client's read of the room afterwards.
 */
export function editConcurrently(seed: Blueprint, recipes: readonly Recipe[]) {
  const docs: Y.Doc[] = clientsOf(seed, recipes.length);
  recipes.forEach((recipe, i) => {
    const mine = readOk(docs[i]!, localOf(seed)).value;
    writeBlueprint(docs[i]!, edited(mine, recipe), mine, LOCAL_EDIT);
  });
  syncAll(docs);
  const reads = docs.map((ydoc) => readOk(ydoc, localOf(seed)));
  return { docs, reads, result: reads[0]! as Extract<RoomRead, { ok: true }> };
}
