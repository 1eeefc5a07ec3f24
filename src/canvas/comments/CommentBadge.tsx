import { t } from '../../i18n/t';
import { showComment } from '../../session/commentsUi';
import { useEditorApi } from '../../store/useEditor';
import { ops } from '../../model';

/** A speech bubble: drawn, not an emoji, so it looks the same on every machine. */
function Bubble() {
  return (
    <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <path d="M2 2.5h12a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1H7l-3.5 3v-3H2a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1z" />
    </svg>
  );
}

/**
 * The open comments on a step or a flow, as a small button: it opens the Comments panel on the
 * first of them. `nodrag`: pressing it never starts moving the card.
 */
export function CommentBadge({
  count,
  on,
  target,
  label,
  className = '',
}: {
  count: number;
  on: 'step' | 'flow';
  target: string;
  label: string;
  className?: string;
}) {
  const api = useEditorApi();
  if (count === 0) return null;
  const name =
    count === 1 ? t('comments.badgeOne', { label }) : t('comments.badgeMany', { count, label });
  return (
    <button
      type="button"
      className={`comment-badge nodrag nopan ${className}`}
      aria-label={name}
      title={name}
      data-testid="comment-badge"
      onClick={(e) => {
        e.stopPropagation();
        const first = ops.commentsOn(api.getState().doc, on, target).find((c) => !c.resolved);
        if (first) showComment(first.id);
      }}
      onDoubleClick={(e) => e.stopPropagation()}
    >
      <Bubble />
      <span>{count}</span>
    </button>
  );
}
