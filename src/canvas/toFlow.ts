import type { Edge, Node } from '@xyflow/react';
import { changedSteps, replacedAt, selectionChanges } from './listChanges';
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

/** What a node array was built from, so the next build can redo only the steps that changed. */
interface NodesBuild {
  steps: readonly Step[];
  selectedSteps: ReadonlySet<string>;
  bands: readonly LaneBand[];
  commentCounts: ReadonlyMap<string, number>;
  /** Where each step's node is in the array (steps in hidden lanes have none). */
  nodeIndex: ReadonlyMap<string, number>;
}
const nodesBuilds = new WeakMap<readonly StepFlowNode[], NodesBuild>();

/**
 * Builds the nodes, reusing the previous node object whenever nothing it shows changed, so
 * React Flow and the memoised card skip it — and the previous array when every node is reused,
 * so React Flow has nothing to take in. Measured sizes carry over (React Flow needs them).
 * When only some steps changed since `previous` was built (a move, an undo, a typed label), only
 * those are looked at: at 10,000 steps that is the difference between 0.1 ms and 3 ms.
 */
export function toFlowNodes(
  doc: Pick<Blueprint, 'lanes' | 'steps'>,
  selectedSteps: ReadonlySet<string>,
  previous: StepFlowNode[] = [],
  bands: readonly LaneBand[] = laneBands(doc.lanes),
  commentCounts: ReadonlyMap<string, number> = NO_COMMENTS,
): StepFlowNode[] {
  const bandByLane = new Map(bands.map((b) => [b.lane.id, b]));
  const build = nodesBuilds.get(previous);
  if (build && build.bands === bands && build.commentCounts === commentCounts) {
    const reselected = selectionChanges(build.selectedSteps, selectedSteps);
    const updated =
      reselected &&
      updatedNodes(build, previous, doc.steps, reselected, selectedSteps, (step, prev) =>
        nodeFor(step, bandByLane.get(step.lane), selectedSteps, commentCounts, prev),
      );
    if (updated) return updated;
  }
  const previousById = new Map(previous.map((n) => [n.id, n]));
  const nodes: StepFlowNode[] = [];
  const nodeIndex = new Map<string, number>();
  let reusedAll = true;
  for (const step of doc.steps) {
    const prev = previousById.get(step.id);
    const node = nodeFor(step, bandByLane.get(step.lane), selectedSteps, commentCounts, prev);
    if (!node) continue; // the lane is hidden
    if (node !== prev || previous[nodes.length] !== prev) reusedAll = false;
    nodeIndex.set(step.id, nodes.length);
    nodes.push(node);
  }
  const result = reusedAll && nodes.length === previous.length ? previous : nodes;
  nodesBuilds.set(result, { steps: doc.steps, selectedSteps, bands, commentCounts, nodeIndex });
  return result;
}

/**
 * The previous nodes with the changed steps' nodes redone, or undefined when steps were added,
 * removed, reordered or moved in or out of a hidden lane (then everything is rebuilt).
 */
function updatedNodes(
  build: NodesBuild,
  previous: StepFlowNode[],
  steps: readonly Step[],
  reselected: readonly string[],
  selectedSteps: ReadonlySet<string>,
  redo: (step: Step, prev: StepFlowNode) => StepFlowNode | undefined,
): StepFlowNode[] | undefined {
  const changed = changedSteps(build.steps, steps);
  if (!changed) return undefined;
  const redone = new Map<number, StepFlowNode>();
  for (const step of changed) {
    const index = build.nodeIndex.get(step.id);
    const node = index === undefined ? undefined : redo(step, previous[index]!);
    if (!node) return undefined;
    redone.set(index!, node);
  }
  // Steps selected or unselected but otherwise the same: their node holds the step as it is.
  for (const id of reselected) {
    const index = build.nodeIndex.get(id);
    if (index === undefined || redone.has(index)) continue; // in a hidden lane, or done above
    const prev = previous[index]!;
    const node = redo(prev.data.step, prev);
    if (!node) return undefined;
    redone.set(index, node);
  }
  const nodes = replacedAt(previous, redone);
  nodesBuilds.set(nodes, { ...build, steps, selectedSteps });
  return nodes;
}

