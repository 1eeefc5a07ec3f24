import { produce, type Draft } from 'immer';
import { createStore } from 'zustand/vanilla';
import { immer } from 'zustand/middleware/immer';
import {
  newBlueprint,
  ops,
  type Blueprint,
  type FailPoint,
  type GuideStep,
  type View,
  type Wait,
} from '../model';
import type { PlannedStep } from '../model/import';
import { record, redo, undo, type History } from './history';
import { arrangeActions, growLanesToFit, type ArrangeActions } from './arrangeActions';
import { reviewActions, type ReviewActions } from './reviewActions';
import { versionActions, type VersionActions } from './versionActions';
import { laneActions, type LaneActions } from './laneActions';
import { factsActions, type FactsActions } from './factsActions';
import { prunedSelection } from './prunedSelection';
import {
  initialState,
  type EditorState,
  type RemoteApplied,
  type Selection,
  type SharedHistory,
} from './editorState';

export type { EditorState, RemoteApplied, Selection, SharedHistory } from './editorState';

export interface EditorActions
  extends ArrangeActions, FactsActions, LaneActions, ReviewActions, VersionActions {
  addStep(lane: string, x: number, label?: string): string;
  updateStep(id: string, fields: ops.StepFields, coalesceKey?: string): void;
  moveSteps(moves: readonly ops.StepMove[]): void;
  deleteSteps(ids: readonly string[]): void;
  setFailPoint(id: string, failPoint: Partial<FailPoint> | null, coalesceKey?: string): void;
  setWait(id: string, wait: Partial<Wait> | null, coalesceKey?: string): void;
  addFlow(from: string, to: string): string | undefined;
  updateFlow(id: string, fields: { label?: string; twoWay?: boolean }, coalesceKey?: string): void;
  deleteFlows(ids: readonly string[]): void;
  deleteSelection(): void;
  /** Ctrl+V: the clip's steps and flows with new ids, as one undo step; selects them. */
  pasteSteps(clip: ops.Clip, placement: ops.PastePlacement): string[];
  /** Ctrl+D: copies of the steps (and the flows among them) beside them; selects the copies. */
  duplicateSteps(ids: readonly string[]): string[];
  /** Alt+arrows: a burst of nudges of the same steps is one undo step. */
  nudgeSteps(ids: readonly string[], nudge: ops.Nudge): void;
  /** F: fail points on every step, or off every step when all have one. */
  toggleFailPoint(ids: readonly string[]): void;
  /** W: the same for wait steps. */
  toggleWait(ids: readonly string[]): void;
  /** Ctrl+A: every shown step and the flows between them (allowed read-only: copying out is). */
  selectAll(): void;
  removeLane(id: string): void;
  addLinkedStep(init: {
    lane: string;
    x: number;
    label?: string;
    from?: string;
    to?: string;
  }): string;
  /** Steps read from a spreadsheet, added after the last step as one undo step; selects them. */
  importSteps(planned: readonly PlannedStep[]): string[];
  setGuideStep(step: GuideStep): void;
  undo(): void;
  redo(): void;
  /**
   * Puts an earlier version back (from History) as one undo step: the viewport and the user's
   * place in the guide stay, selection and in-place editing are cleared.
   */
  restoreDocument(doc: Blueprint): void;
  /**
   * A document from a live room: no undo step of this person's, their viewport, place in the
   * guide and selection stay (selected things deleted elsewhere drop out). Allowed read-only.
   */
  applyRemoteDocument(doc: Blueprint): RemoteApplied;
  setSharedHistory(history: SharedHistory | null): void;
  /** Replaces the document (New, Open, share link): a fresh history. */
  loadDocument(doc: Blueprint, options?: { fromFile?: boolean; readOnly?: boolean }): void;
  /** The document as it was at `revision` (now, by default) is in a file. */
  markSavedToFile(revision?: number): void;
  setView(view: View): void;
  select(selection: Partial<Selection>): void;
  setEditingStep(id: string | null): void;
}

export type EditorStore = EditorState & EditorActions;

/** Undo and redo restore edits, not where the user is in the guide. */
function keepGuideStep(restored: Blueprint, current: Blueprint): Blueprint {
  if (restored.guide.step === current.guide.step) return restored;
  return produce(restored, (d) => {
    d.guide.step = current.guide.step;
  });
}

/** A step can only be added to a lane that is there (a stale menu may name a removed one). */
function hasLane(doc: Blueprint, laneId: string): boolean {
  return ops.takesSteps(doc, laneId);
}

