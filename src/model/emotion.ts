import { STEP_WIDTH, type LaneBand } from './layout';
import { FEELING_MAX, FEELING_MIN, type Blueprint } from './types';

/** Room above +2 and below −2 inside the emotion lane, canvas units. */
export const EMOTION_PADDING = 20;

/** One customer action in the emotion lane: where its point goes, and its feeling if set. */
export interface FeelingPoint {
  stepId: string;
  label: string;
  /** The middle of the step's card on the time axis. */
  x: number;
  /** Where the point is drawn: at its score, or on the neutral line when not set. */
  y: number;
  score: number | undefined;
  failPoint: boolean;
}

type Band = Pick<LaneBand, 'top' | 'bottom'>;

export function feelingY(band: Band, score: number): number {
  const span = band.bottom - band.top - 2 * EMOTION_PADDING;
  return band.top + EMOTION_PADDING + ((FEELING_MAX - score) / (FEELING_MAX - FEELING_MIN)) * span;
}

/** The whole score nearest a height in the lane (dragging a point). */
export function scoreAtY(band: Band, y: number): number {
  const span = band.bottom - band.top - 2 * EMOTION_PADDING;
  const raw = FEELING_MAX - ((y - band.top - EMOTION_PADDING) / span) * (FEELING_MAX - FEELING_MIN);
  return Math.min(FEELING_MAX, Math.max(FEELING_MIN, Math.round(raw)));
}

/**
 * The emotion lane's band and a point per shown customer action, left to right; null when the
 * blueprint has no shown emotion lane.
 */
export function feelingPoints(
  doc: Pick<Blueprint, 'steps'>,
  bands: readonly LaneBand[],
): { band: LaneBand; points: FeelingPoint[] } | null {
  const band = bands.find((b) => b.lane.kind === 'emotion');
  if (!band) return null;
  const customerLanes = new Set(
    bands.filter((b) => b.lane.kind === 'customer').map((b) => b.lane.id),
  );
  const points = doc.steps
    .filter((s) => customerLanes.has(s.lane))
    .map((s) => ({
      stepId: s.id,
      label: s.label,
      x: s.x + STEP_WIDTH / 2,
      y: feelingY(band, s.feeling?.score ?? 0),
      score: s.feeling?.score,
      failPoint: !!s.failPoint,
    }))
    .sort((a, b) => a.x - b.x);
  return { band, points };
}

/** A smooth line through the points (a Catmull-Rom spline as cubic Béziers). */
export function curvePath(points: readonly { x: number; y: number }[]): string {
  if (!points.length) return '';
  const [first, ...rest] = points;
  let d = `M${first!.x},${first!.y}`;
  rest.forEach((p, i) => {
    const p0 = points[Math.max(0, i - 1)]!;
    const p1 = points[i]!;
    const p3 = points[Math.min(points.length - 1, i + 2)]!;
    const c1 = { x: p1.x + (p.x - p0.x) / 6, y: p1.y + (p.y - p0.y) / 6 };
    const c2 = { x: p.x - (p3.x - p1.x) / 6, y: p.y - (p3.y - p1.y) / 6 };
    d += ` C${c1.x},${c1.y} ${c2.x},${c2.y} ${p.x},${p.y}`;
  });
  return d;
}
