import { laneBands, ops, type Blueprint } from '../../model';
import { t } from '../../i18n/t';
import { placeForNewStep, STEP_SPACING } from '../addStepAction';
import type { KeyboardContext, KeyHandler, KeyHandlers } from './keyHandler';
import { currentStepId } from './navigationKeys';
import { revealAndFocus, revealStep } from './stepFocus';

/** N, F, W, Alt+arrows, Ctrl+D, Delete, undo and redo. */

type EditHandlers = Pick<
  KeyHandlers,
  | 'addStepAfter'
  | 'toggleFailPoint'
  | 'toggleWait'
  | 'nudgeLeft'
  | 'nudgeRight'
  | 'nudgeUp'
  | 'nudgeDown'
  | 'nudgeColumnLeft'
  | 'nudgeColumnRight'
  | 'duplicate'
  | 'deleteSelection'
  | 'undo'
  | 'redo'
>;

/** One Alt+arrow: a small step in time (a whole column with Shift). */
export const NUDGE = 8;

/**
 * Where N puts a step: after the given one in its lane, flowing from it; else at the end of the
 * customer lane, flowing from the last customer action there is.
 */
export function placeAfter(
  doc: Blueprint,
  fromId: string | undefined,
): { lane: string; x: number; from?: string } | undefined {
  const visible = new Set(laneBands(doc.lanes).map((b) => b.lane.id));
  const from = doc.steps.find((s) => s.id === fromId && visible.has(s.lane));
  if (from) return { lane: from.lane, x: from.x + STEP_SPACING, from: from.id };
  const place = placeForNewStep(doc, { steps: [], flows: [] });
  if (!place) return undefined;
  const last = doc.steps
    .filter((s) => s.lane === place.lane)
    .reduce<Blueprint['steps'][number] | undefined>(
      (a, s) => (!a || s.x >= a.x ? s : a),
      undefined,
    );
  return last ? { ...place, from: last.id } : place;
}

function nudge(ctx: KeyboardContext, move: ops.Nudge): KeyHandler {
  return (event) => {
    const state = ctx.store.getState();
    const ids = state.selection.steps;
    // Alt+← is the browser's Back: keep the key even with nothing to move.
    if (!ids.length) return 'handled';
    state.nudgeSteps(ids, move);
    const keep = currentStepId(ctx, event);
    if (keep) revealAndFocus(ctx.flow, ctx.store.getState().doc, keep);
    return 'handled';
  };
}

/** Runs an edit on the selected steps; with none, the key is not ours. */
function onSelectedSteps(ctx: KeyboardContext, edit: (ids: string[]) => void): KeyHandler {
  return () => {
    const ids = ctx.store.getState().selection.steps;
    if (!ids.length) return 'pass';
    edit(ids);
    return 'handled';
  };
}

export function editKeys(ctx: KeyboardContext): EditHandlers {
  const state = () => ctx.store.getState();
  return {
    addStepAfter(event) {
      if (state().readOnly) return 'pass';
      const place = placeAfter(state().doc, currentStepId(ctx, event));
      if (!place) return 'pass';
      const id = state().addLinkedStep(place);
      if (!id) return 'pass';
      state().setEditingStep(id);
      // The label editor takes the focus itself once the new card is drawn.
      revealStep(ctx.flow, state().doc, id);
      return 'handled';
    },
    toggleFailPoint: onSelectedSteps(ctx, (ids) => state().toggleFailPoint(ids)),
    toggleWait: onSelectedSteps(ctx, (ids) => state().toggleWait(ids)),
    nudgeLeft: nudge(ctx, { dx: -NUDGE, lanes: 0 }),
    nudgeRight: nudge(ctx, { dx: NUDGE, lanes: 0 }),
    nudgeUp: nudge(ctx, { dx: 0, lanes: -1 }),
    nudgeDown: nudge(ctx, { dx: 0, lanes: 1 }),
    nudgeColumnLeft: nudge(ctx, { dx: -STEP_SPACING, lanes: 0 }),
    nudgeColumnRight: nudge(ctx, { dx: STEP_SPACING, lanes: 0 }),
    duplicate: onSelectedSteps(ctx, (ids) => {
      const copies = state().duplicateSteps(ids);
      if (!copies.length) return;
      revealAndFocus(ctx.flow, state().doc, copies.at(-1)!);
      ctx.announce(t('keyboard.duplicated', { count: copies.length }));
    }),
    deleteSelection(event) {
      const { doc, selection } = state();
      if (!selection.steps.length && !selection.flows.length) return 'pass';
      const from = currentStepId(ctx, event);
      const deleted = new Set(selection.steps);
      const next = from && deleted.has(from) ? ops.survivorNear(doc, from, deleted) : undefined;
      state().deleteSelection();
      // The focus stays near, on a card that is not selected: a second Delete removes nothing.
      if (next) revealAndFocus(ctx.flow, state().doc, next);
      return 'handled';
    },
    undo() {
      state().undo();
      return 'handled';
    },
    redo() {
      state().redo();
      return 'handled';
    },
  };
}
