import { newId } from '../ids';
import { MAX_LANE_HEIGHT, MIN_LANE_HEIGHT } from '../layout';
import { DEFAULT_LANE_HEIGHT } from '../newBlueprint';
import type { Blueprint, StandardLaneKind } from '../types';
import { deleteSteps } from './steps';

export function clampLaneHeight(height: number): number {
  return Math.round(Math.min(MAX_LANE_HEIGHT, Math.max(MIN_LANE_HEIGHT, height)));
}

export function renameLane(doc: Blueprint, id: string, label: string): void {
  const lane = doc.lanes.find((l) => l.id === id);
  if (lane) lane.label = label;
}

export function resizeLane(doc: Blueprint, id: string, height: number): void {
  const lane = doc.lanes.find((l) => l.id === id);
  if (lane && Number.isFinite(height)) lane.height = clampLaneHeight(height);
}

export function setLaneHidden(doc: Blueprint, id: string, hidden: boolean): void {
  const lane = doc.lanes.find((l) => l.id === id);
  if (!lane) return;
  if (hidden) lane.hidden = true;
  else delete lane.hidden;
}

/** Adds a custom lane at `index` (default: the bottom); returns its id. */
export function addLane(
  doc: Blueprint,
  label: string,
  index = doc.lanes.length,
  id?: string,
): string {
  const laneId = id ?? newId('lane', (candidate) => doc.lanes.some((l) => l.id === candidate));
  const at = Number.isNaN(index)
    ? doc.lanes.length
    : Math.max(0, Math.min(doc.lanes.length, index));
  doc.lanes.splice(at, 0, { id: laneId, kind: 'custom', label, height: DEFAULT_LANE_HEIGHT });
  return laneId;
}

export function moveLane(doc: Blueprint, id: string, toIndex: number): void {
  const from = doc.lanes.findIndex((l) => l.id === id);
  if (from < 0 || Number.isNaN(toIndex)) return;
  const to = Math.max(0, Math.min(doc.lanes.length - 1, toIndex));
  const [lane] = doc.lanes.splice(from, 1);
  doc.lanes.splice(to, 0, lane!);
}

/** Removes a lane with its steps (and their flows). The last lane cannot be removed. */
export function removeLane(doc: Blueprint, id: string): void {
  if (doc.lanes.length <= 1 || !doc.lanes.some((l) => l.id === id)) return;
  const stepIds = doc.steps.filter((s) => s.lane === id).map((s) => s.id);
  deleteSteps(doc, stepIds);
  doc.lanes = doc.lanes.filter((l) => l.id !== id);
}

/** The names the editor gives its own lanes in one language; the emotion lane's is optional. */
export type LaneNames = Record<StandardLaneKind, string> & { emotion?: string };

/**
 * Renames the standard lanes (and the emotion lane) that still carry the editor's name in one
 * language to the name in another (a language switch); lanes the user renamed keep their names.
 */
export function relabelStandardLanes(doc: Blueprint, from: LaneNames, to: LaneNames): void {
  for (const lane of doc.lanes) {
    if (lane.kind === 'custom') continue;
    const before = from[lane.kind];
    const after = to[lane.kind];
    if (before !== undefined && after !== undefined && lane.label === before) lane.label = after;
  }
}
