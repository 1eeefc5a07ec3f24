import type { Edge, Node } from '@xyflow/react';
import {
  laneBands,
  STEP_MIN_HEIGHT,
  STEP_TOP_PADDING,
  STEP_WIDTH,
  type Blueprint,
  type Flow,
  type Lane,
  type LaneBand,
  type Step,
} from '../model';
import { t } from '../i18n/t';

/** Document → React Flow nodes and edges. The document is the truth; these are derived. */

export interface StepNodeData extends Record<string, unknown> {
  step: Step;
  lane: Lane;
}
export type StepFlowNode = Node<StepNodeData, 'step'>;

export interface FlowEdgeData extends Record<string, unknown> {
  flow: Flow;
}
export type FlowFlowEdge = Edge<FlowEdgeData, 'flow'>;

export function stepAriaLabel(step: Step, lane: Lane): string {
  const parts = [t('step.ariaName', { label: step.label || t('step.untitled'), lane: lane.label })];
  if (step.failPoint) parts.push(t('step.failPoint'));
  if (step.wait) parts.push(t('step.wait'));
  return parts.join(t('step.separator'));
}

/**
 * Builds the nodes, reusing the previous node object whenever nothing it shows changed, so
 * React Flow and the memoised card skip it. Measured sizes carry over (React Flow needs them).
 */
export function toFlowNodes(
  doc: Pick<Blueprint, 'lanes' | 'steps'>,
  selectedSteps: ReadonlySet<string>,
  previous: ReadonlyMap<string, StepFlowNode>,
  bands: readonly LaneBand[] = laneBands(doc.lanes),
): StepFlowNode[] {
  const bandByLane = new Map(bands.map((b) => [b.lane.id, b]));
  const nodes: StepFlowNode[] = [];
  for (const step of doc.steps) {
    const band = bandByLane.get(step.lane);
    if (!band) continue; // the lane is hidden
    const y = band.top + STEP_TOP_PADDING;
    const selected = selectedSteps.has(step.id);
    const prev = previous.get(step.id);
    if (
      prev &&
      prev.data.step === step &&
      prev.data.lane === band.lane &&
      prev.position.x === step.x &&
      prev.position.y === y &&
      prev.selected === selected
    ) {
      nodes.push(prev);
      continue;
    }
    nodes.push({
      id: step.id,
      type: 'step',
      position: { x: step.x, y },
      data: { step, lane: band.lane },
      selected,
      ariaLabel: stepAriaLabel(step, band.lane),
      // Known from the start so a new card is visible (and focusable) before it is measured.
      initialWidth: STEP_WIDTH,
      initialHeight: STEP_MIN_HEIGHT,
      ...(prev?.measured ? { measured: prev.measured } : {}),
    });
  }
  return nodes;
}

type Side = 't' | 'r' | 'b' | 'l';

/** Which sides a flow leaves and enters by: down/up between lanes, across within a lane. */
export function flowSides(
  from: { top: number; x: number },
  to: { top: number; x: number },
): { source: Side; target: Side } {
  if (from.top < to.top) return { source: 'b', target: 't' };
  if (from.top > to.top) return { source: 't', target: 'b' };
  return from.x <= to.x ? { source: 'r', target: 'l' } : { source: 'l', target: 'r' };
}

export function toFlowEdges(
  doc: Pick<Blueprint, 'lanes' | 'steps' | 'flows'>,
  selectedFlows: ReadonlySet<string>,
  bands: readonly LaneBand[] = laneBands(doc.lanes),
): FlowFlowEdge[] {
  const topByLane = new Map(bands.map((b) => [b.lane.id, b.top]));
  const steps = new Map(doc.steps.map((s) => [s.id, s]));
  const edges: FlowFlowEdge[] = [];
  for (const flow of doc.flows) {
    const from = steps.get(flow.from);
    const to = steps.get(flow.to);
    if (!from || !to) continue;
    const fromTop = topByLane.get(from.lane);
    const toTop = topByLane.get(to.lane);
    if (fromTop === undefined || toTop === undefined) continue; // a hidden lane
    const sides = flowSides({ top: fromTop, x: from.x }, { top: toTop, x: to.x });
    edges.push({
      id: flow.id,
      type: 'flow',
      source: flow.from,
      target: flow.to,
      sourceHandle: sides.source,
      targetHandle: sides.target,
      selected: selectedFlows.has(flow.id),
      data: { flow },
      ariaLabel: t(flow.twoWay ? 'canvas.flowTwoWay' : 'canvas.flowName', {
        from: from.label || t('step.untitled'),
        to: to.label || t('step.untitled'),
      }),
    });
  }
  return edges;
}
