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
import './flowEdge.css';

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
      />
      {flow?.label && (
        // Above the cards, as in the exports: a flow between two close cards keeps its words.
        // Clicks go through it, to the flow's line beneath or to a card.
        <EdgeLabelRenderer>
          <div
            className={`flow-label${props.selected ? ' is-selected' : ''}`}
            style={{
              transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`,
              maxWidth: labelWidthBetween(props, flow.label),
            }}
          >
            {flow.label}
          </div>
        </EdgeLabelRenderer>
      )}
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

const LABEL_MAX_WIDTH = 220;
/** A generous 13 px Latin character (wide fonts such as DejaVu), and the label's side padding. */
const CHAR_WIDTH = 8.5;
const LABEL_PADDING = 8;

/** The widest word of a label, roughly; Chinese text may break between any two characters. */
function longestWordWidth(label: string): number {
  const words = label.split(/[\s\u2e80-\u9fff\uff00-\uffef]+/);
  return Math.max(...words.map((word) => word.length)) * CHAR_WIDTH + LABEL_PADDING;
}

/**
 * How wide a label may be: between two cards side by side, the gap between them, so the words
 * wrap onto more lines rather than cover a card (never narrower than its widest word);
 * elsewhere a line of at most 220 px.
 */
function labelWidthBetween(
  { sourceX, sourceY, targetX, targetY }: EdgeProps,
  label: string,
): number {
  if (Math.abs(sourceY - targetY) > 1) return LABEL_MAX_WIDTH;
  const gap = Math.abs(targetX - sourceX) - ARROW_SIZE / 2;
  return Math.min(LABEL_MAX_WIDTH, Math.max(longestWordWidth(label), gap));
}

const domIdSelector = (s: { rfId: string }) => s.rfId;

/** Marker ids are per edge and per flow instance so exported clones keep their own arrowheads. */
function useMarkerIds(edgeId: string, selected: boolean): string {
  const rfId = useStore(domIdSelector);
  return `arrow-${rfId}-${edgeId}-${selected ? 'selected' : 'plain'}`;
}

export const FlowEdge = memo(FlowEdgeComponent);
