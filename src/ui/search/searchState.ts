import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/**
 * Whether the search box is open, and a counter bumped by every Ctrl+F so that a box already
 * open takes the focus again. Never part of the document.
 */
interface SearchState {
  open: boolean;
  focusRequest: number;
}

export const searchStore = createStore<SearchState>()(() => ({ open: false, focusRequest: 0 }));

export function openSearch(): void {
  searchStore.setState((s) => ({ open: true, focusRequest: s.focusRequest + 1 }));
}

export function closeSearch(): void {
  searchStore.setState({ open: false });
}

export function useSearchState<T>(pick: (s: SearchState) => T): T {
  return useStore(searchStore, pick);
}
