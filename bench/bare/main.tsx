import { StrictMode, useCallback, type ChangeEvent } from 'react';
import { createRoot } from 'react-dom/client';
import {
  ReactFlow,
  ReactFlowProvider,
  useEdgesState,
  useNodesState,
  useReactFlow,
  type Edge,
  type Node,
  type Viewport,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';

/**
 * The benchmark's baseline: React Flow as its getting-started guide sets it up (default nodes
 * and edges, `useNodesState`), fed the same file as the editor. It is built by the benchmark
 * only and never shipped. `?w=&h=` sizes the canvas like the editor's, so as many cards show.
 */

interface FileDoc {
  lanes: { id: string; height: number; hidden?: boolean }[];
  steps: { id: string; lane: string; x: number; label: string }[];
  flows: { id: string; from: string; to: string }[];
  view?: Viewport;
}

const CARD_TOP_PADDING = 24;
const START_VIEW: Viewport = { x: 200, y: 16, zoom: 1 };

function toNodes(doc: FileDoc): Node[] {
  const laneTop = new Map<string, number>();
  let top = 0;
  for (const lane of doc.lanes) {
    if (lane.hidden) continue;
    laneTop.set(lane.id, top);
    top += lane.height;
  }
  return doc.steps.map((step) => ({
    id: step.id,
    position: { x: step.x, y: (laneTop.get(step.lane) ?? 0) + CARD_TOP_PADDING },
    data: { label: step.label },
  }));
}

function toEdges(doc: FileDoc): Edge[] {
  return doc.flows.map((flow) => ({ id: flow.id, source: flow.from, target: flow.to }));
}

const params = new URLSearchParams(window.location.search);
const size = {
  width: Number(params.get('w')) || '100%',
  height: Number(params.get('h')) || '100%',
};

function BareFlow() {
  const [nodes, setNodes, onNodesChange] = useNodesState<Node>([]);
  const [edges, setEdges, onEdgesChange] = useEdgesState<Edge>([]);
  const { setViewport } = useReactFlow();

  const onFile = useCallback(
    async (event: ChangeEvent<HTMLInputElement>) => {
      const file = event.target.files?.[0];
      if (!file) return;
      const doc = JSON.parse(await file.text()) as FileDoc;
      if (doc.view) void setViewport(doc.view);
      setNodes(toNodes(doc));
      setEdges(toEdges(doc));
    },
    [setNodes, setEdges, setViewport],
  );

  return (
    <div style={size}>
      <input
        type="file"
        hidden
        aria-label="Open a blueprint"
        data-testid="open-file-input"
        onChange={(e) => void onFile(e)}
      />
      <ReactFlow
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        defaultViewport={START_VIEW}
        minZoom={0.1}
        maxZoom={3}
      />
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ReactFlowProvider>
      <BareFlow />
    </ReactFlowProvider>
  </StrictMode>,
);
