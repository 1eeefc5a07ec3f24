import { useEffect } from 'react';
import type { EditorStoreApi } from '../../store/createEditorStore';
import { watchShareLink } from '../../session/sharedView';

/** Follows share links pasted into the address bar while the editor is mounted. */
export function useShareLink(store: EditorStoreApi): void {
  useEffect(() => watchShareLink(store), [store]);
}
