import { useState } from 'react';
import {
  daysLeftInTrash,
  deleteForever,
  restoreFromTrash,
  TRASH_DAYS,
  type LibraryEntry,
} from '../../io/library';
import { browserStorage } from '../../io/storage';
import { t } from '../../i18n/t';
import { formatRelative } from '../../i18n/format';
import { showAlert } from '../../session/notices';
import { libraryChanged } from '../../session/currentDocument';
import { purged } from '../../session/librarySession';

interface Props {
  entries: LibraryEntry[];
  onStatus: (text: string) => void;
}

/** Deleted blueprints, restorable for TRASH_DAYS; emptying asks first, as it cannot be undone. */
export function TrashList({ entries, onStatus }: Props) {
  const [confirming, setConfirming] = useState(false);
  if (!entries.length) return null;

  const forget = (ids: string[]) => {
    const storage = browserStorage();
    if (!storage) return showAlert(t('library.storageMissing'));
    purged(deleteForever(storage, ids));
    libraryChanged();
  };
  const restore = (entry: LibraryEntry) => {
    const storage = browserStorage();
    if (!storage || !restoreFromTrash(storage, entry.id).ok)
      return showAlert(t('library.writeFailed'));
    onStatus(t('library.restored', { title: entry.title }));
    libraryChanged();
  };

  return (
    <section className="library-trash" aria-labelledby="library-trash-title">
      <div className="gallery-head">
        <h3 id="library-trash-title">{t('library.trash', { count: entries.length })}</h3>
        {confirming ? (
          <div className="library-actions" role="group" aria-label={t('library.emptyTrashConfirm')}>
            <span>{t('library.emptyTrashConfirm')}</span>
            <button
              type="button"
              className="danger"
              onClick={() => {
                forget(entries.map((e) => e.id));
                setConfirming(false);
                onStatus(t('library.trashEmptied'));
              }}
            >
              {t('library.emptyTrashYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)} autoFocus>
              {t('library.cancel')}
            </button>
          </div>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            {t('library.emptyTrash')}
          </button>
        )}
      </div>
      <p className="panel-hint">{t('library.trashHint', { days: TRASH_DAYS })}</p>
      <ul className="library-list is-trash" aria-label={t('library.trashList')}>
        {entries.map((entry) => (
          <li key={entry.id} className="library-row" aria-label={entry.title}>
            <div className="library-info">
              <span className="library-title">{entry.title}</span>
              <span className="library-meta">
                {t('library.deletedWhen', {
                  when: formatRelative(entry.deletedAt ?? entry.updatedAt),
                  days: daysLeftInTrash(entry),
                })}
              </span>
            </div>
            <div className="library-buttons">
              <button type="button" onClick={() => restore(entry)}>
                {t('library.restore')}
              </button>
              <button
                type="button"
                className="danger"
                onClick={() => {
                  forget([entry.id]);
                  onStatus(t('library.deletedForever', { title: entry.title }));
                }}
              >
                {t('library.deleteForever')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
