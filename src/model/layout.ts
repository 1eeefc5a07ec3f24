import type { Blueprint, Lane, LaneKind, Step } from './types';

/** Geometry shared by the canvas, drag and export: where lanes, lines and steps sit. */

export const STEP_WIDTH = 176;
export const STEP_MIN_HEIGHT = 56;
/** Gap between a lane's top edge and the cards in it. */
export const STEP_TOP_PADDING = 24;
/** Width of the lane-name column drawn at the blueprint's left edge (and frozen on screen). */
export const LANE_HEADER_WIDTH = 168;
export const BLUEPRINT_MARGIN = 48;
export const MIN_BLUEPRINT_WIDTH = 1200;
export const MIN_LANE_HEIGHT = 80;
export const MAX_LANE_HEIGHT = 1200;

export interface LaneBand {
  lane: Lane;
  top: number;
  bottom: number;
}

/** Visible lanes stacked from y = 0, in document order. Hidden lanes take no room. */
export function laneBands(lanes: readonly Lane[]): LaneBand[] {
  const bands: LaneBand[] = [];
  let top = 0;
  for (const lane of lanes) {
    if (lane.hidden) continue;
    bands.push({ lane, top, bottom: top + lane.height });
    top += lane.height;
  }
  return bands;
}

/** The visible lane under canvas y (binary search); above the first → first, below the last → last. */
export function laneAt(bands: readonly LaneBand[], y: number): Lane | undefined {
  if (bands.length === 0) return undefined;
  let lo = 0;
  let hi = bands.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (y < bands[mid]!.bottom) hi = mid;
    else lo = mid + 1;
  }
  return bands[lo]!.lane;
}

export function stepY(bands: readonly LaneBand[], laneId: string): number | undefined {
  const band = bands.find((b) => b.lane.id === laneId);
  return band ? band.top + STEP_TOP_PADDING : undefined;
}

export type LineKind = 'interaction' | 'visibility' | 'internal';

export interface DividingLine {
  kind: LineKind;
  /** Canvas y of the boundary it sits on. */
  y: number;
}

/**
 * Which side of the organisation a lane belongs to: 0 customer, 1 onstage, 2 backstage, 3 support.
 * Custom and emotion lanes belong with the lane above them (a "time" lane at the top sits with the
 * customer; the emotion lane under the customer actions does too).
 */
const ZONE: Record<Exclude<LaneKind, 'custom' | 'emotion'>, number> = {
  evidence: 0,
  customer: 0,
  onstage: 1,
  backstage: 2,
  support: 3,
};
const LINE_BELOW_ZONE: LineKind[] = ['interaction', 'visibility', 'internal'];

/** Each lane's zone (0 customer … 3 support), in document order; hidden lanes included. */
export function laneZones(lanes: readonly Lane[]): Map<string, number> {
  const zones = new Map<string, number>();
  let zone = 0;
  for (const lane of lanes) {
    zone = Math.max(
      zone,
      lane.kind === 'custom' || lane.kind === 'emotion' ? zone : ZONE[lane.kind],
    );
    zones.set(lane.id, zone);
  }
  return zones;
}

/**
 * The three lines, derived from the lane kinds: each sits on the boundary where the zone
 * moves past it. Lines are never stored in the document.
 */
export function dividingLines(bands: readonly LaneBand[]): DividingLine[] {
  const zones = laneZones(bands.map((b) => b.lane));
  const lines: DividingLine[] = [];
  let zone = 0;
  for (const band of bands) {
    const laneZone = zones.get(band.lane.id)!;
    for (let z = zone; z < laneZone; z++) lines.push({ kind: LINE_BELOW_ZONE[z]!, y: band.top });
    zone = laneZone;
  }
  return lines;
}

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The whole blueprint: lane header column, every lane and every visible step, with a margin. */
export function blueprintBounds(
  doc: Pick<Blueprint, 'lanes' | 'steps'>,
  stepHeights: (step: Step) => number = () => 0,
): Bounds {
  const bands = laneBands(doc.lanes);
  const visible = new Set(bands.map((b) => b.lane.id));
  let minX = 0;
  let maxX = MIN_BLUEPRINT_WIDTH;
  let maxY = bands.length ? bands[bands.length - 1]!.bottom : 0;
  for (const step of doc.steps) {
    if (!visible.has(step.lane)) continue;
    minX = Math.min(minX, step.x);
    maxX = Math.max(maxX, step.x + STEP_WIDTH + BLUEPRINT_MARGIN);
    const top = stepY(bands, step.lane) ?? 0;
    maxY = Math.max(maxY, top + stepHeights(step));
  }
  const left = minX - BLUEPRINT_MARGIN - LANE_HEADER_WIDTH;
  return { x: left, y: 0, width: maxX - left, height: maxY };
}
