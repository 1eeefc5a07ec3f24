import type { EditorStoreApi } from '../../store/createEditorStore';

/** Keeps autosave snapshots of the current blueprint in IndexedDB (placeholder). */
export function useSnapshots(store: EditorStoreApi): void {
  void store;
}
