import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { FileHandle } from '../../io/fileSystem';
import { currentBlueprintStore } from '../library/libraryState';

/**
 * Which file each library blueprint was opened from or last saved to, for this tab's life: Save
 * writes back there. Kept in memory only; after a reload, the first Save asks for a file again.
 * A copy (duplicate, "keep mine as a copy") gets a new library id, so it never writes over the
 * original's file.
 */
interface FileLinkState {
  links: Record<string, { handle: FileHandle; name: string }>;
}

export const fileLinkStore = createStore<FileLinkState>()(() => ({ links: {} }));

export function linkFile(blueprintId: string, handle: FileHandle): void {
  fileLinkStore.setState((s) => ({
    links: { ...s.links, [blueprintId]: { handle, name: handle.name } },
  }));
}

export function linkedFile(blueprintId: string | null): FileHandle | null {
  return blueprintId ? (fileLinkStore.getState().links[blueprintId]?.handle ?? null) : null;
}

/** The name of the file the blueprint on screen is linked to, if any. */
export function useLinkedFileName(): string | null {
  const currentId = useStore(currentBlueprintStore, (s) => s.currentId);
  return useStore(fileLinkStore, (s) => (currentId ? (s.links[currentId]?.name ?? null) : null));
}
