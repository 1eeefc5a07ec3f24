import { createStore } from 'zustand/vanilla';

/**
 * Where the document this tab edits lives. One place answers it:
 * - `library`: a blueprint of the user's library (`currentId`), perhaps also linked to a file
 *   (see fileLinks); the autosave writes it.
 * - `sharedLink`: a blueprint from a share link, shown read-only; nothing is written.
 * - `liveRoom`: a live room's document; the library keeps a copy under `currentId`.
 */
export type DocumentHome = 'library' | 'sharedLink' | 'liveRoom';

export interface CurrentDocumentState {
  home: DocumentHome;
  /** The library entry this tab writes; null while a share link is shown read-only. */
  currentId: string | null;
  /** The write of the stored copy this tab last read or made; null before it is first stored. */
  knownWriteId: string | null;
  /** Another tab wrote this blueprint since: the autosave holds off until the user chooses. */
  conflict: boolean;
  /** Bumped whenever this tab changes the library, so open lists read it again. */
  libraryRevision: number;
}

export const currentBlueprintStore = createStore<CurrentDocumentState>(() => ({
  home: 'library',
  currentId: null,
  knownWriteId: null,
  conflict: false,
  libraryRevision: 0,
}));

export function libraryChanged(): void {
  currentBlueprintStore.setState((s) => ({ libraryRevision: s.libraryRevision + 1 }));
}
