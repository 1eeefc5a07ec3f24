import { laneBands } from '../layout';
import type { Blueprint } from '../types';
import { coordinate } from './numbers';
import { findStep, setFailPoint, setWait } from './steps';

/** Edits that apply to every selected step at once (keyboard: Alt+arrows, F, W). */

export interface Nudge {
  /** Canvas units along the time axis. */
  dx: number;
  /** Lanes to move: -1 the visible lane above, 1 the one below, 0 stay. */
  lanes: -1 | 0 | 1;
}

/**
 * Moves the steps by `dx` and into the visible lane above or below their own. A step already
 * in the top (or bottom) lane, or in a hidden one, keeps its lane; a non-finite dx is no move.
 */
export function nudgeSteps(doc: Blueprint, ids: readonly string[], nudge: Nudge): void {
  const lanes = laneBands(doc.lanes).map((b) => b.lane.id);
  const dx = Number.isFinite(nudge.dx) ? nudge.dx : 0;
  for (const id of new Set(ids)) {
    const step = findStep(doc, id);
    if (!step) continue;
    const x = coordinate(step.x + dx);
    if (x !== undefined && x !== step.x) step.x = x;
    const at = lanes.indexOf(step.lane);
    const lane = at < 0 ? undefined : lanes[at + nudge.lanes];
    if (lane !== undefined && lane !== step.lane) step.lane = lane;
  }
}

/**
 * F on a selection: when any of the steps has no fail point, every step gets one (new ones from
 * the defaults, existing ones kept); when all have one, all are removed.
 */
export function toggleFailPoints(doc: Blueprint, ids: readonly string[]): void {
  const steps = [...new Set(ids)].map((id) => findStep(doc, id)).filter((s) => s !== undefined);
  const add = steps.some((s) => !s.failPoint);
  for (const step of steps) {
    if (add && !step.failPoint) setFailPoint(doc, step.id, {});
    else if (!add) setFailPoint(doc, step.id, null);
  }
}

/** W on a selection: the same rule for wait steps. */
export function toggleWaits(doc: Blueprint, ids: readonly string[]): void {
  const steps = [...new Set(ids)].map((id) => findStep(doc, id)).filter((s) => s !== undefined);
  const add = steps.some((s) => !s.wait);
  for (const step of steps) {
    if (add && !step.wait) setWait(doc, step.id, {});
    else if (!add) setWait(doc, step.id, null);
  }
}

/** Ctrl+A: every step in a visible lane, and every flow between two of them. */
export function everythingVisible(doc: Pick<Blueprint, 'lanes' | 'steps' | 'flows'>): {
  steps: string[];
  flows: string[];
} {
  const visible = new Set(laneBands(doc.lanes).map((b) => b.lane.id));
  const steps = doc.steps.filter((s) => visible.has(s.lane)).map((s) => s.id);
  const shown = new Set(steps);
  const flows = doc.flows.filter((f) => shown.has(f.from) && shown.has(f.to)).map((f) => f.id);
  return { steps, flows };
}
