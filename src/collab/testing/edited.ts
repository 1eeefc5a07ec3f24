import type { Blueprint } from '../../model';
import { shareStructure } from '../shareStructure';

/**
 * What the store's immer `produce` gives, without immer (src/collab may not import it): the
 * recipe edits a deep copy, and every part it left equal is the original object again.
 */
export function edited(doc: Blueprint, recipe: (draft: Blueprint) => void): Blueprint {
  const draft = structuredClone(doc);
  recipe(draft);
  return shareStructure(draft, doc);
}
