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
import { declaredHandles } from './nodes/declaredHandles';

/** Document → React Flow nodes and edges. The document is the truth; these are derived. */

export interface StepNodeData extends Record<string, unknown> {
  step: Step;
  lane: Lane;
  /** Open comments on the step: a badge shows them. */
  comments: number;
}
export type StepFlowNode = Node<StepNodeData, 'step'>;

export interface FlowEdgeData extends Record<string, unknown> {
  flow: Flow;
  /** Open comments on the flow. */
  comments: number;
  /** "From → to", for the comment badge's name. */
  name: string;
}

const NO_COMMENTS: ReadonlyMap<string, number> = new Map();
export type FlowFlowEdge = Edge<FlowEdgeData, 'flow'>;

export function stepAriaLabel(step: Step, lane: Lane): string {
  const parts = [t('step.ariaName', { label: step.label || t('step.untitled'), lane: lane.label })];
  if (step.failPoint) parts.push(t('step.failPoint'));
  if (step.wait) parts.push(t('step.wait'));
  return parts.join(t('step.separator'));
}

/**
 * Builds the nodes, reusing the previous node object whenever nothing it shows changed, so
 * React Flow and the memoised card skip it — and the previous array when every node is reused,
 * so React Flow has nothing to take in. Measured sizes carry over (React Flow needs them).
 */
export function toFlowNodes(
  doc: Pick<Blueprint, 'lanes' | 'steps'>,
  selectedSteps: ReadonlySet<string>,
  previous: StepFlowNode[] = [],
  bands: readonly LaneBand[] = laneBands(doc.lanes),
  commentCounts: ReadonlyMap<string, number> = NO_COMMENTS,
): StepFlowNode[] {
  const bandByLane = new Map(bands.map((b) => [b.lane.id, b]));
  const previousById = new Map(previous.map((n) => [n.id, n]));
  const nodes: StepFlowNode[] = [];
  let reusedAll = true;
  for (const step of doc.steps) {
    const band = bandByLane.get(step.lane);
    if (!band) continue; // the lane is hidden
    const y = band.top + STEP_TOP_PADDING;
    const selected = selectedSteps.has(step.id);
    const prev = previousById.get(step.id);
    const comments = commentCounts.get(step.id) ?? 0;
    if (
      prev &&
      prev.data.step === step &&
      prev.data.comments === comments &&
      prev.data.lane === band.lane &&
      prev.position.x === step.x &&
      prev.position.y === y &&
      prev.selected === selected
    ) {
      if (previous[nodes.length] !== prev) reusedAll = false;
      nodes.push(prev);
      continue;
    }
    reusedAll = false;
    nodes.push({
      id: step.id,
      type: 'step',
      position: { x: step.x, y },
      data: { step, lane: band.lane, comments },
      selected,
      ariaLabel: stepAriaLabel(step, band.lane),
      // Known from the start so a new card is visible (and focusable) before it is measured.
      initialWidth: STEP_WIDTH,
      initialHeight: STEP_MIN_HEIGHT,
      ...(prev?.measured ? { measured: prev.measured } : {}),
      handles: handlesFor(prev?.measured),
    });
  }
  return reusedAll && nodes.length === previous.length ? previous : nodes;
}

/** The card's handles at its measured size, or at the size it starts with. */
export function handlesFor(measured: { width?: number; height?: number } | undefined) {
  return declaredHandles(measured?.width ?? STEP_WIDTH, measured?.height ?? STEP_MIN_HEIGHT);
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

/** What an edge was built from: when none of it changed, the edge object is reused. */
interface EdgeSource {
  flow: Flow;
  from: Step;
  to: Step;
  fromTop: number;
  toTop: number;
}
const edgeSources = new WeakMap<FlowFlowEdge, EdgeSource>();

/**
 * Builds the edges, reusing the previous edge object when its flow, both its steps, their lanes'
 * positions and its selection are unchanged, and the previous array when every edge is reused:
 * typing in one label or selecting a card then re-renders one edge or none, not every edge.
 */
export function toFlowEdges(
  doc: Pick<Blueprint, 'lanes' | 'steps' | 'flows'>,
  selectedFlows: ReadonlySet<string>,
  bands: readonly LaneBand[] = laneBands(doc.lanes),
  previous: FlowFlowEdge[] = [],
  commentCounts: ReadonlyMap<string, number> = NO_COMMENTS,
): FlowFlowEdge[] {
  const topByLane = new Map(bands.map((b) => [b.lane.id, b.top]));
  const steps = new Map(doc.steps.map((s) => [s.id, s]));
  const previousById = new Map(previous.map((e) => [e.id, e]));
  const edges: FlowFlowEdge[] = [];
  let reusedAll = true;
  for (const flow of doc.flows) {
    const from = steps.get(flow.from);
    const to = steps.get(flow.to);
    if (!from || !to) continue;
    const fromTop = topByLane.get(from.lane);
    const toTop = topByLane.get(to.lane);
    if (fromTop === undefined || toTop === undefined) continue; // a hidden lane
    const selected = selectedFlows.has(flow.id);
    const prev = previousById.get(flow.id);
    const source = prev && edgeSources.get(prev);
    const comments = commentCounts.get(flow.id) ?? 0;
    if (
      prev &&
      source &&
      source.flow === flow &&
      prev.data?.comments === comments &&
      source.from === from &&
      source.to === to &&
      source.fromTop === fromTop &&
      source.toTop === toTop &&
      prev.selected === selected
    ) {
      if (previous[edges.length] !== prev) reusedAll = false;
      edges.push(prev);
      continue;
    }
    reusedAll = false;
    const sides = flowSides({ top: fromTop, x: from.x }, { top: toTop, x: to.x });
    const ends = { from: from.label || t('step.untitled'), to: to.label || t('step.untitled') };
    const edge: FlowFlowEdge = {
      id: flow.id,
      type: 'flow',
      source: flow.from,
      target: flow.to,
      sourceHandle: sides.source,
      targetHandle: sides.target,
      selected,
      data: { flow, comments, name: `${ends.from} → ${ends.to}` },
      ariaLabel: t(flow.twoWay ? 'canvas.flowTwoWay' : 'canvas.flowName', ends),
    };
    edgeSources.set(edge, { flow, from, to, fromTop, toTop });
    edges.push(edge);
  }
  return reusedAll && edges.length === previous.length ? previous : edges;
}
