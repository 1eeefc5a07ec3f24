import { useEffect } from 'react';
import type { EditorStoreApi } from '../../store/createEditorStore';
import { openRoomFromHash } from '../../session/roomCommands';

/** Follows live room links pasted into the address bar of an open tab. */
export function useRoomLinks(store: EditorStoreApi): void {
  useEffect(() => {
    const onHashChange = () => void openRoomFromHash(store, window.location.hash);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [store]);
}
