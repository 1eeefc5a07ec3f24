import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/** Which library blueprint this tab edits, and whether another tab has written it since. */
export interface CurrentBlueprintState {
  /** Null while a share link is shown read-only. */
  currentId: string | null;
  /** The write of the stored copy this tab last read or made; null before it is first stored. */
  knownWriteId: string | null;
  /** Another tab wrote this blueprint since: the autosave holds off until the user chooses. */
  conflict: boolean;
  /** Bumped whenever this tab changes the library, so open lists read it again. */
  libraryRevision: number;
}

export const currentBlueprintStore = createStore<CurrentBlueprintState>(() => ({
  currentId: null,
  knownWriteId: null,
  conflict: false,
  libraryRevision: 0,
}));

export function useCurrentBlueprint<T>(selector: (s: CurrentBlueprintState) => T): T {
  return useStore(currentBlueprintStore, selector);
}

export function libraryChanged(): void {
  currentBlueprintStore.setState((s) => ({ libraryRevision: s.libraryRevision + 1 }));
}
