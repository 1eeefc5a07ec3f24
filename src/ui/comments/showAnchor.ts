import type { ReactFlowInstance } from '@xyflow/react';
import { stepsBounds, type CommentAnchor } from '../../model';
import type { EditorStore } from '../../store/createEditorStore';
import { centreBox, centreStep } from '../search/centreStep';

type Flow = Pick<ReactFlowInstance, 'getViewport' | 'setCenter' | 'getInternalNode'>;

const PIN_BOX = 40;

/** Selects what a comment is on and centres it: a step, a flow (both its ends), or the spot. */
export function showAnchor(state: () => EditorStore, flow: Flow, anchor: CommentAnchor): void {
  const { doc } = state();
  if (anchor.on === 'step') {
    if (!doc.steps.some((s) => s.id === anchor.target)) return;
    state().select({ steps: [anchor.target], flows: [] });
    centreStep(flow, doc, anchor.target);
    return;
  }
  if (anchor.on === 'flow') {
    const target = doc.flows.find((f) => f.id === anchor.target);
    if (!target) return;
    state().select({ steps: [], flows: [target.id] });
    const box = stepsBounds(
      doc,
      [target.from, target.to],
      (id) => flow.getInternalNode(id)?.measured.height,
    );
    if (box) centreBox(flow, box);
    return;
  }
  centreBox(flow, {
    x: anchor.x - PIN_BOX / 2,
    y: anchor.y - PIN_BOX / 2,
    width: PIN_BOX,
    height: PIN_BOX,
  });
}
