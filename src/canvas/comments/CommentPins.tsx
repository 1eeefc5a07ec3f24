import { useRef, useState } from 'react';
import { ViewportPortal, useReactFlow } from '@xyflow/react';
import type { BlueprintComment } from '../../model';
import { useEditor, useEditorApi } from '../../store/useEditor';
import { showComment } from '../../session/commentsUi';
import { t } from '../../i18n/t';
import './comments.css';

/** How far a press may wander, in screen pixels, and still be a click rather than a drag. */
const CLICK_SLOP = 4;
const PIN_TEXT = 80;

type CanvasComment = Extract<BlueprintComment, { on: 'canvas' }>;

function shortText(text: string): string {
  return text.length <= PIN_TEXT ? text : `${text.slice(0, PIN_TEXT)}…`;
}

/**
 * Open comments pinned to spots of the canvas, drawn in canvas units so they stay put as the
 * view moves. A click opens the comment in the panel; a drag moves the pin (one undo step).
 */
export function CommentPins() {
  const comments = useEditor((s) => s.doc.comments);
  const pins = comments.filter((c): c is CanvasComment => c.on === 'canvas' && !c.resolved);
  if (!pins.length) return null;
  return (
    <ViewportPortal>
      <div className="comment-pins">
        {pins.map((pin, i) => (
          <Pin key={pin.id} pin={pin} n={i + 1} />
        ))}
      </div>
    </ViewportPortal>
  );
}

function Pin({ pin, n }: { pin: CanvasComment; n: number }) {
  const api = useEditorApi();
  const flow = useReactFlow();
  const readOnly = useEditor((s) => s.readOnly);
  const press = useRef<{ x: number; y: number; moved: boolean } | null>(null);
  const [offset, setOffset] = useState<{ dx: number; dy: number } | null>(null);
  const name = t('comments.pin', {
    n,
    author: pin.author || t('comments.anonymous'),
    text: shortText(pin.text),
  });
  const zoom = () => flow.getViewport().zoom;

  return (
    <button
      type="button"
      className={`comment-pin nodrag nopan${offset ? ' is-dragging' : ''}`}
      data-testid="comment-pin"
      data-comment-id={pin.id}
      aria-label={name}
      title={name}
      style={{
        transform: `translate(${pin.x + (offset?.dx ?? 0)}px, ${pin.y + (offset?.dy ?? 0)}px) translate(0, -100%)`,
      }}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        e.stopPropagation();
        press.current = { x: e.clientX, y: e.clientY, moved: false };
        if (!readOnly) e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerMove={(e) => {
        const start = press.current;
        if (!start || readOnly) return;
        const dx = e.clientX - start.x;
        const dy = e.clientY - start.y;
        if (!start.moved && Math.hypot(dx, dy) < CLICK_SLOP) return;
        start.moved = true;
        setOffset({ dx: dx / zoom(), dy: dy / zoom() });
      }}
      onPointerUp={(e) => {
        const start = press.current;
        press.current = null;
        setOffset(null);
        if (!start?.moved) return;
        const z = zoom();
        api
          .getState()
          .moveComment(
            pin.id,
            Math.round(pin.x + (e.clientX - start.x) / z),
            Math.round(pin.y + (e.clientY - start.y) / z),
          );
      }}
      onPointerCancel={() => {
        press.current = null;
        setOffset(null);
      }}
      onClick={(e) => {
        e.stopPropagation();
        showComment(pin.id);
      }}
    >
      <span aria-hidden="true">{n}</span>
    </button>
  );
}