/** A step's node: `prev` itself when nothing it shows changed; undefined in a hidden lane. */
function nodeFor(
  step: Step,
  band: LaneBand | undefined,
  selectedSteps: ReadonlySet<string>,
  commentCounts: ReadonlyMap<string, number>,
  prev: StepFlowNode | undefined,
): StepFlowNode | undefined {
  if (!band) return undefined;
  const y = band.top + STEP_TOP_PADDING;
  const selected = selectedSteps.has(step.id);
  const comments = commentCounts.get(step.id) ?? 0;
  if (
    prev &&
    prev.data.step === step &&
    prev.data.comments === comments &&
    prev.data.lane === band.lane &&
    prev.position.x === step.x &&
    prev.position.y === y &&
    prev.selected === selected
  )
    return prev;
  return {
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
  };
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

/**
 * What an edge shows of its steps: when none of it changed, the edge object is reused. Positions
 * are not in it, so moving a card (or undoing a move) leaves the edge list alone unless an arrow
 * changes sides: React Flow re-indexes every edge whenever the list changes.
 */
interface EdgeSource {
  flow: Flow;
  fromLabel: string;
  toLabel: string;
  sides: { source: Side; target: Side };
}
const edgeSources = new WeakMap<FlowFlowEdge, EdgeSource>();

/** What an edge array was built from, so the next build can redo only the changed steps' flows. */
interface EdgesBuild {
  steps: readonly Step[];
  flows: readonly Flow[];
  selectedFlows: ReadonlySet<string>;
  bands: readonly LaneBand[];
  commentCounts: ReadonlyMap<string, number>;
  /** Where each step is in `steps` (the same for any later steps with the same ids in order). */
  stepIndex: ReadonlyMap<string, number>;
  /** Where each flow's edge is in the array (flows to a hidden lane have none). */
  edgeIndex: ReadonlyMap<string, number>;
}
const edgesBuilds = new WeakMap<readonly FlowFlowEdge[], EdgesBuild>();
/** The flows of each step, per flow list (the list stays the same while cards move). */
const flowsBySteps = new WeakMap<readonly Flow[], ReadonlyMap<string, readonly Flow[]>>();

/**
 * Builds the edges, reusing the previous edge object when its flow, its steps' labels, the sides
 * it joins and its selection are unchanged, and the previous array when every edge is reused:
 * typing in one label or selecting a card then re-renders one edge or none, not every edge. As
 * with the nodes, when only some steps changed only their flows are looked at.
 */
export function toFlowEdges(
  doc: Pick<Blueprint, 'lanes' | 'steps' | 'flows'>,
  selectedFlows: ReadonlySet<string>,
  bands: readonly LaneBand[] = laneBands(doc.lanes),
  previous: FlowFlowEdge[] = [],
  commentCounts: ReadonlyMap<string, number> = NO_COMMENTS,
): FlowFlowEdge[] {
  const topByLane = new Map(bands.map((b) => [b.lane.id, b.top]));
  const edgeOf = (flow: Flow, from: Step, to: Step, prev: FlowFlowEdge | undefined) =>
    edgeFor(flow, from, to, topByLane, selectedFlows, commentCounts, prev);
  const build = edgesBuilds.get(previous);
  if (
    build &&
    build.flows === doc.flows &&
    build.selectedFlows === selectedFlows &&
    build.bands === bands &&
    build.commentCounts === commentCounts
  ) {
    const updated = updatedEdges(build, previous, doc.steps, edgeOf);
    if (updated) return updated;
  }
  const stepIndex = new Map(doc.steps.map((s, i) => [s.id, i]));
  const previousById = new Map(previous.map((e) => [e.id, e]));
  const edges: FlowFlowEdge[] = [];
  const edgeIndex = new Map<string, number>();
  let reusedAll = true;
  for (const flow of doc.flows) {
    const from = doc.steps[stepIndex.get(flow.from) ?? -1];
    const to = doc.steps[stepIndex.get(flow.to) ?? -1];
    if (!from || !to) continue;
    const prev = previousById.get(flow.id);
    const edge = edgeOf(flow, from, to, prev);
    if (!edge) continue; // a hidden lane
    if (edge !== prev || previous[edges.length] !== prev) reusedAll = false;
    edgeIndex.set(flow.id, edges.length);
    edges.push(edge);
  }
  const result = reusedAll && edges.length === previous.length ? previous : edges;
  edgesBuilds.set(result, {
    steps: doc.steps,
    flows: doc.flows,
    selectedFlows,
    bands,
    commentCounts,
    stepIndex,
    edgeIndex,
  });
  return result;
}

/** The previous edges with the changed steps' flows redone; undefined when that will not do. */
function updatedEdges(
  build: EdgesBuild,
  previous: FlowFlowEdge[],
  steps: readonly Step[],
  edgeOf: (flow: Flow, from: Step, to: Step, prev: FlowFlowEdge) => FlowFlowEdge | undefined,
): FlowFlowEdge[] | undefined {
  const changed = changedSteps(build.steps, steps);
  if (!changed) return undefined;
  const flowsByStep = flowsOfSteps(build.flows);
  const stepById = (id: string) => steps[build.stepIndex.get(id) ?? -1];
  const redone = new Map<number, FlowFlowEdge>();
  for (const step of changed) {
    for (const flow of flowsByStep.get(step.id) ?? []) {
      const index = build.edgeIndex.get(flow.id);
      const from = stepById(flow.from);
      const to = stepById(flow.to);
      if (index === undefined || !from || !to) return undefined;
      const edge = edgeOf(flow, from, to, previous[index]!);
      if (!edge) return undefined;
      redone.set(index, edge);
    }
  }
  const edges = replacedAt(previous, redone);
  edgesBuilds.set(edges, { ...build, steps });
  return edges;
}

function flowsOfSteps(flows: readonly Flow[]): ReadonlyMap<string, readonly Flow[]> {
  let byStep = flowsBySteps.get(flows);
  if (byStep) return byStep;
  const map = new Map<string, Flow[]>();
  for (const flow of flows)
    for (const id of flow.from === flow.to ? [flow.from] : [flow.from, flow.to]) {
      const list = map.get(id);
      if (list) list.push(flow);
      else map.set(id, [flow]);
    }
  byStep = map;
  flowsBySteps.set(flows, byStep);
  return byStep;
}

/** "Flow from 'A' to 'B', two-way, labelled 'asks'": what a screen reader says of a flow. */
function spokenFlowName(flow: Flow, ends: { from: string; to: string }): string {
  const name = t(flow.twoWay ? 'canvas.flowTwoWay' : 'canvas.flowName', ends);
  return flow.label ? t('canvas.flowLabelled', { name, label: flow.label }) : name;
}

/** A flow's edge: `prev` itself when nothing it shows changed; undefined to a hidden lane. */
function edgeFor(
  flow: Flow,
  from: Step,
  to: Step,
  topByLane: ReadonlyMap<string, number>,
  selectedFlows: ReadonlySet<string>,
  commentCounts: ReadonlyMap<string, number>,
  prev: FlowFlowEdge | undefined,
): FlowFlowEdge | undefined {
  const fromTop = topByLane.get(from.lane);
  const toTop = topByLane.get(to.lane);
  if (fromTop === undefined || toTop === undefined) return undefined;
  const selected = selectedFlows.has(flow.id);
  const source = prev && edgeSources.get(prev);
  const comments = commentCounts.get(flow.id) ?? 0;
  const sides = flowSides({ top: fromTop, x: from.x }, { top: toTop, x: to.x });
  if (
    prev &&
    source &&
    source.flow === flow &&
    prev.data?.comments === comments &&
    source.fromLabel === from.label &&
    source.toLabel === to.label &&
    source.sides.source === sides.source &&
    source.sides.target === sides.target &&
    prev.selected === selected
  )
    return prev;
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
    ariaLabel: spokenFlowName(flow, ends),
  };
  edgeSources.set(edge, { flow, fromLabel: from.label, toLabel: to.label, sides });
  return edge;
}
