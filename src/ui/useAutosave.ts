import { useEffect } from 'react';
import type { EditorStoreApi } from '../store/createEditorStore';
import { startAutosave } from '../session/autosave';

/** Runs the session's autosave for as long as the editor is mounted. */
export function useAutosave(store: EditorStoreApi): void {
  useEffect(() => startAutosave(store), [store]);
}
