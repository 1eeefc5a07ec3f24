import { ops } from '../../model';
import { focusedStepId } from './focusScope';
import type { KeyboardContext, KeyHandler, KeyHandlers } from './keyHandler';
import { cardAwaitingFocus, focusCanvasEdge, revealAndFocus } from './stepFocus';

/** Tab, arrows, Enter, Escape and Ctrl+A: moving the selection from step to step. */

type NavigationHandlers = Pick<
  KeyHandlers,
  | 'selectNextStep'
  | 'selectPreviousStep'
  | 'selectStepLeft'
  | 'selectStepRight'
  | 'selectStepUp'
  | 'selectStepDown'
  | 'editLabel'
  | 'clearSelection'
  | 'selectAll'
>;

/** The step keys act from: the focused card, else the last selected step. */
export function currentStepId(ctx: KeyboardContext, event: KeyboardEvent): string | undefined {
  const { doc, selection } = ctx.store.getState();
  const awaited = cardAwaitingFocus();
  if (awaited && selection.steps.includes(awaited) && doc.steps.some((s) => s.id === awaited))
    return awaited;
  const focused = focusedStepId(event.target);
  if (focused && doc.steps.some((s) => s.id === focused)) return focused;
  return selection.steps.at(-1);
}

function selectAndShow(ctx: KeyboardContext, id: string): void {
  ctx.store.getState().select({ steps: [id] });
  revealAndFocus(ctx.flow, ctx.store.getState().doc, id);
}

function arrow(ctx: KeyboardContext, direction: ops.Direction): KeyHandler {
  return (event) => {
    const to = ops.arrowNeighbour(ctx.store.getState().doc, currentStepId(ctx, event), direction);
    // At the edge there is nowhere to go, but the key is still ours (no page scrolling).
    if (to) selectAndShow(ctx, to);
    return 'handled';
  };
}

function tab(ctx: KeyboardContext, backwards: boolean): KeyHandler {
  return (event) => {
    const from = currentStepId(ctx, event);
    const onCanvas = event.target instanceof Element && !!event.target.closest('.react-flow');
    // With nothing selected and the focus on the page, Tab goes to the toolbar as usual.
    if (!from && !onCanvas) return 'pass';
    const to = ops.tabNeighbour(ctx.store.getState().doc, from, backwards);
    if (to) {
      selectAndShow(ctx, to);
      return 'handled';
    }
    // Past the last (or first) step Tab leaves the canvas, so the keyboard is never trapped.
    focusCanvasEdge(backwards ? 'first' : 'last');
    return 'pass';
  };
}

export function navigationKeys(ctx: KeyboardContext): NavigationHandlers {
  return {
    selectNextStep: tab(ctx, false),
    selectPreviousStep: tab(ctx, true),
    selectStepLeft: arrow(ctx, 'left'),
    selectStepRight: arrow(ctx, 'right'),
    selectStepUp: arrow(ctx, 'up'),
    selectStepDown: arrow(ctx, 'down'),
    editLabel(event) {
      const state = ctx.store.getState();
      const focused = focusedStepId(event.target);
      const id =
        focused ?? (state.selection.steps.length === 1 ? state.selection.steps[0] : undefined);
      if (!id || state.readOnly) return 'pass';
      state.select({ steps: [id] });
      state.setEditingStep(id);
      return 'handled';
    },
    clearSelection() {
      ctx.store.getState().select({});
      // Escape also closes what else listens for it (the report, menus): let it go on.
      return 'pass';
    },
    selectAll() {
      ctx.store.getState().selectAll();
      return 'handled';
    },
  };
}
