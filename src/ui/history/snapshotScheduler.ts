import type { Blueprint } from '../../model';
import {
  documentForSaving,
  type EditorState,
  type EditorStoreApi,
} from '../../store/createEditorStore';

/** How long edits must settle before a version is kept: a typing burst makes one version. */
export const SNAPSHOT_DELAY_MS = 1500;

/**
 * What the next version will be:
 * - `edits`: the document after the user's latest edit, for the blueprint that was open when
 *   they made it (captured then, so switching blueprints cannot file it under the new one);
 * - `current`: whatever is open once things settle (after a load or a switch of blueprint,
 *   whichever of the two the library does first).
 */
type Pending =
  { kind: 'edits'; blueprintId: string | null; state: EditorState } | { kind: 'current' };

/** The part of the library's `currentBlueprintStore` this needs: which blueprint is open. */
interface OpenBlueprint {
  currentId: string | null;
}
export interface OpenBlueprintSource {
  getState(): OpenBlueprint;
  subscribe(listener: (state: OpenBlueprint, prev: OpenBlueprint) => void): () => void;
}

export interface SnapshotSchedulerDeps {
  store: EditorStoreApi;
  blueprints: OpenBlueprintSource;
  record(blueprintId: string, doc: Blueprint): void;
  delayMs?: number;
}

/** A blueprint opened with no steps is not worth a version (and may never be stored at all). */
const worthKeepingOpened = (state: EditorState) => state.doc.steps.length > 0;

/**
 * Keeps a version of the open blueprint a moment after changes settle, and one of what was
 * just opened (unless it is blank). Never while a shared blueprint is shown read-only, nor
 * while no blueprint id is known. `flush` writes what is pending at once (page hidden);
 * `stop` flushes and lets go.
 */
export function startSnapshotScheduler({
  store,
  blueprints,
  record,
  delayMs = SNAPSHOT_DELAY_MS,
}: SnapshotSchedulerDeps) {
  let pending: Pending | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  function write(what: Pending): void {
    const state = what.kind === 'edits' ? what.state : store.getState();
    if (what.kind === 'current' && !worthKeepingOpened(state)) return;
    const blueprintId = what.kind === 'edits' ? what.blueprintId : blueprints.getState().currentId;
    if (blueprintId && !state.readOnly) record(blueprintId, documentForSaving(state));
  }

  function flush(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    const what = pending;
    pending = null;
    if (what) write(what);
  }

  /** A card whose label is being typed is not a version yet: wait until it is done. */
  function flushWhenSettled(): void {
    if (store.getState().editingStepId !== null) timer = setTimeout(flushWhenSettled, delayMs);
    else flush();
  }

  function schedule(next: Pending): void {
    pending = next;
    if (timer) clearTimeout(timer);
    timer = setTimeout(flushWhenSettled, delayMs);
  }

  /** Edits made for another blueprint than `blueprintId` are written now, under their own. */
  function settleEditsNotFor(blueprintId: string | null): void {
    if (pending?.kind === 'edits' && pending.blueprintId !== blueprintId) flush();
  }

  const unsubscribeStore = store.subscribe((state, prev) => {
    if (state.loadCount !== prev.loadCount || state.readOnly !== prev.readOnly) {
      // A whole document replaced what was being edited: keep those edits first.
      if (pending?.kind === 'edits') flush();
      if (!state.readOnly) schedule({ kind: 'current' });
      return;
    }
    if (state.readOnly || state.doc === prev.doc) return;
    const blueprintId = blueprints.getState().currentId;
    // The first edit after opening: keep what was opened before what it became.
    if (pending?.kind === 'current') {
      if (worthKeepingOpened(prev)) write({ kind: 'edits', blueprintId, state: prev });
    } else settleEditsNotFor(blueprintId);
    schedule({ kind: 'edits', blueprintId, state });
  });

  const unsubscribeBlueprints = blueprints.subscribe((now, before) => {
    if (now.currentId === before.currentId) return;
    settleEditsNotFor(now.currentId);
    if (now.currentId) schedule({ kind: 'current' });
  });

  // What was open when the page started: the version to go back to before today's edits.
  schedule({ kind: 'current' });

  return {
    flush,
    stop(): void {
      unsubscribeStore();
      unsubscribeBlueprints();
      flush();
    },
  };
}
