import { saveBlueprint } from '../io/library';
import { browserStorage } from '../io/storage';
import {
  documentForSaving,
  type EditorState,
  type EditorStoreApi,
} from '../store/createEditorStore';
import { t } from '../i18n/t';
import { noticeStore } from './notices';
import { currentBlueprintStore, libraryChanged } from './currentDocument';
import { downloadFile } from './download';
import { isPristine } from './newDocument';

export const AUTOSAVE_DELAY_MS = 400;

/** Writes what is waiting, at once (before this tab switches to another blueprint). */
let flushPending: () => void = () => {};
export function flushAutosave(): void {
  flushPending();
}

/**
 * Writes the document (and viewport) to this tab's library entry shortly after each change,
 * and at once when the page is hidden or closed. A failed write keeps the work in memory, says
 * so and offers a download. Never writes over another tab's newer copy of the same blueprint,
 * nor while a shared blueprint is shown read-only.
 */
export function startAutosave(store: EditorStoreApi): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let failing = false;
  /** Whether the document (not only the viewport) changed since the last write. */
  let edited = false;

  const reportFailure = (reason: 'full' | 'unavailable') => {
    const notices = noticeStore.getState();
    notices.setSaveStatus({ state: 'failed', reason });
    if (!failing)
      notices.alert(t(reason === 'full' ? 'errors.storageFull' : 'errors.storageUnavailable'), {
        label: t('library.downloadMine'),
        run: () => downloadFile(store),
      });
    failing = true;
  };

  const flush = (state: EditorState = store.getState()) => {
    if (timer) clearTimeout(timer);
    timer = null;
    const current = currentBlueprintStore.getState();
    if (state.readOnly || !current.currentId) return;
    if (current.conflict) {
      noticeStore.getState().setSaveStatus({ state: 'conflict' });
      return;
    }
    // A blank New is stored at its first change, not before (and is not "Saving…" meanwhile).
    if (current.knownWriteId === null && isPristine(state.doc)) {
      noticeStore.getState().setSaveStatus({ state: 'idle' });
      return;
    }
    const storage = browserStorage();
    if (!storage) return reportFailure('unavailable');
    const result = saveBlueprint(storage, current.currentId, documentForSaving(state), {
      savedToFile: state.revision === state.fileRevision,
      expectedWriteId: current.knownWriteId,
      edited,
    });
    if (result.ok) {
      failing = false;
      edited = false;
      currentBlueprintStore.setState({ knownWriteId: result.writeId });
      noticeStore.getState().setSaveStatus({ state: 'saved', at: Date.now() });
      libraryChanged();
    } else if (result.reason === 'conflict') {
      currentBlueprintStore.setState({ conflict: true });
      noticeStore.getState().setSaveStatus({ state: 'conflict' });
    } else reportFailure(result.reason);
  };
  flushPending = () => {
    if (timer) flush();
  };

  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, AUTOSAVE_DELAY_MS);
    if (!failing && !currentBlueprintStore.getState().conflict)
      noticeStore.getState().setSaveStatus({ state: 'pending' });
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.readOnly) {
      // The user's own edits from just before a shared blueprint replaced them on screen.
      if (!prev.readOnly && timer) flush(prev);
      return;
    }
    // A whole document loaded is already stored (or stored by whoever loaded it).
    if (state.loadCount !== prev.loadCount) {
      edited = false;
      return;
    }
    if (state.doc !== prev.doc) edited = true;
    if (
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
    flushPending = () => {};
  };
}
