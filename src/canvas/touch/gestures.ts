/**
 * Recognising a long press and a double tap from touch points and times alone (no DOM), so the
 * rules can be tested by themselves. Pinch and two-finger pan are React Flow's own (d3-zoom
 * reads the touches); these only stand aside when a second finger comes down.
 */

export interface TouchPoint {
  x: number;
  y: number;
  /** Milliseconds, from the event's timeStamp. */
  time: number;
}

/** Held this long without moving: a long press (the system's usual half second). */
export const LONG_PRESS_MS = 500;
/** A finger that wanders further than this is dragging or panning, not pressing or tapping. */
export const SLOP_PX = 10;
/** A tap is shorter than this. */
export const TAP_MS = 300;
/** The second tap of a double tap comes this soon after the first… */
export const DOUBLE_TAP_MS = 400;
/** …and this close to it (fingers are less precise than a mouse). */
export const DOUBLE_TAP_PX = 30;

function distance(a: TouchPoint, b: TouchPoint): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/** One finger's press from touch start to end: still a candidate for a tap or a long press? */
export class Press {
  private still = true;

  constructor(readonly start: TouchPoint) {}

  /** The finger moved to `point`; beyond the slop it is no longer a press. */
  move(point: TouchPoint): void {
    if (distance(this.start, point) > SLOP_PX) this.still = false;
  }

  /** A second finger (a pinch or a pan) or a cancelled touch: nothing for us. */
  abandon(): void {
    this.still = false;
  }

  get isStill(): boolean {
    return this.still;
  }

  /** Lifted at `end`: was it a quick tap? */
  isTap(end: TouchPoint): boolean {
    return (
      this.still && distance(this.start, end) <= SLOP_PX && end.time - this.start.time < TAP_MS
    );
  }
}

/** Remembers the last tap; says when a tap completes a double tap. */
export class DoubleTaps {
  private last: TouchPoint | null = null;

  /** A tap at `point`: true when it is the second of a double tap (which is then forgotten). */
  tap(point: TouchPoint): boolean {
    const first = this.last;
    if (
      first &&
      point.time - first.time <= DOUBLE_TAP_MS &&
      distance(first, point) <= DOUBLE_TAP_PX
    ) {
      this.last = null;
      return true;
    }
    this.last = point;
    return false;
  }

  /** Anything but a tap in between (a drag, a pinch) breaks the pair. */
  reset(): void {
    this.last = null;
  }
}
