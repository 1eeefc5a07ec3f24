import { memo, useMemo, useState } from 'react';
import { readBlueprint, type LibraryEntry } from '../../io/library';
import { browserStorage } from '../../io/storage';
import { t } from '../../i18n/t';
import { formatDateTime, formatRelative } from '../../i18n/format';
import { Thumbnail } from '../gallery/Thumbnail';

interface Props {
  entry: LibraryEntry;
  isCurrent: boolean;
  onOpen: () => void;
  onRename: (title: string) => void;
  onDuplicate: () => void;
  onTrash: () => void;
}

/** One blueprint in the library: its picture, title, when it was edited, and what can be done. */
function LibraryRowComponent({ entry, isCurrent, onOpen, onRename, onDuplicate, onTrash }: Props) {
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(entry.title);
  const doc = useMemo(() => {
    const storage = browserStorage();
    const read = storage ? readBlueprint(storage, entry.id) : null;
    return read?.kind === 'ok' ? read.doc : null;
    // The picture follows the stored copy, which changes with every write.
  }, [entry.id, entry.writeId]); // eslint-disable-line react-hooks/exhaustive-deps
  const finishRename = () => {
    setRenaming(false);
    const title = draft.trim();
    if (title && title !== entry.title) onRename(title);
    else setDraft(entry.title);
  };
  return (
    <li className={`library-row${isCurrent ? ' is-current' : ''}`} aria-label={entry.title}>
      <button type="button" className="library-thumb" onClick={onOpen} tabIndex={-1} aria-hidden>
        {doc && <Thumbnail doc={doc} width={200} />}
      </button>
      <div className="library-info">
        {renaming ? (
          <input
            className="library-rename"
            aria-label={t('library.renameField')}
            value={draft}
            autoFocus
            onChange={(e) => setDraft(e.target.value)}
            onBlur={finishRename}
            onKeyDown={(e) => {
              if (e.key === 'Enter') finishRename();
              if (e.key === 'Escape') {
                e.preventDefault();
                e.stopPropagation();
                setDraft(entry.title);
                setRenaming(false);
              }
            }}
          />
        ) : (
          <span className="library-title">{entry.title}</span>
        )}
        <span className="library-meta">
          <time
            dateTime={new Date(entry.updatedAt).toISOString()}
            title={formatDateTime(entry.updatedAt)}
          >
            {t('library.edited', { when: formatRelative(entry.updatedAt) })}
          </time>
          {' · '}
          {t('library.steps', { count: entry.stepCount })}
        </span>
        <span className="library-badges">
          {isCurrent && <span className="library-badge">{t('library.openNow')}</span>}
          {!entry.savedToFile && (
            <span className="library-badge is-muted">{t('library.browserOnly')}</span>
          )}
        </span>
      </div>
      <div className="library-buttons">
        <button type="button" className="primary" onClick={onOpen}>
          {t('library.open')}
        </button>
        <button type="button" onClick={onDuplicate}>
          {t('library.duplicate')}
        </button>
        <button
          type="button"
          onClick={() => {
            setDraft(entry.title);
            setRenaming(true);
          }}
        >
          {t('library.rename')}
        </button>
        <button type="button" className="danger" onClick={onTrash}>
          {t('library.delete')}
        </button>
      </div>
    </li>
  );
}

export const LibraryRow = memo(LibraryRowComponent);
