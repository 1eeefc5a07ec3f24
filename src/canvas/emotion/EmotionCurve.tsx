import { useRef, useState } from 'react';
import { ViewportPortal, useReactFlow } from '@xyflow/react';
import {
  curvePath,
  feelingPoints,
  feelingY,
  FEELING_MAX,
  FEELING_MIN,
  scoreAtY,
  type FeelingPoint,
  type LaneBand,
} from '../../model';
import { useEditor, useEditorApi } from '../../store/useEditor';
import { t } from '../../i18n/t';
import { feelingText } from './feelingText';
import './emotion.css';

/**
 * The emotion lane's curve: a point per customer action at its feeling (−2 … +2), joined left to
 * right, a dashed neutral line, and dips at fail points in red. Each point is a slider: drag it
 * up or down, or use the arrow keys; a point not set yet sits hollow on the neutral line.
 */
export function EmotionCurve({ bands }: { bands: LaneBand[] }) {
  const steps = useEditor((s) => s.doc.steps);
  const layout = feelingPoints({ steps }, bands);
  if (!layout || !layout.points.length) return null;
  const { band, points } = layout;
  const set = points.filter((p) => p.score !== undefined);
  const left = points[0]!.x - 40;
  const right = points[points.length - 1]!.x + 40;
  const zero = feelingY(band, 0);
  return (
    <ViewportPortal>
      <svg
        className="emotion-curve"
        aria-hidden="true"
        style={{ transform: `translate(${left}px, ${band.top}px)` }}
        width={right - left}
        height={band.bottom - band.top}
        viewBox={`${left} ${band.top} ${right - left} ${band.bottom - band.top}`}
      >
        <line className="emotion-zero" x1={left} x2={right} y1={zero} y2={zero} />
        <path className="emotion-line" d={curvePath(set)} data-testid="emotion-line" />
      </svg>
      <div className="emotion-points">
        {points.map((point) => (
          <FeelingHandle key={point.stepId} point={point} band={band} />
        ))}
      </div>
    </ViewportPortal>
  );
}

function FeelingHandle({ point, band }: { point: FeelingPoint; band: LaneBand }) {
  const api = useEditorApi();
  const flow = useReactFlow();
  const readOnly = useEditor((s) => s.readOnly);
  const drag = useRef<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const { stepId, score } = point;
  const setScore = (next: number, key?: string) => {
    if (readOnly) return;
    api.getState().setFeeling(stepId, { score: next }, key);
  };
  const label = point.label || t('step.untitled');
  const dip = point.failPoint && score !== undefined && score < 0;
  const valueText = `${feelingText(score)}${dip ? ` (${t('emotion.failDip')})` : ''}`;

  return (
    <div
      role="slider"
      tabIndex={0}
      className={`emotion-point nodrag nopan${score === undefined ? ' is-unset' : ''}${point.failPoint ? ' at-fail-point' : ''}${dip ? ' is-dip' : ''}${dragging ? ' is-dragging' : ''}`}
      data-step-id={stepId}
      data-score={score ?? ''}
      aria-label={t('emotion.point', { label })}
      aria-valuemin={FEELING_MIN}
      aria-valuemax={FEELING_MAX}
      aria-valuenow={score ?? 0}
      aria-valuetext={valueText}
      aria-readonly={readOnly || undefined}
      title={`${label}: ${valueText}`}
      style={{ transform: `translate(${point.x}px, ${point.y}px) translate(-50%, -50%)` }}
      onKeyDown={(e) => {
        const now = score ?? 0;
        const next =
          e.key === 'ArrowUp' || e.key === 'ArrowRight'
            ? now + 1
            : e.key === 'ArrowDown' || e.key === 'ArrowLeft'
              ? now - 1
              : e.key === 'Home'
                ? FEELING_MIN
                : e.key === 'End'
                  ? FEELING_MAX
                  : undefined;
        if (e.key === 'Delete' || e.key === 'Backspace') {
          e.preventDefault();
          e.stopPropagation();
          if (!readOnly) api.getState().setFeeling(stepId, null);
          return;
        }
        if (next === undefined) return;
        e.preventDefault();
        e.stopPropagation();
        setScore(Math.min(FEELING_MAX, Math.max(FEELING_MIN, next)), `feeling-keys:${stepId}`);
      }}
      onPointerDown={(e) => {
        if (e.button !== 0 || readOnly) return;
        e.stopPropagation();
        e.currentTarget.setPointerCapture(e.pointerId);
        drag.current = `feeling-drag:${stepId}:${e.timeStamp}`;
        setDragging(true);
        setScore(
          scoreAtY(band, flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }).y),
          drag.current,
        );
      }}
      onPointerMove={(e) => {
        if (!drag.current) return;
        const y = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }).y;
        const next = scoreAtY(band, y);
        if (next !== score) setScore(next, drag.current);
      }}
      onPointerUp={() => {
        drag.current = null;
        setDragging(false);
      }}
      onPointerCancel={() => {
        drag.current = null;
        setDragging(false);
      }}
    />
  );
}
