import { STEP_WIDTH, type LaneKind, type Step } from '../model';

/** Geometry of the SVG export: where cards sit and how flows run between them. */

export interface Card {
  step: Step;
  x: number;
  y: number;
  height: number;
  laneKind: LaneKind;
  lines: string[];
}

const FLOW_OFFSET = 16;

export type Point = [number, number];
type Side = 't' | 'r' | 'b' | 'l';

function handle(card: Card, side: Side): Point {
  const cx = card.x + STEP_WIDTH / 2;
  const cy = card.y + card.height / 2;
  if (side === 't') return [cx, card.y];
  if (side === 'b') return [cx, card.y + card.height];
  if (side === 'l') return [card.x, cy];
  return [card.x + STEP_WIDTH, cy];
}

/**
 * A right-angled route between two cards, leaving and entering as the canvas does: down or up
 * between lanes, across within a lane, going round when the cards overlap on that axis.
 */
export function flowRoute(from: Card, to: Card): Point[] {
  const vertical = from.y !== to.y;
  const down = from.y < to.y;
  const right = from.x <= to.x;
  const [sx, sy] = handle(from, vertical ? (down ? 'b' : 't') : right ? 'r' : 'l');
  const [tx, ty] = handle(to, vertical ? (down ? 't' : 'b') : right ? 'l' : 'r');
  if (vertical) {
    const dir = down ? 1 : -1;
    if ((ty - sy) * dir >= 2 * FLOW_OFFSET) {
      const my = (sy + ty) / 2;
      return [
        [sx, sy],
        [sx, my],
        [tx, my],
        [tx, ty],
      ];
    }
    const mx = sx === tx ? sx + STEP_WIDTH / 2 + FLOW_OFFSET : (sx + tx) / 2;
    const y1 = sy + dir * FLOW_OFFSET;
    const y2 = ty - dir * FLOW_OFFSET;
    return [
      [sx, sy],
      [sx, y1],
      [mx, y1],
      [mx, y2],
      [tx, y2],
      [tx, ty],
    ];
  }
  const dir = right ? 1 : -1;
  if ((tx - sx) * dir >= 2 * FLOW_OFFSET) {
    const mx = (sx + tx) / 2;
    return [
      [sx, sy],
      [mx, sy],
      [mx, ty],
      [tx, ty],
    ];
  }
  const x1 = sx + dir * FLOW_OFFSET;
  const x2 = tx - dir * FLOW_OFFSET;
  const my = Math.max(from.y + from.height, to.y + to.height) + FLOW_OFFSET;
  return [
    [sx, sy],
    [x1, sy],
    [x1, my],
    [x2, my],
    [x2, ty],
    [tx, ty],
  ];
}

/** The point halfway along a polyline. */
export function midpoint(points: Point[]): Point {
  const segments = points.slice(1).map((p, i) => {
    const q = points[i]!;
    return { from: q, to: p, length: Math.hypot(p[0] - q[0], p[1] - q[1]) };
  });
  let rest = segments.reduce((sum, s) => sum + s.length, 0) / 2;
  for (const s of segments) {
    if (rest <= s.length && s.length > 0) {
      const f = rest / s.length;
      return [s.from[0] + f * (s.to[0] - s.from[0]), s.from[1] + f * (s.to[1] - s.from[1])];
    }
    rest -= s.length;
  }
  return points[0]!;
}
