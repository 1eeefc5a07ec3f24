import { laneBands } from '../layout';
import type { Blueprint, Step } from '../types';

/**
 * Where keyboard navigation goes from a step. The blueprint is read like a table: lanes from
 * the top, each left to right in time. Steps in hidden lanes are not on screen, so they are
 * never reached.
 */

export type Direction = 'left' | 'right' | 'up' | 'down';

/** Visible lanes from the top, each with its steps left to right (document order breaks ties). */
function stepsByLane(doc: Pick<Blueprint, 'lanes' | 'steps'>): Step[][] {
  const bands = laneBands(doc.lanes);
  const rows = new Map<string, Step[]>(bands.map((b) => [b.lane.id, []]));
  for (const step of doc.steps) rows.get(step.lane)?.push(step);
  // Array.prototype.sort is stable: equal x keep document order.
  return bands.map((b) => rows.get(b.lane.id)!.sort((a, b2) => a.x - b2.x));
}

/** Every visible step in reading order: the order of Tab. */
export function readingOrder(doc: Pick<Blueprint, 'lanes' | 'steps'>): string[] {
  return stepsByLane(doc).flatMap((row) => row.map((s) => s.id));
}

/**
 * The next (or, backwards, the previous) step in reading order; with no step to start from, the
 * first (or last). Undefined past either end, so Tab can leave the canvas.
 */
export function tabNeighbour(
  doc: Pick<Blueprint, 'lanes' | 'steps'>,
  fromId: string | undefined,
  backwards: boolean,
): string | undefined {
  const order = readingOrder(doc);
  const at = fromId === undefined ? -1 : order.indexOf(fromId);
  if (at < 0) return backwards ? order[order.length - 1] : order[0];
  return order[at + (backwards ? -1 : 1)];
}

/** The step nearest in time to `x` (the earlier one when two are as near). */
function nearestByX(row: readonly Step[], x: number): Step | undefined {
  let best: Step | undefined;
  for (const step of row) {
    if (!best || Math.abs(step.x - x) < Math.abs(best.x - x)) best = step;
  }
  return best;
}

/**
 * The step an arrow key moves to: left/right the previous/next step in time within the lane;
 * up/down the step nearest in time in the next lane above/below that has steps. Undefined when
 * there is none that way; with no step to start from, the first step in reading order.
 */
export function arrowNeighbour(
  doc: Pick<Blueprint, 'lanes' | 'steps'>,
  fromId: string | undefined,
  direction: Direction,
): string | undefined {
  const rows = stepsByLane(doc);
  const row = rows.findIndex((r) => r.some((s) => s.id === fromId));
  if (row < 0) return rows.flat()[0]?.id;
  const lane = rows[row]!;
  const from = lane.find((s) => s.id === fromId)!;
  if (direction === 'left' || direction === 'right') {
    return lane[lane.indexOf(from) + (direction === 'right' ? 1 : -1)]?.id;
  }
  const step = direction === 'down' ? 1 : -1;
  for (let r = row + step; r >= 0 && r < rows.length; r += step) {
    const target = nearestByX(rows[r]!, from.x);
    if (target) return target.id;
  }
  return undefined;
}

/**
 * Where the keyboard goes when a step is deleted: the step before it in its lane, else after
 * it, else the previous (or next) one in reading order; never one of the steps deleted with it.
 */
export function survivorNear(
  doc: Pick<Blueprint, 'lanes' | 'steps'>,
  fromId: string,
  deleted: ReadonlySet<string>,
): string | undefined {
  const rest = {
    lanes: doc.lanes,
    steps: doc.steps.filter((s) => s.id === fromId || !deleted.has(s.id)),
  };
  return (
    arrowNeighbour(rest, fromId, 'left') ??
    arrowNeighbour(rest, fromId, 'right') ??
    tabNeighbour(rest, fromId, true) ??
    tabNeighbour(rest, fromId, false)
  );
}
