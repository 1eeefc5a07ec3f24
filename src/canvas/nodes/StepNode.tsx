import { memo, useEffect, useRef } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useEditor, useEditorApi } from '../../store/useEditor';
import { t } from '../../i18n/t';
import type { StepFlowNode } from '../toFlow';
import { Markers } from './Markers';
import { CommentBadge } from '../comments/CommentBadge';

const SIDES = [
  { id: 't', position: Position.Top },
  { id: 'r', position: Position.Right },
  { id: 'b', position: Position.Bottom },
  { id: 'l', position: Position.Left },
] as const;

/** A step card: label (edited in place), F/W markers, and a handle on each side for flows. */
function StepNodeComponent({ id, data, selected }: NodeProps<StepFlowNode>) {
  const { step, lane, comments } = data;
  const editing = useEditor((s) => s.editingStepId === id);
  return (
    <div
      className={`step-card lane-kind-${lane.kind}${selected ? ' is-selected' : ''}`}
      data-step-id={id}
      data-lane={lane.id}
    >
      {editing ? <LabelEditor id={id} label={step.label} /> : <StepLabel label={step.label} />}
      <Markers failPoint={!!step.failPoint} wait={!!step.wait} />
      <CommentBadge
        count={comments}
        on="step"
        target={id}
        label={step.label || t('step.untitled')}
        className="on-step"
      />
      {step.durationMin !== undefined && (
        <span className="step-duration">{t('step.minutes', { min: step.durationMin })}</span>
      )}
      {SIDES.map((side) => (
        <Handle
          key={side.id}
          id={side.id}
          type="source"
          position={side.position}
          className="step-handle"
        />
      ))}
    </div>
  );
}

/**
 * A card shows four lines at most, yet the browser lays out all the text it is given: a
 * 100,000-character label of CJK or emoji takes Chromium tens of seconds, on every layout.
 * Give the card a few lines' worth; the inspector edits the whole label.
 */
const MAX_CARD_CHARS = 400;

function cardText(label: string): string {
  if (label.length <= MAX_CARD_CHARS) return label;
  // Never end on half of a surrogate pair.
  return `${label.slice(0, MAX_CARD_CHARS).replace(/[\uD800-\uDBFF]$/, '')}…`;
}

function StepLabel({ label }: { label: string }) {
  return (
    <div className={`step-label${label ? '' : ' is-empty'}`}>
      {label ? cardText(label) : t('step.untitled')}
    </div>
  );
}

function LabelEditor({ id, label }: { id: string; label: string }) {
  const api = useEditorApi();
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    // A new card stays invisible until React Flow has measured it, and hidden elements cannot
    // take focus: try on the next few frames.
    let frame = 0;
    let tries = 0;
    const focus = () => {
      const el = ref.current;
      if (!el) return;
      el.focus();
      if (document.activeElement === el) el.setSelectionRange(el.value.length, el.value.length);
      else if (tries++ < 20) frame = requestAnimationFrame(focus);
    };
    focus();
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <textarea
      ref={ref}
      className="step-label-editor nodrag nowheel nopan"
      aria-label={t('step.labelEditor')}
      value={label}
      rows={3}
      onChange={(e) => api.getState().updateStep(id, { label: e.target.value }, `label:${id}`)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if ((e.key === 'Enter' && !e.shiftKey) || e.key === 'Escape') {
          e.preventDefault();
          api.getState().setEditingStep(null);
        }
      }}
      onBlur={() => {
        if (api.getState().editingStepId === id) api.getState().setEditingStep(null);
      }}
    />
  );
}

export const StepNode = memo(StepNodeComponent);
