import { laneBands, STEP_WIDTH } from '../layout';
import type { Blueprint, Step } from '../types';
import { COLUMN_PITCH, snapToColumn } from './arrange';
import { coordinate } from './numbers';

/**
 * "Tidy up": the steps of the visible lanes spaced into columns by flow order, each in its own
 * lane (lanes never change). Steps in hidden lanes stay where they are.
 *
 * 1. Order: a topological order of the flows (Kahn's algorithm); among the steps that are free
 *    to come next, the one with the smallest x (ties in document order). A cycle is broken at
 *    its leftmost step. Steps without flows keep their relative x order.
 * 2. Columns, in that order: a step comes after the step before it in its lane; after a flow's
 *    source in the same lane, and not before one in another lane (a flow down to the onstage
 *    lane is the same moment). A step no flow leads into (one without flows, or where a chain
 *    starts) comes not before a step that was clearly to its left (more than half a card), so
 *    it stays in line with its neighbours in other lanes.
 * 3. x = the first column (the leftmost step's x, snapped to the grid) + column × COLUMN_PITCH.
 */

interface Placed {
  step: Step;
  column: number;
}

/** The visible steps in flow order, ties by x then document order. */
export function flowOrder(doc: Pick<Blueprint, 'lanes' | 'steps' | 'flows'>): Step[] {
  const visible = new Set(laneBands(doc.lanes).map((b) => b.lane.id));
  const steps = doc.steps.filter((s) => visible.has(s.lane));
  const index = new Map(steps.map((s, i) => [s.id, i]));
  const incoming = steps.map(() => 0);
  const outgoing: number[][] = steps.map(() => []);
  for (const flow of doc.flows) {
    const from = index.get(flow.from);
    const to = index.get(flow.to);
    if (from === undefined || to === undefined || from === to) continue;
    outgoing[from]!.push(to);
    incoming[to]! += 1;
  }
  const before = (a: number, b: number) => steps[a]!.x - steps[b]!.x || a - b;
  const done = steps.map(() => false);
  const order: Step[] = [];
  // Linear scans keep this short; tidy runs on a click, and 3,000 steps take milliseconds.
  while (order.length < steps.length) {
    let next = -1;
    let fallback = -1;
    for (let i = 0; i < steps.length; i++) {
      if (done[i]) continue;
      if (incoming[i] === 0 && (next < 0 || before(i, next) < 0)) next = i;
      if (fallback < 0 || before(i, fallback) < 0) fallback = i;
    }
    const pick = next >= 0 ? next : fallback; // a cycle: break it at its leftmost step
    done[pick] = true;
    order.push(steps[pick]!);
    for (const to of outgoing[pick]!) incoming[to]! -= 1;
  }
  return order;
}

/** Each visible step's column (0, 1, 2…), by the rules above. */
export function tidyColumns(
  doc: Pick<Blueprint, 'lanes' | 'steps' | 'flows'>,
): Map<string, number> {
  const order = flowOrder(doc);
  const sources = new Map<string, Step[]>();
  const byId = new Map(order.map((s) => [s.id, s]));
  for (const flow of doc.flows) {
    const from = byId.get(flow.from);
    if (!from || !byId.has(flow.to) || flow.from === flow.to) continue;
    sources.set(flow.to, [...(sources.get(flow.to) ?? []), from]);
  }
  const columns = new Map<string, number>();
  const lastInLane = new Map<string, number>();
  const placed: Placed[] = [];
  for (const step of order) {
    let column = (lastInLane.get(step.lane) ?? -1) + 1;
    for (const source of sources.get(step.id) ?? []) {
      const at = columns.get(source.id);
      if (at !== undefined) column = Math.max(column, at + (source.lane === step.lane ? 1 : 0));
    }
    if (!sources.has(step.id)) {
      for (const earlier of placed) {
        if (earlier.step.x + STEP_WIDTH / 2 < step.x) column = Math.max(column, earlier.column);
      }
    }
    columns.set(step.id, column);
    lastInLane.set(step.lane, column);
    placed.push({ step, column });
  }
  return columns;
}

/** Moves every visible step to its column. One call is one edit (one undo step in the store). */
export function tidyUp(doc: Blueprint): void {
  const columns = tidyColumns(doc);
  if (!columns.size) return;
  const moving = doc.steps.filter((s) => columns.has(s.id));
  const start = snapToColumn(Math.min(...moving.map((s) => s.x)));
  for (const step of moving) {
    const x = coordinate(start + columns.get(step.id)! * COLUMN_PITCH);
    if (x !== undefined && step.x !== x) step.x = x;
  }
}
