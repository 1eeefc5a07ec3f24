import { useEffect, useRef, useState } from 'react';
import type { BlueprintComment } from '../../model';
import { useEditorApi } from '../../store/useEditor';
import { t } from '../../i18n/t';
import { authorText, timeText } from './commentText';

interface Props {
  comment: BlueprintComment;
  subject: string;
  focused: boolean;
  readOnly: boolean;
  onShow: () => void;
}

/** One comment in the list: what it is on (a button that shows it), who and when, the text. */
export function CommentItem({ comment, subject, focused, readOnly, onShow }: Props) {
  const api = useEditorApi();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(comment.text);
  const item = useRef<HTMLLIElement>(null);
  const editor = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (focused) item.current?.scrollIntoView({ block: 'nearest' });
  }, [focused]);
  useEffect(() => {
    if (editing) editor.current?.focus();
  }, [editing]);

  const save = () => {
    if (draft.trim()) api.getState().editComment(comment.id, draft);
    setEditing(false);
  };

  return (
    <li
      ref={item}
      className={`comment${comment.resolved ? ' is-resolved' : ''}${focused ? ' is-focused' : ''}`}
      data-comment-id={comment.id}
      aria-current={focused ? true : undefined}
    >
      <button type="button" className="comment-subject-button" onClick={onShow}>
        {subject}
      </button>
      <p className="comment-byline">
        {t('comments.byline', { author: authorText(comment), time: timeText(comment) })}
        {comment.resolved && <span className="comment-resolved"> · {t('comments.resolved')}</span>}
      </p>
      {editing ? (
        <div className="comment-edit">
          <textarea
            ref={editor}
            aria-label={t('comments.editLabel')}
            rows={3}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              e.stopPropagation();
              if (e.key === 'Escape') setEditing(false);
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save();
            }}
          />
          <div className="comment-actions">
            <button type="button" className="primary" onClick={save} disabled={!draft.trim()}>
              {t('comments.save')}
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              {t('comments.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <p className="comment-text">{comment.text}</p>
      )}
      {!readOnly && !editing && (
        <div className="comment-actions">
          <button
            type="button"
            onClick={() => api.getState().setCommentResolved(comment.id, !comment.resolved)}
          >
            {comment.resolved ? t('comments.reopen') : t('comments.resolve')}
          </button>
          <button
            type="button"
            onClick={() => {
              setDraft(comment.text);
              setEditing(true);
            }}
          >
            {t('comments.edit')}
          </button>
          <button type="button" onClick={() => api.getState().deleteComment(comment.id)}>
            {t('comments.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
