import { useEffect, useId, useRef, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { Blueprint, BlueprintComment, CommentAnchor } from '../../model';
import { useEditor, useEditorApi } from '../../store/useEditor';
import type { Selection } from '../../store/createEditorStore';
import { cleanName, rememberName, rememberedName } from '../../session/roomPresence';
import { t } from '../../i18n/t';
import { clearCommentAnchor } from '../../session/commentsUi';
import { useCommentsUi } from './useCommentsUi';
import { CommentItem } from './CommentItem';
import { anchorText, inReadingOrder } from './commentText';
import { showAnchor } from './showAnchor';
import './comments.css';

/** What a new comment will be on: the menu's choice, else the one selected step or flow. */
function currentAnchor(
  chosen: CommentAnchor | null,
  selection: Selection,
  doc: Blueprint,
): CommentAnchor | null {
  if (chosen) return chosen;
  const { steps, flows } = selection;
  if (steps.length === 1 && flows.length === 0 && doc.steps.some((s) => s.id === steps[0]))
    return { on: 'step', target: steps[0]! };
  if (flows.length === 1 && steps.length === 0 && doc.flows.some((f) => f.id === flows[0]))
    return { on: 'flow', target: flows[0]! };
  return null;
}

/**
 * The Comments tab: who is writing, a box for a new comment on the chosen or selected step,
 * flow or spot (the middle of the view when nothing is), and every comment, open ones first,
 * each with Show, Resolve, Edit and Delete. Every change is one undo step.
 */
export function CommentsPanel() {
  const api = useEditorApi();
  const flow = useReactFlow();
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.selection);
  const readOnly = useEditor((s) => s.readOnly);
  const chosen = useCommentsUi((s) => s.anchor);
  const focusId = useCommentsUi((s) => s.focusId);
  const composeRequest = useCommentsUi((s) => s.composeRequest);
  const [author, setAuthor] = useState(() => rememberedName() ?? '');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const [showResolved, setShowResolved] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const nameId = useId();
  const boxId = useId();
  const hintId = useId();

  useEffect(() => {
    if (composeRequest > 0) box.current?.focus();
  }, [composeRequest]);

  const focused = doc.comments.find((c) => c.id === focusId);
  // A resolved comment asked for by id is shown even when resolved ones are hidden.
  const resolvedShown = showResolved || focused?.resolved === true;
  const anchor = currentAnchor(chosen, selection, doc);
  const shown = inReadingOrder(doc.comments).filter((c) => resolvedShown || !c.resolved);
  const openCount = doc.comments.filter((c) => !c.resolved).length;
  const resolvedCount = doc.comments.length - openCount;

  const viewCentre = (): CommentAnchor => {
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    const point = pane
      ? flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 })
      : { x: 0, y: 0 };
    return { on: 'canvas', x: Math.round(point.x), y: Math.round(point.y) };
  };

  const add = () => {
    if (!text.trim()) {
      setProblem(t('comments.empty'));
      box.current?.focus();
      return;
    }
    const name = cleanName(author);
    if (name) rememberName(name);
    const id = api.getState().addComment(anchor ?? viewCentre(), text, name);
    if (!id) return;
    setText('');
    setProblem('');
    clearCommentAnchor();
  };

  const show = (comment: BlueprintComment) => showAnchor(api.getState, flow, comment);

  return (
    <section className="comments-panel" aria-labelledby="comments-title">
      <h2 id="comments-title">
        {t('comments.title')}{' '}
        <span className="comments-count">{t('comments.openCount', { count: openCount })}</span>
      </h2>
      {readOnly ? (
        <p className="panel-hint">{t('comments.readOnly')}</p>
      ) : (
        <form
          className="comment-compose"
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <label htmlFor={nameId}>{t('comments.yourName')}</label>
          <input
            id={nameId}
            value={author}
            placeholder={t('comments.namePlaceholder')}
            maxLength={40}
            autoComplete="name"
            onChange={(e) => setAuthor(e.target.value)}
          />
          <p className="comment-subject" data-testid="comment-subject">
            {anchor ? anchorText(doc, anchor) : t('comments.onCanvas')}
            {chosen && (
              <button type="button" className="link-button" onClick={clearCommentAnchor}>
                {t('comments.clearTarget')}
              </button>
            )}
          </p>
          {!anchor && <p className="panel-hint">{t('comments.pickHint')}</p>}
          <label htmlFor={boxId}>{t('comments.newComment')}</label>
          <textarea
            id={boxId}
            ref={box}
            rows={3}
            value={text}
            aria-describedby={hintId}
            aria-invalid={problem ? true : undefined}
            onChange={(e) => {
              setText(e.target.value);
              if (problem) setProblem('');
            }}
            onKeyDown={(e) => {
              e.stopPropagation();
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                add();
              }
            }}
          />
          <p
            id={hintId}
            className={problem ? 'field-error' : 'panel-hint'}
            role={problem ? 'alert' : undefined}
          >
            {problem || t('comments.addHint')}
          </p>
          <button type="submit" className="primary">
            {t('comments.add')}
          </button>
        </form>
      )}
      {resolvedCount > 0 && (
        <label className="comments-filter">
          <input
            type="checkbox"
            checked={showResolved}
            onChange={(e) => setShowResolved(e.target.checked)}
          />
          {t('comments.showResolved', { count: resolvedCount })}
        </label>
      )}
      {shown.length === 0 ? (
        <p className="comments-none">
          {doc.comments.length ? t('comments.noneOpen') : t('comments.none')}
        </p>
      ) : (
        <ul className="comment-list" aria-label={t('comments.list')}>
          {shown.map((comment) => (
            <CommentItem
              key={comment.id}
              comment={comment}
              subject={anchorText(doc, comment)}
              focused={comment.id === focusId}
              readOnly={readOnly}
              onShow={() => show(comment)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