export function createEditorStore(doc: Blueprint = newBlueprint(), now: () => number = Date.now) {
  return createStore<EditorStore>()(
    immer((set, get) => {
      /** Applies one named document edit and records it for undo. */
      function commit(
        recipe: (doc: Draft<Blueprint>) => void,
        coalesceKey: string | null = null,
      ): void {
        if (get().readOnly) return;
        const before = get().doc;
        const edited = produce(before, recipe);
        if (edited === before) return;
        const after = growLanesToFit(before, edited);
        if (after === before) return;
        set((state) => {
          state.history = record(get().history, before, coalesceKey, now()) as Draft<
            History<Blueprint>
          >;
          state.doc = after as Draft<Blueprint>;
          state.revision += 1;
        });
      }

      /** Undo or redo: restores a document from history, keeping the user's place in the guide. */
      function travel(move: typeof undo): void {
        if (get().readOnly) return;
        const step = move(get().history, get().doc);
        if (!step) return;
        set((state) => {
          state.doc = keepGuideStep(step.doc, get().doc) as Draft<Blueprint>;
          state.history = step.history as Draft<History<Blueprint>>;
          state.revision += 1;
          state.editingStepId = null;
        });
        pruneSelection();
      }

      /** Selects what a paste or duplicate added (nothing added: the selection stays). */
      function selectPasted(pasted: ops.Pasted): void {
        if (!pasted.steps.length) return;
        set((state) => {
          state.selection = { steps: pasted.steps, flows: pasted.flows };
          state.editingStepId = null;
        });
      }

      /** Drops selected ids that no longer exist. */
      function pruneSelection(): void {
        const { doc, selection, editingStepId } = get();
        const pruned = prunedSelection(doc, selection, editingStepId);
        if (pruned)
          set((state) => {
            state.selection = pruned.selection;
            state.editingStepId = pruned.editingStepId;
          });
      }

      return {
        ...initialState(doc),

        addStep(lane, x, label) {
          if (get().readOnly || !hasLane(get().doc, lane)) return '';
          let id = '';
          commit((d) => {
            id = ops.addStep(d, { lane, x, label });
          });
          set((state) => {
            state.selection = { steps: [id], flows: [] };
          });
          return id;
        },
        updateStep: (id, fields, key) => commit((d) => ops.updateStep(d, id, fields), key ?? null),
        moveSteps: (moves) => commit((d) => ops.moveSteps(d, moves)),
        deleteSteps(ids) {
          commit((d) => ops.deleteSteps(d, ids));
          pruneSelection();
        },
        setFailPoint: (id, fp, key) => commit((d) => ops.setFailPoint(d, id, fp), key ?? null),
        setWait: (id, wait, key) => commit((d) => ops.setWait(d, id, wait), key ?? null),
        addFlow(from, to) {
          let id: string | undefined;
          commit((d) => {
            id = ops.addFlow(d, from, to);
          });
          return id;
        },
        updateFlow: (id, fields, key) => commit((d) => ops.updateFlow(d, id, fields), key ?? null),
        deleteFlows(ids) {
          commit((d) => ops.deleteFlows(d, ids));
          pruneSelection();
        },
        deleteSelection() {
          const { steps, flows } = get().selection;
          if (!steps.length && !flows.length) return;
          commit((d) => {
            ops.deleteFlows(d, flows);
            ops.deleteSteps(d, steps);
          });
          pruneSelection();
        },
        pasteSteps(clip, placement) {
          if (get().readOnly) return [];
          let pasted: ops.Pasted = { steps: [], flows: [] };
          commit((d) => {
            pasted = ops.pasteClip(d, clip, placement);
          });
          selectPasted(pasted);
          return pasted.steps;
        },
        duplicateSteps(ids) {
          const clip = ops.copySteps(get().doc, ids);
          if (get().readOnly || !clip) return [];
          let copies: ops.Pasted = { steps: [], flows: [] };
          commit((d) => {
            copies = ops.pasteClip(d, clip, { dx: ops.PASTE_OFFSET });
          });
          selectPasted(copies);
          return copies.steps;
        },
        nudgeSteps: (ids, nudge) =>
          commit((d) => ops.nudgeSteps(d, ids, nudge), `nudge:${[...ids].sort().join(',')}`),
        toggleFailPoint: (ids) => commit((d) => ops.toggleFailPoints(d, ids)),
        toggleWait: (ids) => commit((d) => ops.toggleWaits(d, ids)),
        ...arrangeActions(commit),
        ...reviewActions(commit, now),
        ...factsActions(commit),
        ...laneActions(commit, () => get().doc),
        ...versionActions(
          commit,
          now,
          () => get().doc,
          () =>
            set((state) => {
              state.selection = { steps: [], flows: [] };
              state.editingStepId = null;
            }),
        ),
        selectAll() {
          set((state) => {
            state.selection = ops.everythingVisible(get().doc);
            state.editingStepId = null;
          });
        },
        removeLane(id) {
          commit((d) => ops.removeLane(d, id));
          pruneSelection();
        },
        addLinkedStep(init) {
          if (get().readOnly || !hasLane(get().doc, init.lane)) return '';
          let id = '';
          commit((d) => {
            id = ops.addLinkedStep(d, init);
          });
          set((state) => {
            state.selection = { steps: [id], flows: [] };
          });
          return id;
        },
        importSteps(planned) {
          if (get().readOnly || !planned.every((p) => hasLane(get().doc, p.lane))) return [];
          let ids: string[] = [];
          commit((d) => {
            ids = ops.importSteps(d, planned);
          });
          set((state) => {
            state.selection = { steps: ids, flows: [] };
            state.editingStepId = null;
          });
          return ids;
        },
        // Moving through the guide is progress, not an edit: it is saved but never undone.
        setGuideStep(step) {
          if (get().readOnly || get().doc.guide.step === step) return;
          set((state) => {
            state.doc = produce(get().doc, (d) => ops.setGuideStep(d, step)) as Draft<Blueprint>;
            state.revision += 1;
          });
        },
        undo: () => {
          const shared = get().sharedHistory;
          if (shared) {
            if (!get().readOnly) shared.undo();
          } else travel(undo);
        },
        redo: () => {
          const shared = get().sharedHistory;
          if (shared) {
            if (!get().readOnly) shared.redo();
          } else travel(redo);
        },
        applyRemoteDocument(next) {
          const before = get();
          const doc =
            next.guide.step === before.doc.guide.step
              ? next
              : produce(next, (d) => {
                  d.guide.step = before.doc.guide.step;
                });
          if (doc === before.doc) return { editedStepDeleted: false, selectionDeleted: 0 };
          set((state) => {
            state.doc = doc as Draft<Blueprint>;
            state.revision += 1;
          });
          pruneSelection();
          const after = get();
          return {
            editedStepDeleted: before.editingStepId !== null && after.editingStepId === null,
            selectionDeleted:
              before.selection.steps.length +
              before.selection.flows.length -
              after.selection.steps.length -
              after.selection.flows.length,
          };
        },
        setSharedHistory(history) {
          set((state) => {
            state.sharedHistory = history;
          });
        },
        restoreDocument(next) {
          if (get().readOnly) return;
          const before = get().doc;
          const restored = produce(next, (d) => {
            d.view = before.view;
            d.guide.step = before.guide.step;
          });
          if (restored === before) return;
          set((state) => {
            state.history = record(get().history, before, null, now()) as Draft<History<Blueprint>>;
            state.doc = restored as Draft<Blueprint>;
            state.revision += 1;
            state.selection = { steps: [], flows: [] };
            state.editingStepId = null;
          });
        },
        loadDocument(next, options) {
          set((state) => {
            const revision = state.revision + 1;
            const loadCount = state.loadCount + 1;
            Object.assign(state, initialState(next));
            state.revision = revision;
            state.loadCount = loadCount;
            state.fileRevision = options?.fromFile === false ? -1 : revision;
            state.readOnly = options?.readOnly ?? false;
          });
        },
        markSavedToFile(revision) {
          set((state) => {
            state.fileRevision = revision ?? state.revision;
          });
        },
        setView(view) {
          set((state) => {
            state.view = view;
          });
        },
        select(selection) {
          set((state) => {
            state.selection = { steps: selection.steps ?? [], flows: selection.flows ?? [] };
            if (state.editingStepId && !state.selection.steps.includes(state.editingStepId))
              state.editingStepId = null;
          });
        },
        setEditingStep(id) {
          if (id !== null && get().readOnly) return;
          set((state) => {
            state.editingStepId = id;
          });
        },
      };
    }),
  );
}

export type EditorStoreApi = ReturnType<typeof createEditorStore>;

/** The document as it is saved: the current viewport goes with it. */
export function documentForSaving(state: Pick<EditorState, 'doc' | 'view'>): Blueprint {
  return { ...state.doc, view: state.view };
}
