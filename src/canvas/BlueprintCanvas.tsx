import {
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
  type MouseEvent as ReactMouseEvent,
} from 'react';
import {
  applyNodeChanges,
  ConnectionMode,
  Controls,
  ReactFlow,
  useReactFlow,
  type ColorMode,
  type Connection,
  type FitViewOptions,
  type EdgeChange,
  type NodeChange,
  type OnConnectEnd,
  type OnNodeDrag,
  type Viewport,
} from '@xyflow/react';
import { blueprintBounds, LANE_HEADER_WIDTH, laneAt, laneBands, ops, STEP_WIDTH } from '../model';
import { useEditor, useEditorApi } from '../store/useEditor';
import { nodeTypes, edgeTypes } from './nodeTypes';
import { handlesFor, toFlowEdges, toFlowNodes, type StepFlowNode } from './toFlow';
import { LaneLayer } from './lanes/LaneLayer';
import { LaneHeaders } from './lanes/LaneHeaders';
import { flowAriaLabels } from './ariaLabels';
import type { CanvasMenu } from './touch/canvasMenu';
import { useCanvasTouch } from './touch/useCanvasTouch';
import { GuideLine } from './guides/GuideLine';
import { useDragGuides } from './guides/useDragGuides';
import { PresenceLayer, usePresencePointer } from './presence/PresenceLayer';
import { CompareLayer } from './compare/CompareLayer';
import { ChangesLayer } from './versions/ChangesLayer';
import { Overview } from './overview/Overview';
import { MinimapToggle } from './overview/MinimapToggle';
import { useMinimapShown } from './overview/minimapShown';
import { CommentPins } from './comments/CommentPins';
import { EmotionCurve } from './emotion/EmotionCurve';

const PRO_OPTIONS = { hideAttribution: true };
/** Fit leaves room for the frozen lane-name column on the left. */
const FIT_VIEW: FitViewOptions = {
  padding: { left: `${LANE_HEADER_WIDTH + 32}px`, top: '32px', right: '32px', bottom: '32px' },
};
const NO_DELETE_KEY = null; // deletion goes through the store's shortcuts, not React Flow
/**
 * Up to this many steps every card and flow stays on the page, so find-in-page, screen readers
 * and keyboard focus reach all of them. Beyond it React Flow mounts only what is in view, so a
 * pan or drag frame costs about as much at 3,000 steps as at 100 (bench/profile.mjs --trace).
 */
const DRAW_ALL_UP_TO = 250;

/** Measured cards get handles at their measured size (see declaredHandles). */
function withMeasuredHandles(
  changes: readonly NodeChange<StepFlowNode>[],
  nodes: StepFlowNode[],
): StepFlowNode[] {
  const resized = new Set(changes.filter((c) => c.type === 'dimensions').map((c) => c.id));
  if (!resized.size) return nodes;
  return nodes.map((node) =>
    resized.has(node.id) ? { ...node, handles: handlesFor(node.measured) } : node,
  );
}
/** Shift+click (and Ctrl/⌘+click) adds a card to the selection or takes it out. */
const MULTI_SELECT_KEYS = ['Shift', 'Control', 'Meta'];

/**
 * The canvas. Nodes are derived from the document and kept in local state only so React Flow
 * can move them during a drag; the drop commits one `moveSteps` edit.
 */
