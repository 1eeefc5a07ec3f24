import { useEffect } from 'react';
import { writeAutosave } from '../io/storage';
import {
  documentForSaving,
  type EditorState,
  type EditorStoreApi,
} from '../store/createEditorStore';
import { t } from '../i18n/t';
import { noticeStore } from './notices';

export const AUTOSAVE_DELAY_MS = 400;

/**
 * Writes the document (and viewport) to localStorage shortly after each change, and at once
 * when the page is hidden or closed. A failed write keeps the work in memory and says so.
 * Paused while a shared blueprint is shown read-only: the user's own autosave stays as it was.
 */
export function useAutosave(store: EditorStoreApi): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let failing = false;

    const flush = (state: EditorState = store.getState()) => {
      if (timer) clearTimeout(timer);
      timer = null;
      if (state.readOnly) return;
      const result = writeAutosave(documentForSaving(state), {
        savedAt: Date.now(),
        savedToFile: state.revision === state.fileRevision,
      });
      const notices = noticeStore.getState();
      if (result.ok) {
        failing = false;
        notices.setSaveStatus({ state: 'saved', at: Date.now() });
      } else {
        notices.setSaveStatus({ state: 'failed', reason: result.reason });
        if (!failing)
          notices.alert(
            t(result.reason === 'full' ? 'errors.storageFull' : 'errors.storageUnavailable'),
          );
        failing = true;
      }
    };

    const schedule = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, AUTOSAVE_DELAY_MS);
      if (!failing) noticeStore.getState().setSaveStatus({ state: 'pending' });
    };

    const unsubscribe = store.subscribe((state, prev) => {
      if (state.readOnly) {
        // The user's own edits from just before a shared blueprint replaced them on screen.
        if (!prev.readOnly && timer) flush(prev);
        return;
      }
      if (
        prev.readOnly ||
        state.doc !== prev.doc ||
        state.view !== prev.view ||
        state.fileRevision !== prev.fileRevision
      )
        schedule();
    });
    const onHide = () => {
      if (timer) flush();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') onHide();
    };
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      if (timer) flush();
    };
  }, [store]);
}
