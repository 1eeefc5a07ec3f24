import {
  BLUEPRINT_PREFIX,
  LIBRARY_INDEX_KEY,
  newLibraryId,
  readBlueprint,
  saveBlueprint,
} from '../io/library';
import { browserStorage } from '../io/storage';
import { documentForSaving, type EditorStoreApi } from '../store/createEditorStore';
import { t } from '../i18n/t';
import { noticeStore, showAlert } from './notices';
import { currentBlueprintStore, libraryChanged } from './currentDocument';
import { newerCopyElsewhere, rememberForTab } from './librarySession';

/**
 * The same blueprint open in two tabs: when the other tab writes it, this one stops writing and
 * asks (reload theirs, or keep mine as a copy). localStorage's `storage` event tells every other
 * tab of a write; a check on focus covers a tab that was asleep.
 */
export function watchOtherTabs(): () => void {
  const check = () => {
    if (currentBlueprintStore.getState().conflict) return;
    if (newerCopyElsewhere()) {
      currentBlueprintStore.setState({ conflict: true });
      noticeStore.getState().setSaveStatus({ state: 'conflict' });
    }
  };
  const onStorage = (e: StorageEvent) => {
    if (e.key === null || e.key === LIBRARY_INDEX_KEY || e.key.startsWith(BLUEPRINT_PREFIX)) {
      libraryChanged();
      check();
    }
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') check();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener('focus', check);
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener('focus', check);
    document.removeEventListener('visibilitychange', onVisible);
  };
}

/** Shows the other tab's version; this tab's changes since its last write are dropped. */
export function reloadFromOtherTab(store: EditorStoreApi): void {
  const { currentId } = currentBlueprintStore.getState();
  const storage = browserStorage();
  if (!currentId || !storage) return;
  const read = readBlueprint(storage, currentId);
  if (read.kind !== 'ok') {
    // Gone or damaged in the other tab: keep this tab's work and let it be written back.
    currentBlueprintStore.setState({ conflict: false, knownWriteId: null });
    if (read.kind === 'corrupt')
      showAlert(t('errors.corruptAutosave', { reason: read.reason, key: read.keptAs ?? '—' }));
    return;
  }
  currentBlueprintStore.setState({ conflict: false, knownWriteId: read.entry.writeId });
  store.getState().loadDocument(read.doc, { fromFile: read.entry.savedToFile });
  noticeStore.getState().setSaveStatus({ state: 'saved', at: read.entry.updatedAt });
}

/** Keeps this tab's version as a new library blueprint; the other tab's stays as it is. */
export function keepMineAsCopy(store: EditorStoreApi): void {
  const state = store.getState();
  const id = newLibraryId();
  const title = t('library.copyTitle', { title: state.doc.title });
  const storage = browserStorage();
  const saved = storage
    ? saveBlueprint(storage, id, { ...documentForSaving(state), title }, { savedToFile: false })
    : ({ ok: false, reason: 'unavailable' } as const);
  currentBlueprintStore.setState({
    currentId: id,
    knownWriteId: saved.ok ? saved.writeId : null,
    conflict: false,
  });
  rememberForTab(id);
  // The new title is an edit like any other: it can be undone, and the autosave writes it.
  store.getState().setTitle(title);
  libraryChanged();
}
