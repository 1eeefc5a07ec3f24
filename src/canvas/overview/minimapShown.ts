import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/**
 * Whether the minimap is shown: a preference kept in this browser (on a small screen or a
 * whiteboard it covers part of the blueprint), never part of the document.
 */
export const MINIMAP_KEY = 'service-blueprint-studio:minimap';

function remembered(): boolean {
  try {
    return localStorage.getItem(MINIMAP_KEY) !== 'hidden';
  } catch {
    return true;
  }
}

const minimapStore = createStore<{ shown: boolean }>()(() => ({
  shown: typeof localStorage === 'undefined' ? true : remembered(),
}));

export function setMinimapShown(shown: boolean): void {
  minimapStore.setState({ shown });
  try {
    localStorage.setItem(MINIMAP_KEY, shown ? 'shown' : 'hidden');
  } catch {
    // Without storage the choice lasts until the page is closed.
  }
}

export function useMinimapShown(): boolean {
  return useStore(minimapStore, (s) => s.shown);
}
