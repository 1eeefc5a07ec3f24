import { createStore } from 'zustand/vanilla';
import type { FileHandle } from '../io/fileSystem';

/**
 * Which file each library blueprint was opened from or last saved to, for this tab's life: Save
 * writes back there. Kept in memory only; after a reload, the first Save asks for a file again.
 * A copy (duplicate, "keep mine as a copy") gets a new library id, so it never writes over the
 * original's file.
 */
export interface FileLinkState {
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
