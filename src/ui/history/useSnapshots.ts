import { useEffect } from 'react';
import { recordSnapshot } from '../../io/snapshotArchive';
import type { EditorStoreApi } from '../../store/createEditorStore';
import { currentBlueprintStore } from '../../session/currentDocument';
import { startSnapshotScheduler } from './snapshotScheduler';

/**
 * Keeps versions of the open blueprint in IndexedDB a moment after changes settle, and at once
 * when the page is hidden. Writing happens after the page has moved on; a browser without
 * IndexedDB only loses the History list (the History tab says so), never the autosave.
 */
export function useSnapshots(store: EditorStoreApi): void {
  useEffect(() => {
    const scheduler = startSnapshotScheduler({
      store,
      blueprints: currentBlueprintStore,
      record: (blueprintId, doc) => void recordSnapshot(blueprintId, doc),
    });
    const onHide = () => scheduler.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') scheduler.flush();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      scheduler.stop();
    };
  }, [store]);
}
