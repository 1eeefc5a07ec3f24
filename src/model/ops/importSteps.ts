import type { PlannedStep } from '../import/planImport';
import { STEP_WIDTH } from '../layout';
import type { Blueprint } from '../types';
import { addStep, DEFAULT_FAIL_POINT, DEFAULT_WAIT, updateStep } from './steps';

/** Imported steps stand this far apart in time, as steps added by hand do. */
export const IMPORT_COLUMN_SPACING = STEP_WIDTH + 60;

/**
 * Adds the planned steps after the blueprint's last one: rows of equal time share a column,
 * columns follow the times in order. Returns the new ids in the order of the rows.
 */
export function importSteps(doc: Blueprint, planned: readonly PlannedStep[]): string[] {
  if (!planned.length) return [];
  const start = doc.steps.length
    ? Math.max(...doc.steps.map((s) => s.x)) + IMPORT_COLUMN_SPACING
    : 0;
  const times = [...new Set(planned.map((p) => p.order))].sort((a, b) => a - b);
  const column = new Map(times.map((time, i) => [time, i]));
  return planned.map((p) => {
    const id = addStep(doc, {
      lane: p.lane,
      x: start + column.get(p.order)! * IMPORT_COLUMN_SPACING,
      label: p.label,
    });
    if (p.durationMin !== undefined) updateStep(doc, id, { durationMin: p.durationMin });
    const step = doc.steps[doc.steps.length - 1]!;
    if (p.failPoint) step.failPoint = { ...DEFAULT_FAIL_POINT, ...p.failPoint };
    if (p.wait) step.wait = { ...DEFAULT_WAIT, ...p.wait };
    return id;
  });
}
