import { useEffect, useMemo, useRef, useState } from 'react';
import {
  activeEntries,
  duplicateBlueprint,
  moveToTrash,
  readIndex,
  renameBlueprint,
  trashedEntries,
} from '../../io/library';
import { browserStorage } from '../../io/storage';
import { copySnapshots } from '../../io/snapshotArchive';
import { useEditorApi } from '../../store/useEditor';
import { t } from '../../i18n/t';
import { showAlert } from '../../session/notices';
import { flushAutosave } from '../../session/autosave';
import { startNew } from '../../session/fileSession';
import { libraryChanged } from '../../session/currentDocument';
import { useCurrentBlueprint } from '../sessionHooks';
import { openFromLibrary } from '../../session/librarySession';
import { LibraryRow } from './LibraryRow';
import { StorageMeter } from './StorageMeter';
import { TrashList } from './TrashList';
import './library.css';

interface Props {
  onClose: () => void;
  onExamples: () => void;
}

/** "Blueprints": every blueprint kept in this browser, with the trash and the storage meter. */
export function LibraryView({ onClose, onExamples }: Props) {
  const api = useEditorApi();
  const ref = useRef<HTMLDialogElement>(null);
  const revision = useCurrentBlueprint((s) => s.libraryRevision);
  const currentId = useCurrentBlueprint((s) => s.currentId);
  const [status, setStatus] = useState('');
  useEffect(() => {
    flushAutosave();
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const index = useMemo(() => {
    void revision;
    const storage = browserStorage();
    return storage ? readIndex(storage) : { entries: [] };
  }, [revision]);
  const active = activeEntries(index);
  const trashed = trashedEntries(index);

  const withStorage = (act: (storage: Storage) => void) => {
    const storage = browserStorage();
    if (!storage) showAlert(t('library.storageMissing'));
    else act(storage);
    libraryChanged();
  };

  const open = (id: string) => {
    if (id === currentId || openFromLibrary(api, id)) onClose();
  };
  const rename = (id: string, title: string) => {
    if (id === currentId) {
      // The blueprint on screen is renamed like any edit: undoable, and saved by the autosave.
      api.getState().setTitle(title);
      flushAutosave();
      libraryChanged();
      return;
    }
    withStorage((storage) => {
      if (!renameBlueprint(storage, id, title).ok) showAlert(t('library.writeFailed'));
    });
  };
  const duplicate = (id: string, title: string) => {
    if (id === currentId) flushAutosave();
    withStorage((storage) => {
      const result = duplicateBlueprint(storage, id, t('library.copyTitle', { title }));
      setStatus(result.ok ? t('library.duplicated', { title }) : '');
      // The copy starts with the original's history, so either can go back to earlier versions.
      if (result.ok) void copySnapshots(id, result.id);
      else showAlert(t('library.writeFailed'));
    });
  };
  const trash = (id: string, title: string) => {
    if (id === currentId) flushAutosave();
    withStorage((storage) => {
      if (!moveToTrash(storage, id).ok) return showAlert(t('library.writeFailed'));
      setStatus(t('library.trashed', { title }));
      if (id !== currentId) return;
      // The blueprint on screen went to the trash: show the next one, or a blank one.
      const next = activeEntries(readIndex(storage)).find((e) => e.id !== id);
      if (!next || !openFromLibrary(api, next.id)) startNew(api);
    });
  };

  return (
    <dialog
      ref={ref}
      className="gallery-dialog library-dialog"
      aria-labelledby="library-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="gallery-head">
        <h2 id="library-title">{t('library.title')}</h2>
        <div className="library-actions">
          <button
            type="button"
            className="primary"
            onClick={() => {
              startNew(api);
              onClose();
            }}
          >
            {t('library.newBlueprint')}
          </button>
          <button type="button" onClick={onExamples}>
            {t('gallery.button')}
          </button>
          <button type="button" onClick={onClose}>
            {t('library.close')}
          </button>
        </div>
      </div>
      <p className="panel-hint">{t('library.hint')}</p>
      <StorageMeter />
      <div role="status" className="library-status">
        {status}
      </div>
      {active.length === 0 ? (
        <p>{t('library.empty')}</p>
      ) : (
        <ul className="library-list" aria-label={t('library.title')}>
          {active.map((entry) => (
            <LibraryRow
              key={entry.id}
              entry={entry}
              isCurrent={entry.id === currentId}
              onOpen={() => open(entry.id)}
              onRename={(title) => rename(entry.id, title)}
              onDuplicate={() => duplicate(entry.id, entry.title)}
              onTrash={() => trash(entry.id, entry.title)}
            />
          ))}
        </ul>
      )}
      <TrashList entries={trashed} onStatus={setStatus} />
    </dialog>
  );
}
