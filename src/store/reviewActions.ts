import type { Draft } from 'immer';
import { ops, type Blueprint, type CommentAnchor, type Feeling } from '../model';

/**
 * Edits that annotate the blueprint rather than draw it: review comments, personas and the
 * customer's feelings. Each is one named, undoable edit on the store's `commit`.
 */
export interface ReviewActions {
  /** A comment by `author` on a step, a flow or a spot; returns its id ('' when refused). */
  addComment(anchor: CommentAnchor, text: string, author: string): string;
  editComment(id: string, text: string): void;
  setCommentResolved(id: string, resolved: boolean): void;
  deleteComment(id: string): void;
  moveComment(id: string, x: number, y: number): void;
  addPersona(fields?: ops.PersonaFields): string;
  updatePersona(id: string, fields: ops.PersonaFields, coalesceKey?: string): void;
  deletePersona(id: string): void;
  choosePersona(id: string | null): void;
  /** How the customer feels at a step; null takes the feeling away. */
  setFeeling(stepId: string, feeling: Partial<Feeling> | null, coalesceKey?: string): void;
}

type Commit = (recipe: (doc: Draft<Blueprint>) => void, coalesceKey?: string | null) => void;

/** The actions, on the store's `commit` (refused when read-only, recorded for undo) and clock. */
export function reviewActions(commit: Commit, now: () => number): ReviewActions {
  return {
    setFeeling: (stepId, feeling, key) =>
      commit((d) => ops.setFeeling(d, stepId, feeling), key ?? null),
    addPersona(fields) {
      let id = '';
      commit((d) => {
        id = ops.addPersona(d, fields);
      });
      return id;
    },
    updatePersona: (id, fields, key) =>
      commit((d) => ops.updatePersona(d, id, fields), key ?? null),
    deletePersona: (id) => commit((d) => ops.deletePersona(d, id)),
    choosePersona: (id) => commit((d) => ops.choosePersona(d, id)),
    addComment(anchor, text, author) {
      let id = '';
      commit((d) => {
        id = ops.addComment(d, anchor, {
          author,
          text,
          createdAt: new Date(now()).toISOString(),
        });
      });
      return id;
    },
    editComment: (id, text) => commit((d) => ops.editComment(d, id, text)),
    setCommentResolved: (id, resolved) => commit((d) => ops.setCommentResolved(d, id, resolved)),
    deleteComment: (id) => commit((d) => ops.deleteComment(d, id)),
    moveComment: (id, x, y) => commit((d) => ops.moveComment(d, id, x, y)),
  };
}
