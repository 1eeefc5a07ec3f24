import { STEP_MIN_HEIGHT, STEP_WIDTH, type LaneBand, type Step } from '../model';

const GHOST_GAP = 10;

/**
 * A ghost goes where the reference has the step; when a card of this blueprint is there, it
 * moves down below that card if the lane has room (and else stays, under the card).
 */
export function ghostY(
  steps: readonly Step[],
  bands: readonly LaneBand[],
  ghost: { lane: string; x: number },
  top: number,
): number {
  const clash = steps.some((s) => s.lane === ghost.lane && Math.abs(s.x - ghost.x) < STEP_WIDTH);
  const band = bands.find((b) => b.lane.id === ghost.lane);
  const below = top + STEP_MIN_HEIGHT + GHOST_GAP;
  return clash && band && below + STEP_MIN_HEIGHT <= band.bottom ? below : top;
}
