import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { StepNode } from './nodes/StepNode';
import { FlowEdge } from './edges/FlowEdge';

/** Defined once at module level: React Flow re-creates every node when these objects change. */
export const nodeTypes: NodeTypes = { step: StepNode };
export const edgeTypes: EdgeTypes = { flow: FlowEdge };
