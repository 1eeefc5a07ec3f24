import type { Blueprint, View } from '../model';
import { emptyHistory, type History } from './history';

/** What the editor store holds besides its actions, and how it starts. */

export interface Selection {
  steps: string[];
  flows: string[];
}

export interface EditorState {
  doc: Blueprint;
  history: History<Blueprint>;
  /** Viewport: saved with the document but never an undo step. */
  view: View;
  selection: Selection;
  /** The step whose label is being edited in place on the canvas. */
  editingStepId: string | null;
  /** Bumped on every document change; compared with `fileRevision` to know about unsaved work. */
  revision: number;
  /** Revision last written to or read from a file (or a fresh New). */
  fileRevision: number;
  /** Bumped when a whole document is loaded, so the canvas adopts its viewport. */
  loadCount: number;
  /**
   * A document shown but not owned (a share link): every document action is a no-op, there is
   * no history, and the autosave leaves the user's own blueprint alone. Cleared by any load.
   */
  readOnly: boolean;
  /**
   * In a live room undo and redo are the room's (only this person's own edits): the session sets
   * this, and `canUndo`/`canRedo` come from it instead of the local history.
   */
  sharedHistory: SharedHistory | null;
}

/** Undo for a document edited by several people: implemented outside the store (Yjs). */
export interface SharedHistory {
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
}

/** What a document from elsewhere (a live room) did to this person's work in progress. */
export interface RemoteApplied {
  /** The step being edited in place was deleted by someone else. */
  editedStepDeleted: boolean;
  /** Selected steps or flows that were deleted by someone else. */
  selectionDeleted: number;
}

/** A freshly loaded document: no history, no selection, its own viewport. */
export function initialState(doc: Blueprint): EditorState {
  return {
    doc,
    history: emptyHistory(),
    view: doc.view,
    selection: { steps: [], flows: [] },
    editingStepId: null,
    revision: 0,
    fileRevision: 0,
    loadCount: 0,
    readOnly: false,
    sharedHistory: null,
  };
}
