import * as Y from 'yjs';
import { describeErrors, type Blueprint, type ValidationError } from '../model';
import { readBlueprint, writeBlueprint } from '../collab';
import type { EditorStoreApi, RemoteApplied } from '../store/createEditorStore';

/**
 * Keeps the editor's store and a room's Y.Doc in step. This person's edits go into the Y.Doc
 * with `LOCAL_EDIT` as origin; everything else that changes it (other people, the server, this
 * person's undo) is read back into the store. Undo is Yjs's UndoManager tracking only
 * `LOCAL_EDIT`, so Ctrl+Z never takes back a classmate's edit; an undo step begins exactly where
 * the store's own history would begin one (a drag, a typing burst is one step).
 */

export const LOCAL_EDIT = Symbol('local edit');

export interface RoomBindingEvents {
  onRemoteApplied(applied: RemoteApplied): void;
  /** Someone else switched the version everyone sees (as-is, to-be…): its name. */
  onVersionSwitched(name: string): void;
  onInvalidDocument(reason: string, errors: readonly ValidationError[]): void;
}

export interface RoomBinding {
  /** Reads the Y.Doc into the store now (the first load, or after a reconnect). */
  readNow(): Blueprint | null;
  dispose(): void;
}

/** The document as the room holds it, read for this person (their viewport and guide step). */
export function readRoom(ydoc: Y.Doc, store: EditorStoreApi) {
  const state = store.getState();
  return readBlueprint(ydoc, { view: state.view, guideStep: state.doc.guide.step }, state.doc);
}

export function bindRoom(
  store: EditorStoreApi,
  ydoc: Y.Doc,
  canEdit: boolean,
  events: RoomBindingEvents,
): RoomBinding {
  /** The document the Y.Doc is known to hold: local edits are written as a diff against it. */
  let synced: Blueprint = store.getState().doc;
  let applying = false;
  const root = ydoc.getMap('blueprint');

  const undoManager = new Y.UndoManager(root, {
    trackedOrigins: new Set([LOCAL_EDIT]),
    // Grouping follows the store's history (see stopCapturing below), not a timer.
    captureTimeout: Number.MAX_SAFE_INTEGER,
  });
  const publishHistory = () =>
    store.getState().setSharedHistory({
      undo: () => undoManager.undo(),
      redo: () => undoManager.redo(),
      canUndo: undoManager.undoStack.length > 0,
      canRedo: undoManager.redoStack.length > 0,
    });

  const readNow = (fromOthers = false): Blueprint | null => {
    const before = store.getState().doc.meta.versionId;
    const result = readRoom(ydoc, store);
    if (!result.ok) {
      events.onInvalidDocument(describeErrors(result.errors), result.errors);
      return null;
    }
    applying = true;
    try {
      const applied = store.getState().applyRemoteDocument(result.value);
      events.onRemoteApplied(applied);
    } finally {
      applying = false;
    }
    synced = store.getState().doc;
    const shown = synced.versions.find((v) => v.id === synced.meta.versionId);
    if (fromOthers && shown && synced.meta.versionId !== before)
      events.onVersionSwitched(shown.name);
    return synced;
  };

  let readQueued = false;
  /** Whether a queued read holds someone else's change (not only this person's undo or redo). */
  let othersQueued = false;
  const onDeepChange = (_events: unknown, transaction: Y.Transaction) => {
    if (transaction.origin === LOCAL_EDIT) return;
    if (transaction.origin !== undoManager) othersQueued = true;
    if (readQueued) return;
    // Many updates can arrive in one task (a reconnect): read once for all of them.
    readQueued = true;
    queueMicrotask(() => {
      const fromOthers = othersQueued;
      readQueued = false;
      othersQueued = false;
      readNow(fromOthers);
    });
  };
  root.observeDeep(onDeepChange);

  const unsubscribe = store.subscribe((state, prev) => {
    if (applying || !canEdit || state.readOnly || state.doc === prev.doc) return;
    if (state.doc === synced) return;
    if (state.history.past !== prev.history.past) undoManager.stopCapturing();
    writeBlueprint(ydoc, state.doc, synced, LOCAL_EDIT);
    synced = state.doc;
  });

  undoManager.on('stack-item-added', publishHistory);
  undoManager.on('stack-item-popped', publishHistory);
  undoManager.on('stack-cleared', publishHistory);
  if (canEdit) publishHistory();

  return {
    readNow: () => readNow(),
    dispose() {
      unsubscribe();
      root.unobserveDeep(onDeepChange);
      undoManager.destroy();
      store.getState().setSharedHistory(null);
    },
  };
}
