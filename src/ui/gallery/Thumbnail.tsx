import { memo } from 'react';
import {
  blueprintBounds,
  laneBands,
  STEP_MIN_HEIGHT,
  STEP_TOP_PADDING,
  STEP_WIDTH,
  type Blueprint,
} from '../../model';

const TINTS: Record<string, string> = {
  evidence: '#f3f4f6',
  customer: '#e8f0fe',
  onstage: '#e7f5ec',
  backstage: '#f1ecfb',
  support: '#f8f1e4',
  custom: '#fafafa',
};

/** A small picture of a blueprint drawn from the document alone: lanes, cards, F/W dots. */
function ThumbnailComponent({ doc, width = 240 }: { doc: Blueprint; width?: number }) {
  const bands = laneBands(doc.lanes);
  const bounds = blueprintBounds(doc, () => STEP_MIN_HEIGHT);
  const top = new Map(bands.map((b) => [b.lane.id, b.top]));
  const height = Math.round((width * bounds.height) / bounds.width);
  return (
    <svg
      className="thumbnail"
      viewBox={`${bounds.x} ${bounds.y} ${bounds.width} ${bounds.height}`}
      width={width}
      height={height}
      aria-hidden="true"
    >
      {bands.map((b) => (
        <rect
          key={b.lane.id}
          x={bounds.x}
          y={b.top}
          width={bounds.width}
          height={b.lane.height}
          fill={TINTS[b.lane.kind]}
        />
      ))}
      {doc.steps.map((s) => {
        const y = top.get(s.lane);
        if (y === undefined) return null;
        return (
          <g key={s.id}>
            <rect
              x={s.x}
              y={y + STEP_TOP_PADDING}
              width={STEP_WIDTH}
              height={STEP_MIN_HEIGHT}
              rx={8}
              fill="#fff"
              stroke="#9ca3af"
              strokeWidth={4}
            />
            {s.failPoint && (
              <circle cx={s.x + STEP_WIDTH} cy={y + STEP_TOP_PADDING} r={14} fill="#dc2626" />
            )}
            {s.wait && (
              <circle
                cx={s.x + STEP_WIDTH - (s.failPoint ? 34 : 0)}
                cy={y + STEP_TOP_PADDING}
                r={14}
                fill="#f59e0b"
              />
            )}
          </g>
        );
      })}
    </svg>
  );
}

export const Thumbnail = memo(ThumbnailComponent);
