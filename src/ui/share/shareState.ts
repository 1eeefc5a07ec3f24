import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/** UI state of share links. Never part of the document or its history. */

interface ShareState {
  /** "Link copied" is showing. */
  copied: boolean;
  /** A link the clipboard refused, shown for copying by hand. */
  manualLink: string | null;
}

export const shareStore = createStore<ShareState>()(() => ({
  copied: false,
  manualLink: null,
}));

export function useShareState<T>(selector: (s: ShareState) => T): T {
  return useStore(shareStore, selector);
}

const COPIED_MS = 3000;
let copiedTimer: ReturnType<typeof setTimeout> | undefined;

/** Shows "Link copied" for a few seconds. */
export function flashCopied(): void {
  clearTimeout(copiedTimer);
  shareStore.setState({ copied: true });
  copiedTimer = setTimeout(() => shareStore.setState({ copied: false }), COPIED_MS);
}
