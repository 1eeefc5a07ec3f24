import type { ReactFlowInstance } from '@xyflow/react';
import {
  LANE_HEADER_WIDTH,
  laneBands,
  STEP_MIN_HEIGHT,
  STEP_TOP_PADDING,
  STEP_WIDTH,
  type Blueprint,
} from '../../model';

/**
 * Bringing a step into view and giving its card the focus. Cards off screen are not in the
 * DOM (the canvas draws only what is visible), so where a step is comes from the document, and
 * its card is focused once it has been drawn.
 */

type Flow = Pick<
  ReactFlowInstance,
  'flowToScreenPosition' | 'getViewport' | 'setCenter' | 'getInternalNode'
>;

const FOCUS_TRIES = 30;
let pendingFocus = 0;

function cardElement(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
}

/** Pans (without animation) so that the whole card is in sight, right of the frozen lane names. */
export function revealStep(flow: Flow, doc: Blueprint, id: string): void {
  const step = doc.steps.find((s) => s.id === id);
  const band = step && laneBands(doc.lanes).find((b) => b.lane.id === step.lane);
  const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
  if (!step || !band || !pane) return;
  const height = flow.getInternalNode(id)?.measured.height ?? STEP_MIN_HEIGHT;
  const top = band.top + STEP_TOP_PADDING;
  const topLeft = flow.flowToScreenPosition({ x: step.x, y: top });
  const bottomRight = flow.flowToScreenPosition({ x: step.x + STEP_WIDTH, y: top + height });
  const inside =
    topLeft.x >= pane.left + LANE_HEADER_WIDTH &&
    topLeft.y >= pane.top &&
    bottomRight.x <= pane.right &&
    bottomRight.y <= pane.bottom;
  if (inside) return;
  // Centre it in the part of the pane that the lane names leave free.
  const zoom = flow.getViewport().zoom;
  const offset = LANE_HEADER_WIDTH / 2 / zoom;
  void flow.setCenter(step.x + STEP_WIDTH / 2 - offset, top + height / 2, { zoom, duration: 0 });
}

/** The step whose card was asked for the focus and has not been drawn yet. */
let awaitingFocus: string | undefined;

/**
 * The step a key should start from while its card is still on its way: a key pressed before the
 * card is drawn must not start again from the card that still holds the focus (a fast run of
 * arrow presses would lose one).
 */
export function cardAwaitingFocus(): string | undefined {
  return awaitingFocus;
}

/** Focuses the card as soon as it is drawn; a later call wins over an earlier one still waiting. */
export function focusCard(id: string): void {
  const token = ++pendingFocus;
  let tries = 0;
  awaitingFocus = id;
  const attempt = () => {
    if (token !== pendingFocus) return;
    const card = cardElement(id);
    if (card) {
      card.focus({ preventScroll: true });
      if (document.activeElement === card) {
        awaitingFocus = undefined;
        return;
      }
    }
    if (tries++ < FOCUS_TRIES) requestAnimationFrame(attempt);
    else awaitingFocus = undefined;
  };
  attempt();
}

/** Brings the step into view and moves the keyboard focus to its card. */
export function revealAndFocus(flow: Flow, doc: Blueprint, id: string): void {
  revealStep(flow, doc, id);
  focusCard(id);
}

/** Focuses the first or last card or flow drawn, so that Tab then leaves the canvas from there. */
export function focusCanvasEdge(which: 'first' | 'last'): void {
  const items = document.querySelectorAll<HTMLElement>(
    '.react-flow__renderer .react-flow__node[tabindex], .react-flow__renderer .react-flow__edge[tabindex]',
  );
  const item = which === 'first' ? items[0] : items[items.length - 1];
  item?.focus({ preventScroll: true });
}
