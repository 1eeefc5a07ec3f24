import type { MouseEvent as ReactMouseEvent } from 'react';
import type { ReactFlowProps } from '@xyflow/react';
import type { FlowFlowEdge, StepFlowNode } from '../toFlow';

/**
 * How the canvas asks for a context menu. The app passes these in (the canvas does not know what
 * the menus hold); a right-click calls them directly, and a long press on a touch screen sends a
 * `contextmenu` event to what is under the finger (useCanvasTouch), so it reaches them too.
 */
export interface CanvasMenu {
  /** Spread onto <ReactFlow>: the pane, a card, a flow, the box around selected cards. */
  flow: Pick<
    ReactFlowProps<StepFlowNode, FlowFlowEdge>,
    'onPaneContextMenu' | 'onNodeContextMenu' | 'onEdgeContextMenu' | 'onSelectionContextMenu'
  >;
  /** A lane's frozen header. */
  onLane: (event: ReactMouseEvent, laneId: string) => void;
}
