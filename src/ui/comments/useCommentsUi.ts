import { useStore } from 'zustand';
import { commentsUiStore, type CommentsUi } from '../../session/commentsUi';

/** The Comments panel's view of where it is asked to go. */
export function useCommentsUi<T>(selector: (s: CommentsUi) => T): T {
  return useStore(commentsUiStore, selector);
}
