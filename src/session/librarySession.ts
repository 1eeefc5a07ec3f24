import type { Blueprint } from '../model';
import {
  activeEntries,
  deleteForever,
  expiredTrash,
  newLibraryId,
  readBlueprint,
  readIndex,
  saveBlueprint,
  markOpened,
  type LibraryEntry,
} from '../io/library';
import { migrateLegacyAutosave } from '../io/legacyAutosave';
import { sweepLooseParts } from '../io/blueprintParts';
import { browserStorage } from '../io/storage';
import type { EditorStoreApi } from '../store/createEditorStore';
import { t } from '../i18n/t';
import { clearAlerts, showAlert } from './notices';
import { flushAutosave } from './autosave';
import { currentBlueprintStore, libraryChanged } from './currentDocument';

/**
 * This tab's place in the library: which blueprint it edits, opening another, starting a new one.
 * Nothing here replaces a blueprint: every other blueprint stays in the library as it was.
 */

/** Per tab, so a reload reopens what this tab had while another tab keeps its own. */
const TAB_KEY = 'service-blueprint-studio:tab-blueprint';

/** Called with the ids of blueprints deleted for good (their snapshots should go too). */
type PurgeListener = (ids: readonly string[]) => void;
const purgeListeners = new Set<PurgeListener>();
export function onBlueprintsPurged(listener: PurgeListener): () => void {
  purgeListeners.add(listener);
  return () => purgeListeners.delete(listener);
}
export function purged(ids: readonly string[]): void {
  if (ids.length) purgeListeners.forEach((listener) => listener(ids));
}

export function rememberForTab(id: string): void {
  try {
    sessionStorage.setItem(TAB_KEY, id);
  } catch {
    // Without sessionStorage a reload opens the blueprint edited last, which is usually this one.
  }
}

function tabBlueprintId(): string | null {
  try {
    return sessionStorage.getItem(TAB_KEY);
  } catch {
    return null;
  }
}

/** Makes `id` this tab's blueprint and shows `doc`; nothing is written. */
function showBlueprint(
  store: EditorStoreApi,
  id: string,
  doc: Blueprint,
  knownWriteId: string | null,
  fromFile: boolean,
): void {
  currentBlueprintStore.setState({ home: 'library', currentId: id, knownWriteId, conflict: false });
  rememberForTab(id);
  store.getState().loadDocument(doc, { fromFile });
}

/**
 * At start: the blueprint this tab had, else the one edited last, else a new one (stored at its
 * first change). The single autosave slot of earlier versions moves into the library first.
 */
export function startSession(store: EditorStoreApi, newDoc: Blueprint, now = Date.now()): void {
  const storage = browserStorage();
  if (!storage) {
    currentBlueprintStore.setState({ currentId: newLibraryId(), knownWriteId: null });
    return;
  }
  const migration = migrateLegacyAutosave(storage, now);
  if (migration.kind === 'corrupt')
    showAlert(
      t('errors.corruptAutosave', { reason: migration.reason, key: migration.keptAs ?? '—' }),
    );
  if (migration.kind === 'failed') {
    showAlert(t('library.migrationFailed'));
    const id = newLibraryId();
    currentBlueprintStore.setState({ currentId: id, knownWriteId: null, conflict: false });
    store.getState().loadDocument(migration.doc);
    return;
  }
  purged(deleteForever(storage, expiredTrash(readIndex(storage, now), now)));
  sweepLooseParts(storage, now);

  const index = readIndex(storage, now);
  const active = new Set(activeEntries(index).map((e) => e.id));
  const candidates = [
    migration.kind === 'migrated' ? migration.id : null,
    tabBlueprintId(),
    index.lastOpenedId,
    // The rest, most recent first, in case the ones above are damaged.
    ...activeEntries(index).map((e) => e.id),
  ];
  for (const id of candidates) {
    if (!id || !active.has(id)) continue;
    const read = readBlueprint(storage, id, now);
    if (read.kind === 'ok') {
      showBlueprint(store, id, read.doc, read.entry.writeId, read.entry.savedToFile);
      markOpened(storage, id);
      return;
    }
    if (read.kind === 'corrupt') {
      showAlert(t('errors.corruptAutosave', { reason: read.reason, key: read.keptAs ?? '—' }));
      // Kept aside under its own key: the library entry would only fail again at every start.
      if (read.keptAs) purged(deleteForever(storage, [id]));
      active.delete(id);
    }
  }
  const id = newLibraryId();
  currentBlueprintStore.setState({ currentId: id, knownWriteId: null, conflict: false });
  rememberForTab(id);
  store.getState().loadDocument(newDoc);
}

/** Opens a blueprint from the library; the one on screen is saved first. */
export function openFromLibrary(store: EditorStoreApi, id: string): boolean {
  flushAutosave();
  const storage = browserStorage();
  const read = storage ? readBlueprint(storage, id) : ({ kind: 'missing' } as const);
  if (read.kind !== 'ok') {
    showAlert(
      read.kind === 'corrupt'
        ? t('errors.corruptAutosave', { reason: read.reason, key: read.keptAs ?? '—' })
        : t('library.missing'),
    );
    return false;
  }
  clearAlerts();
  showBlueprint(store, id, read.doc, read.entry.writeId, read.entry.savedToFile);
  if (storage) markOpened(storage, id);
  libraryChanged();
  return true;
}

/**
 * Starts a new library blueprint from `doc` (New, an opened file, an example, a shared copy).
 * A blank New is stored at its first change, so the library does not fill with empty ones.
 */
export function startBlueprint(
  store: EditorStoreApi,
  doc: Blueprint,
  options: { fromFile?: boolean; storeNow?: boolean } = {},
): string {
  flushAutosave();
  const id = newLibraryId();
  let knownWriteId: string | null = null;
  if (options.storeNow !== false) {
    const storage = browserStorage();
    const saved = storage
      ? saveBlueprint(storage, id, doc, { savedToFile: options.fromFile ?? false })
      : ({ ok: false, reason: 'unavailable' } as const);
    // A write that fails is retried by the autosave, which reports it.
    if (saved.ok) knownWriteId = saved.writeId;
  }
  clearAlerts();
  showBlueprint(store, id, doc, knownWriteId, options.fromFile ?? false);
  libraryChanged();
  return id;
}

/** This tab leaves the stored blueprint alone while it shows one it does not own. */
export function detachForReadOnly(): void {
  flushAutosave();
  currentBlueprintStore.setState({
    home: 'sharedLink',
    currentId: null,
    knownWriteId: null,
    conflict: false,
  });
}

/** The stored copy of this tab's blueprint, if another tab has written it since. */
export function newerCopyElsewhere(): LibraryEntry | null {
  const { currentId, knownWriteId } = currentBlueprintStore.getState();
  const storage = browserStorage();
  if (!currentId || !storage) return null;
  const entry = readIndex(storage).entries.find((e) => e.id === currentId);
  if (!entry || entry.writeId === knownWriteId) return null;
  // Never stored by this tab yet, and someone else has: that is also another tab's work.
  return entry;
}
