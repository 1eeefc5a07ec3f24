import { memo } from 'react';
import {
  BaseEdge,
  EdgeLabelRenderer,
  getSmoothStepPath,
  useStore,
  type EdgeProps,
} from '@xyflow/react';
import type { FlowFlowEdge } from '../toFlow';
import { CommentBadge } from '../comments/CommentBadge';

const ARROW_SIZE = 14;

/** A thin neutral arrow routed in right angles; a two-way flow has a head at each end. */
function FlowEdgeComponent(props: EdgeProps<FlowFlowEdge>) {
  const [path, labelX, labelY] = getSmoothStepPath({ ...props, borderRadius: 10, offset: 16 });
  const flow = props.data?.flow;
  // Theme colours (ui/theme/tokens.css), so flows read in the dark theme too. Exports draw their
  // own arrows (src/io/exportSvg.ts) and do not use these.
  const color = props.selected ? 'var(--accent)' : 'var(--edge)';
  const markerId = useMarkerIds(props.id, props.selected ?? false);
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
            style={{ fill: color, stroke: color }}
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
        labelStyle={{ fontSize: 13, fill: 'var(--text)' }}
        labelBgStyle={{ fill: 'var(--surface)' }}
        labelBgPadding={[4, 2]}
        labelBgBorderRadius={3}
      />
      {(props.data?.comments ?? 0) > 0 && (
        <EdgeLabelRenderer>
          <div
            className="flow-comment-badge"
            style={{ transform: `translate(-50%, -100%) translate(${labelX}px, ${labelY - 12}px)` }}
          >
            <CommentBadge
              count={props.data?.comments ?? 0}
              on="flow"
              target={props.id}
              label={props.data?.name ?? ''}
            />
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

const domIdSelector = (s: { rfId: string }) => s.rfId;

/** Marker ids are per edge and per flow instance so exported clones keep their own arrowheads. */
function useMarkerIds(edgeId: string, selected: boolean): string {
  const rfId = useStore(domIdSelector);
  return `arrow-${rfId}-${edgeId}-${selected ? 'selected' : 'plain'}`;
}

export const FlowEdge = memo(FlowEdgeComponent);
