import type { Blueprint, Step } from '../model';
import type { EditorStore } from './createEditorStore';

export const selectDoc = (s: EditorStore): Blueprint => s.doc;
export const selectLanes = (s: EditorStore) => s.doc.lanes;
export const selectSteps = (s: EditorStore) => s.doc.steps;
export const selectFlows = (s: EditorStore) => s.doc.flows;
export const selectSelection = (s: EditorStore) => s.selection;
export const selectCanUndo = (s: EditorStore) =>
  s.sharedHistory ? s.sharedHistory.canUndo : s.history.past.length > 0;
export const selectCanRedo = (s: EditorStore) =>
  s.sharedHistory ? s.sharedHistory.canRedo : s.history.future.length > 0;
export const selectHasUnsavedFileChanges = (s: EditorStore) => s.revision !== s.fileRevision;

export const selectStep =
  (id: string) =>
  (s: EditorStore): Step | undefined =>
    s.doc.steps.find((step) => step.id === id);

/** The single selected step, if exactly one is selected. */
export const selectSelectedStep = (s: EditorStore): Step | undefined =>
  s.selection.steps.length === 1 && s.selection.flows.length === 0
    ? s.doc.steps.find((step) => step.id === s.selection.steps[0])
    : undefined;

export const selectSelectedFlow = (s: EditorStore) =>
  s.selection.flows.length === 1 && s.selection.steps.length === 0
    ? s.doc.flows.find((f) => f.id === s.selection.flows[0])
    : undefined;

export interface Counts {
  steps: number;
  failPoints: number;
  waits: number;
}

export function countMarkers(doc: Blueprint): Counts {
  let failPoints = 0;
  let waits = 0;
  for (const step of doc.steps) {
    if (step.failPoint) failPoints++;
    if (step.wait) waits++;
  }
  return { steps: doc.steps.length, failPoints, waits };
}
