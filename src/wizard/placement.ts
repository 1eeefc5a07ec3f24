import { STEP_WIDTH, type Blueprint, type LaneKind, type Step } from '../model';

/** Where the guide's quick adds put new steps: in a column with the step they belong to. */

export const COLUMN_GAP = 240;

export function firstLaneOfKind(doc: Pick<Blueprint, 'lanes'>, kind: LaneKind): string | undefined {
  return (
    doc.lanes.find((l) => l.kind === kind && !l.hidden) ?? doc.lanes.find((l) => l.kind === kind)
  )?.id;
}

export function stepsOfKind(doc: Pick<Blueprint, 'lanes' | 'steps'>, kind: LaneKind): Step[] {
  const lanes = new Set(doc.lanes.filter((l) => l.kind === kind).map((l) => l.id));
  return doc.steps.filter((s) => lanes.has(s.lane)).sort((a, b) => a.x - b.x);
}

/** A free x near `x` in a lane: the same column, or the next free one to the right. */
export function freeXInLane(doc: Pick<Blueprint, 'steps'>, lane: string, x: number): number {
  const taken = doc.steps.filter((s) => s.lane === lane).map((s) => s.x);
  let candidate = x;
  while (taken.some((t) => Math.abs(t - candidate) < STEP_WIDTH)) candidate += STEP_WIDTH + 24;
  return candidate;
}

/** Steps linked to `stepId` (either direction) that sit in lanes of `kind`. */
export function linkedOfKind(
  doc: Pick<Blueprint, 'lanes' | 'steps' | 'flows'>,
  stepId: string,
  kind: LaneKind,
): Step[] {
  const ofKind = new Map(stepsOfKind(doc, kind).map((s) => [s.id, s]));
  const linked: Step[] = [];
  for (const f of doc.flows) {
    const other = f.from === stepId ? f.to : f.to === stepId ? f.from : undefined;
    const step = other ? ofKind.get(other) : undefined;
    if (step && !linked.includes(step)) linked.push(step);
  }
  return linked;
}
