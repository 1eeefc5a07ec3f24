import { laneBands, STEP_WIDTH, type Blueprint } from '../model';
import type { Selection } from '../store/createEditorStore';

export const STEP_SPACING = 240;

/**
 * Where "Add step" puts a new step when the user has not said: after the selected step in its
 * lane, or else after the last customer action (or in the first visible lane).
 */
export function placeForNewStep(
  doc: Blueprint,
  selection: Selection,
): { lane: string; x: number } | undefined {
  const visible = laneBands(doc.lanes).map((b) => b.lane);
  const selected =
    selection.steps.length === 1 ? doc.steps.find((s) => s.id === selection.steps[0]) : undefined;
  if (selected && visible.some((l) => l.id === selected.lane)) {
    return { lane: selected.lane, x: selected.x + STEP_SPACING };
  }
  const lane = visible.find((l) => l.kind === 'customer') ?? visible[0];
  if (!lane) return undefined;
  const inLane = doc.steps.filter((s) => s.lane === lane.id);
  const x = inLane.length ? Math.max(...inLane.map((s) => s.x)) + STEP_SPACING : 0;
  return { lane: lane.id, x };
}

export { STEP_WIDTH };
