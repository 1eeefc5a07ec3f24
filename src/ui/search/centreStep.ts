import type { ReactFlowInstance } from '@xyflow/react';
import { LANE_HEADER_WIDTH, stepsBounds, type Blueprint } from '../../model';

/** Below this zoom a card's text is too small to read: a found step is shown at 100%. */
export const MIN_READABLE_ZOOM = 0.6;

type Flow = Pick<ReactFlowInstance, 'getViewport' | 'setCenter' | 'getInternalNode'>;

function reducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * Centres the step's card in the part of the pane the frozen lane names leave free, keeping the
 * zoom unless the card would be too small to read.
 */
export function centreStep(flow: Flow, doc: Blueprint, id: string): void {
  const box = stepsBounds(doc, [id], (stepId) => flow.getInternalNode(stepId)?.measured.height);
  if (box) centreBox(flow, box);
}

/** Centres a box of the canvas (a step, or where a missing one would go) the same way. */
export function centreBox(
  flow: Pick<Flow, 'getViewport' | 'setCenter'>,
  box: { x: number; y: number; width: number; height: number },
): void {
  const current = flow.getViewport().zoom;
  const zoom = current < MIN_READABLE_ZOOM ? 1 : current;
  const offset = LANE_HEADER_WIDTH / 2 / zoom;
  void flow.setCenter(box.x + box.width / 2 - offset, box.y + box.height / 2, {
    zoom,
    duration: reducedMotion() ? 0 : 200,
  });
}
