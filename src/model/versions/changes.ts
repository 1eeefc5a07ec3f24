import { STEP_WIDTH } from '../layout';
import type { Lane, Step, VersionContent } from '../types';

/** A step counts as moved when it changed lane or went this far along the time axis. */
export const MOVE_THRESHOLD = STEP_WIDTH / 2;

export type StepChange =
  | { kind: 'added'; stepId: string; label: string }
  /** `lane`/`x` say where it was: in a lane of the newer drawing, when one is alike. */
  | { kind: 'removed'; stepId: string; label: string; lane: string | undefined; x: number }
  | { kind: 'moved'; stepId: string; label: string; fromLane: string; toLane: string }
  | { kind: 'relabelled'; stepId: string; label: string; was: string }
  | { kind: 'failPointGone'; stepId: string; label: string; risk: string; stepRemoved: boolean }
  | { kind: 'failPointAdded'; stepId: string; label: string; risk: string }
  | { kind: 'failPointLess'; stepId: string; label: string; was: number; now: number }
  | { kind: 'failPointMore'; stepId: string; label: string; was: number; now: number }
  | { kind: 'waitGone'; stepId: string; label: string; stepRemoved: boolean }
  | { kind: 'waitAdded'; stepId: string; label: string }
  | { kind: 'waitShorter'; stepId: string; label: string; was: number; now: number }
  | { kind: 'waitLonger'; stepId: string; label: string; was: number; now: number };

export type StepChangeKind = StepChange['kind'];

/** The order the list shows them in. */
export const STEP_CHANGE_KINDS: readonly StepChangeKind[] = [
  'added',
  'removed',
  'moved',
  'relabelled',
  'failPointGone',
  'failPointLess',
  'failPointMore',
  'failPointAdded',
  'waitGone',
  'waitShorter',
  'waitLonger',
  'waitAdded',
];

export interface VersionChanges {
  changes: StepChange[];
  flowsAdded: number;
  flowsRemoved: number;
  /** Step id (of the newer drawing) → the kinds of change it has. */
  byStep: Map<string, StepChangeKind[]>;
}

function laneKey(lane: Lane | undefined): string {
  return !lane ? '' : lane.kind === 'custom' ? `custom:${lane.label}` : lane.kind;
}

/** Where a removed step was, in the newer drawing: the same lane, or one of the same kind. */
function laneHere(
  lane: string,
  before: ReadonlyMap<string, Lane>,
  after: readonly Lane[],
): string | undefined {
  if (after.some((l) => l.id === lane)) return lane;
  const key = laneKey(before.get(lane));
  return after.find((l) => laneKey(l) === key)?.id;
}

/**
 * What changed from one version of a blueprint to another. Versions made from one another keep
 * their step ids, so steps are matched by id: a step only in `after` was added, one only in
 * `before` removed; one in both may have moved, been renamed, or lost or gained its markers.
 */
export function versionChanges(before: VersionContent, after: VersionContent): VersionChanges {
  const changes: StepChange[] = [];
  const afterById = new Map<string, Step>(after.steps.map((s) => [s.id, s]));
  const beforeIds = new Set(before.steps.map((s) => s.id));
  const beforeLanes = new Map(before.lanes.map((l) => [l.id, l]));
  const afterLanes = new Map(after.lanes.map((l) => [l.id, l]));

  for (const was of before.steps) {
    const now = afterById.get(was.id);
    const label = now?.label ?? was.label;
    if (!now) {
      const lane = laneHere(was.lane, beforeLanes, after.lanes);
      changes.push({ kind: 'removed', stepId: was.id, label, lane, x: was.x });
    } else {
      const otherLane = laneKey(beforeLanes.get(was.lane)) !== laneKey(afterLanes.get(now.lane));
      if (otherLane || Math.abs(now.x - was.x) >= MOVE_THRESHOLD)
        changes.push({
          kind: 'moved',
          stepId: was.id,
          label,
          fromLane: was.lane,
          toLane: now.lane,
        });
      if (now.label !== was.label)
        changes.push({ kind: 'relabelled', stepId: was.id, label, was: was.label });
    }
    markerChanges(was, now, label, changes);
  }
  for (const now of after.steps) {
    if (beforeIds.has(now.id)) continue;
    changes.push({ kind: 'added', stepId: now.id, label: now.label });
    if (now.failPoint)
      changes.push({
        kind: 'failPointAdded',
        stepId: now.id,
        label: now.label,
        risk: now.failPoint.risk,
      });
    if (now.wait) changes.push({ kind: 'waitAdded', stepId: now.id, label: now.label });
  }

  const key = (f: { from: string; to: string }) => `${f.from} ${f.to}`;
  const beforeFlows = new Set(before.flows.map(key));
  const afterFlows = new Set(after.flows.map(key));
  const flowsAdded = [...afterFlows].filter((k) => !beforeFlows.has(k)).length;
  const flowsRemoved = [...beforeFlows].filter((k) => !afterFlows.has(k)).length;

  const byStep = new Map<string, StepChangeKind[]>();
  for (const change of changes) {
    if (!afterById.has(change.stepId)) continue;
    byStep.set(change.stepId, [...(byStep.get(change.stepId) ?? []), change.kind]);
  }
  return { changes, flowsAdded, flowsRemoved, byStep };
}

function markerChanges(was: Step, now: Step | undefined, label: string, out: StepChange[]): void {
  const stepId = was.id;
  const stepRemoved = !now;
  if (was.failPoint) {
    const after = now?.failPoint;
    if (!after)
      out.push({ kind: 'failPointGone', stepId, label, risk: was.failPoint.risk, stepRemoved });
    else if (after.probability < was.failPoint.probability)
      out.push({
        kind: 'failPointLess',
        stepId,
        label,
        was: was.failPoint.probability,
        now: after.probability,
      });
    else if (after.probability > was.failPoint.probability)
      out.push({
        kind: 'failPointMore',
        stepId,
        label,
        was: was.failPoint.probability,
        now: after.probability,
      });
  } else if (now?.failPoint) {
    out.push({ kind: 'failPointAdded', stepId, label, risk: now.failPoint.risk });
  }
  if (was.wait) {
    const after = now?.wait;
    if (!after) out.push({ kind: 'waitGone', stepId, label, stepRemoved });
    else if (after.expectedMin < was.wait.expectedMin)
      out.push({
        kind: 'waitShorter',
        stepId,
        label,
        was: was.wait.expectedMin,
        now: after.expectedMin,
      });
    else if (after.expectedMin > was.wait.expectedMin)
      out.push({
        kind: 'waitLonger',
        stepId,
        label,
        was: was.wait.expectedMin,
        now: after.expectedMin,
      });
  } else if (now?.wait) {
    out.push({ kind: 'waitAdded', stepId, label });
  }
}