export function BlueprintCanvas({
  colorMode = 'system',
  menu,
}: {
  colorMode?: ColorMode;
  /** Right-click and long-press menus (the app fills them in). */
  menu?: CanvasMenu;
}) {
  const touchRef = useCanvasTouch();
  const presencePointer = usePresencePointer();
  const api = useEditorApi();
  const lanes = useEditor((s) => s.doc.lanes);
  const steps = useEditor((s) => s.doc.steps);
  const flows = useEditor((s) => s.doc.flows);
  const comments = useEditor((s) => s.doc.comments);
  const selection = useEditor((s) => s.selection);
  /** A shared blueprint: look, select and pan, but no drag, connect or double-click add. */
  const readOnly = useEditor((s) => s.readOnly);
  const minimapShown = useMinimapShown();
  const [initialView] = useState(() => api.getState().view);
  // The app remounts on a language change, so the labels are read once per mount.
  const [ariaLabels] = useState(flowAriaLabels);
  const { screenToFlowPosition, setViewport } = useReactFlow();
  const loadCount = useEditor((s) => s.loadCount);
  useEffect(() => {
    if (loadCount > 0) void setViewport(api.getState().view);
  }, [loadCount, api, setViewport]);

  const bands = useMemo(() => laneBands(lanes), [lanes]);
  const bounds = useMemo(() => blueprintBounds({ lanes, steps }), [lanes, steps]);
  const selectedSteps = useMemo(() => new Set(selection.steps), [selection.steps]);
  const selectedFlows = useMemo(() => new Set(selection.flows), [selection.flows]);
  const commentCounts = useMemo(() => ops.openCommentCounts({ comments }), [comments]);

  const [dropLaneId, setDropLaneId] = useState<string | null>(null);
  /** Bumped after a drop so cards snap into their lane even when the document did not change. */
  const [snapCount, setSnapCount] = useState(0);
  const guides = useDragGuides(steps);

  // Nodes are derived from the document during render (React's derived-state pattern) and
  // then moved locally by React Flow while a drag is under way.
  const inputs = useMemo(
    () => ({ lanes, steps, selectedSteps, bands, snapCount, commentCounts }),
    [lanes, steps, selectedSteps, bands, snapCount, commentCounts],
  );
  const [derived, setDerived] = useState(() => ({
    inputs,
    nodes: toFlowNodes({ lanes, steps }, selectedSteps, [], bands, commentCounts),
  }));
  let nodes = derived.nodes;
  if (derived.inputs !== inputs) {
    nodes = toFlowNodes({ lanes, steps }, selectedSteps, derived.nodes, bands, commentCounts);
    setDerived({ inputs, nodes });
  }

  // Edges the same way, so that an edit re-renders only the arrows it touches.
  const edgeInputs = useMemo(
    () => ({ lanes, steps, flows, selectedFlows, bands, commentCounts }),
    [lanes, steps, flows, selectedFlows, bands, commentCounts],
  );
  const [derivedEdges, setDerivedEdges] = useState(() => ({
    inputs: edgeInputs,
    edges: toFlowEdges({ lanes, steps, flows }, selectedFlows, bands, [], commentCounts),
  }));
  let edges = derivedEdges.edges;
  if (derivedEdges.inputs !== edgeInputs) {
    edges = toFlowEdges(
      { lanes, steps, flows },
      selectedFlows,
      bands,
      derivedEdges.edges,
      commentCounts,
    );
    setDerivedEdges({ inputs: edgeInputs, edges });
  }

  // React Flow re-indexes every edge whenever the edge list changes (30–50 ms at 10,000 flows):
  // an arrow's new name after typing in a label, or its new side after a move, follows a frame
  // later rather than holding up the card's own paint.
  const deferredEdges = useDeferredValue(edges);

  const onNodesChange = useCallback(
    (changes: NodeChange<StepFlowNode>[]) => {
      const local = changes.filter((c) => c.type === 'position' || c.type === 'dimensions');
      if (local.length)
        setDerived((d) => ({
          ...d,
          nodes: withMeasuredHandles(local, applyNodeChanges(local, d.nodes)),
        }));
      const selects = changes.filter((c) => c.type === 'select');
      if (selects.length) {
        const next = new Set(api.getState().selection.steps);
        for (const c of selects) {
          if (c.selected) next.add(c.id);
          else next.delete(c.id);
        }
        // React Flow deselects the other kind itself (a click on a card unselects the flows), and
        // a selection box reports cards and flows one after the other: keep the flows here.
        api.getState().select({ steps: [...next], flows: api.getState().selection.flows });
      }
    },
    [api],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      const selects = changes.filter((c) => c.type === 'select');
      if (!selects.length) return;
      const next = new Set(api.getState().selection.flows);
      for (const c of selects) {
        if (c.selected) next.add(c.id);
        else next.delete(c.id);
      }
      api.getState().select({ flows: [...next], steps: api.getState().selection.steps });
    },
    [api],
  );

  const laneUnderPointer = useCallback(
    (event: MouseEvent | TouchEvent) => {
      const pointer = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!pointer) return undefined;
      const point = screenToFlowPosition({ x: pointer.clientX, y: pointer.clientY });
      return laneAt(bands, point.y);
    },
    [screenToFlowPosition, bands],
  );

  const onNodeDrag: OnNodeDrag<StepFlowNode> = useCallback(
    (event, node, dragged) => {
      const lane = laneUnderPointer(event);
      setDropLaneId((current) => (current === (lane?.id ?? null) ? current : (lane?.id ?? null)));
      guides.track(node.id, node.position.x, lane?.id, () => new Set(dragged.map((n) => n.id)));
    },
    [laneUnderPointer, guides],
  );

  const onNodeDragStop: OnNodeDrag<StepFlowNode> = useCallback(
    (event, node, dragged) => {
      setDropLaneId(null);
      const pointerLane = laneUnderPointer(event);
      const moves = dragged.map((n) => {
        const lane =
          n.id === node.id
            ? pointerLane
            : laneAt(bands, n.position.y + (n.measured?.height ?? 0) / 2);
        return { id: n.id, x: n.position.x, lane: lane?.id ?? n.data.step.lane };
      });
      api.getState().moveSteps(guides.finish(moves, node.id));
      setSnapCount((n) => n + 1);
    },
    [api, laneUnderPointer, bands, guides],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      if (connection.source && connection.target)
        api.getState().addFlow(connection.source, connection.target);
    },
    [api],
  );

  /** Dropping a connection anywhere on a card (not only on a handle) connects to that card. */
  const onConnectEnd: OnConnectEnd = useCallback(
    (event, connection) => {
      if (connection.isValid || !connection.fromNode) return;
      const pointer = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!pointer) return;
      const card = document
        .elementFromPoint(pointer.clientX, pointer.clientY)
        ?.closest('.react-flow__node');
      const target = card?.getAttribute('data-id');
      if (target && target !== connection.fromNode.id)
        api.getState().addFlow(connection.fromNode.id, target);
    },
    [api],
  );

  const onDoubleClick = useCallback(
    (event: ReactMouseEvent) => {
      const target = event.target as HTMLElement;
      if (!target.classList.contains('react-flow__pane')) return;
      const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const lane = laneAt(bands, point.y);
      if (!lane) return;
      const id = api.getState().addStep(lane.id, point.x - STEP_WIDTH / 2);
      api.getState().setEditingStep(id);
    },
    [api, screenToFlowPosition, bands],
  );

  const onNodeDoubleClick = useCallback(
    (_: ReactMouseEvent, node: StepFlowNode) => api.getState().setEditingStep(node.id),
    [api],
  );

  const onMoveEnd = useCallback(
    (_: unknown, viewport: Viewport) => api.getState().setView(viewport),
    [api],
  );

  return (
    <div className="canvas-wrap" onDoubleClick={onDoubleClick} ref={touchRef} {...presencePointer}>
      <ReactFlow
        {...menu?.flow}
        ariaLabelConfig={ariaLabels}
        colorMode={colorMode}
        nodes={nodes}
        edges={deferredEdges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDrag={onNodeDrag}
        onNodeDragStop={onNodeDragStop}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        onNodeDoubleClick={onNodeDoubleClick}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        connectionRadius={28}
        onMoveEnd={onMoveEnd}
        defaultViewport={initialView}
        connectionMode={ConnectionMode.Loose}
        deleteKeyCode={NO_DELETE_KEY}
        zoomOnDoubleClick={false}
        minZoom={0.1}
        maxZoom={3}
        proOptions={PRO_OPTIONS}
        elevateEdgesOnSelect
        onlyRenderVisibleElements={steps.length > DRAW_ALL_UP_TO}
      >
        <LaneLayer bands={bands} bounds={bounds} dropLaneId={dropLaneId} />
        <LaneHeaders bands={bands} dropLaneId={dropLaneId} onLaneMenu={menu?.onLane} />
        <GuideLine x={guides.guideX} bounds={bounds} />
        <CompareLayer bands={bands} />
        <ChangesLayer bands={bands} />
        <EmotionCurve bands={bands} />
        <CommentPins />
        <PresenceLayer bands={bands} />
        <Controls position="bottom-right" showInteractive={false} fitViewOptions={FIT_VIEW}>
          <MinimapToggle />
        </Controls>
        {minimapShown && (
          <Overview bands={bands} bounds={bounds} steps={steps} colorMode={colorMode} />
        )}
      </ReactFlow>
    </div>
  );
}
