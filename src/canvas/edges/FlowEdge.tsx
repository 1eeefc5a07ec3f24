import { memo } from 'react';
import { BaseEdge, getSmoothStepPath, useStore, type EdgeProps } from '@xyflow/react';
import type { FlowFlowEdge } from '../toFlow';

const ARROW_SIZE = 14;

/** A thin neutral arrow routed in right angles; a two-way flow has a head at each end. */
function FlowEdgeComponent(props: EdgeProps<FlowFlowEdge>) {
  const [path, labelX, labelY] = getSmoothStepPath({ ...props, borderRadius: 10, offset: 16 });
  const flow = props.data?.flow;
  const color = props.selected ? '#2563eb' : '#64748b';
  const markerId = useMarkerIds(props.id, color);
  return (
    <>
      <defs>
        <marker
          id={markerId}
          viewBox="-10 -10 20 20"
          markerWidth={ARROW_SIZE}
          markerHeight={ARROW_SIZE}
          markerUnits="userSpaceOnUse"
          orient="auto-start-reverse"
          refX="0"
          refY="0"
        >
          <polyline
            points="-8,-5 0,0 -8,5 -8,-5"
            fill={color}
            stroke={color}
            strokeWidth="1"
            strokeLinejoin="round"
          />
        </marker>
      </defs>
      <BaseEdge
        id={props.id}
        path={path}
        markerEnd={`url(#${markerId})`}
        markerStart={flow?.twoWay ? `url(#${markerId})` : undefined}
        style={{ stroke: color, strokeWidth: props.selected ? 2.5 : 1.5 }}
        interactionWidth={18}
        label={flow?.label || undefined}
        labelX={labelX}
        labelY={labelY}
        labelStyle={{ fontSize: 13, fill: '#1f2937' }}
        labelBgStyle={{ fill: '#ffffff' }}
        labelBgPadding={[4, 2]}
        labelBgBorderRadius={3}
      />
    </>
  );
}

const domIdSelector = (s: { rfId: string }) => s.rfId;

/** Marker ids are per edge and per flow instance so exported clones keep their own arrowheads. */
function useMarkerIds(edgeId: string, color: string): string {
  const rfId = useStore(domIdSelector);
  return `arrow-${rfId}-${edgeId}-${color.slice(1)}`;
}

export const FlowEdge = memo(FlowEdgeComponent);
