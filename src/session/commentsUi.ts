import { createStore } from 'zustand/vanilla';
import type { CommentAnchor } from '../model';

/**
 * Where the Comments panel is asked to go, from outside it: a menu's "Comment…" names what the
 * next comment is on, a badge or a pin names the comments to show. Not part of the document.
 */
export interface CommentsUi {
  /** What the next comment is on, as chosen by a menu; null follows the selection. */
  anchor: CommentAnchor | null;
  /** The comment (or the first of a step's or flow's) to scroll to and highlight. */
  focusId: string | null;
  /** Bumped to ask the shell to show the Comments tab. */
  openRequest: number;
  /** Bumped to put the keyboard focus in the new-comment box. */
  composeRequest: number;
}

export const commentsUiStore = createStore<CommentsUi>()(() => ({
  anchor: null,
  focusId: null,
  openRequest: 0,
  composeRequest: 0,
}));

/** "Comment…" on a step, a flow or a spot: the panel opens with the box ready for it. */
export function startComment(anchor: CommentAnchor | null): void {
  commentsUiStore.setState((s) => ({
    anchor,
    focusId: null,
    openRequest: s.openRequest + 1,
    composeRequest: s.composeRequest + 1,
  }));
}

/** A badge or a pin: the panel opens on that comment. */
export function showComment(id: string): void {
  commentsUiStore.setState((s) => ({ focusId: id, openRequest: s.openRequest + 1 }));
}

export function clearCommentAnchor(): void {
  commentsUiStore.setState({ anchor: null });
}
