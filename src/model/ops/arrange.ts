import { STEP_WIDTH } from '../layout';
import type { Blueprint, Step } from '../types';
import { coordinate } from './numbers';
import { findStep } from './steps';

/**
 * Arranging selected steps along the time axis: align to one column, distribute evenly, and the
 * column grid that "Snap to grid" and "Tidy up" use. Lanes never change here: only x.
 */

/** Space between two cards in neighbouring columns. */
export const COLUMN_GAP = 64;
/** One column of the grid: a card and the gap after it (240, the spacing of "Add step"). */
export const COLUMN_PITCH = STEP_WIDTH + COLUMN_GAP;
/** How near (canvas units) a dragged card's x must come to another card's x to line up with it. */
export const GUIDE_TOLERANCE = 6;

/** The existing steps among `ids`, each once, in document order. */
export function stepsOf(doc: Pick<Blueprint, 'steps'>, ids: readonly string[]): Step[] {
  const wanted = new Set(ids);
  return doc.steps.filter((s) => wanted.has(s.id));
}

/** Align needs two steps; distribute needs three (the two ends stay, the middle ones move). */
export const MIN_TO_ALIGN = 2;
export const MIN_TO_DISTRIBUTE = 3;

/**
 * Puts the steps in one column: the column of the leftmost of them. The leftmost one stays put
 * (not the average, which would move every step and land between columns), so aligning a
 * selection to a step already on the grid keeps it on the grid.
 */
export function alignSteps(doc: Blueprint, ids: readonly string[]): void {
  const steps = stepsOf(doc, ids);
  if (steps.length < MIN_TO_ALIGN) return;
  const x = Math.min(...steps.map((s) => s.x));
  for (const step of steps) if (step.x !== x) step.x = x;
}

/**
 * Equal horizontal gaps between the steps, sorted by x (ties in document order): the leftmost
 * and the rightmost stay, the others are spread between them. Cards all have one width, so equal
 * gaps between cards are equal distances between their left edges. Whole units: a gap may differ
 * from the others by at most one unit.
 */
export function distributeSteps(doc: Blueprint, ids: readonly string[]): void {
  const steps = stepsOf(doc, ids);
  if (steps.length < MIN_TO_DISTRIBUTE) return;
  const sorted = steps
    .map((step, order) => ({ step, order }))
    .sort((a, b) => a.step.x - b.step.x || a.order - b.order)
    .map((s) => s.step);
  const first = sorted[0]!.x;
  const span = sorted[sorted.length - 1]!.x - first;
  sorted.forEach((step, i) => {
    const x = coordinate(first + (span * i) / (sorted.length - 1));
    if (x !== undefined && x !== step.x) step.x = x;
  });
}

/** The nearest column of the grid (columns start at x 0, one pitch apart). */
export function snapToColumn(x: number, pitch: number = COLUMN_PITCH): number {
  if (!Number.isFinite(x) || !(pitch > 0)) return x;
  const snapped = Math.round(x / pitch) * pitch + 0;
  return Number.isFinite(snapped) ? snapped : x;
}

/**
 * While a card is dragged: the x of a card in another lane that the dragged card's x lines up
 * with (within `tolerance`), the nearest one; undefined when none does.
 */
export function guideFor(
  x: number,
  others: readonly { x: number }[],
  tolerance: number = GUIDE_TOLERANCE,
): number | undefined {
  const xs = others.map((o) => o.x).sort((a, b) => a - b);
  return guideFromIndex(new Map([['', xs]]), x, undefined, tolerance);
}

/** The x of every card a drag may line up with, by lane, sorted: built once when a drag starts. */
export type GuideIndex = ReadonlyMap<string, readonly number[]>;

export function guideIndex(steps: readonly Step[], draggedIds: ReadonlySet<string>): GuideIndex {
  const byLane = new Map<string, number[]>();
  for (const step of steps) {
    if (draggedIds.has(step.id)) continue;
    const xs = byLane.get(step.lane);
    if (xs) xs.push(step.x);
    else byLane.set(step.lane, [step.x]);
  }
  for (const xs of byLane.values()) xs.sort((a, b) => a - b);
  return byLane;
}

/**
 * `guideFor` on an index, for every drag frame: the nearest card x in any lane but `lane`
 * (within `tolerance`), by binary search — no pass over the whole blueprint per frame.
 */
export function guideFromIndex(
  index: GuideIndex,
  x: number,
  lane: string | undefined,
  tolerance: number = GUIDE_TOLERANCE,
): number | undefined {
  let best: number | undefined;
  for (const [id, xs] of index) {
    if (id === lane) continue;
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    for (const candidate of [xs[lo - 1], xs[lo]]) {
      if (candidate === undefined) continue;
      const distance = Math.abs(candidate - x);
      if (distance <= tolerance && (best === undefined || distance < Math.abs(best - x)))
        best = candidate;
    }
  }
  return best;
}

/** Steps (by id) moved onto the column grid: `snapToColumn` for every one of them. */
export function snapStepsToColumns(doc: Blueprint, ids: readonly string[]): void {
  for (const id of new Set(ids)) {
    const step = findStep(doc, id);
    if (!step) continue;
    const x = coordinate(snapToColumn(step.x));
    if (x !== undefined && x !== step.x) step.x = x;
  }
}
