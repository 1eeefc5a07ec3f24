import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { Blueprint } from '../../model';
import { readBlueprintFile } from '../../io/files';
import { activeEntries, readBlueprint, readIndex, type LibraryEntry } from '../../io/library';
import { browserStorage } from '../../io/storage';
import { currentBlueprintStore } from '../../session/currentDocument';
import { openFailureReason } from '../../session/fileSession';
import { t } from '../../i18n/t';
import { useLocale } from '../localeState';
import { loadExamples, type Example } from '../gallery/examples';

interface Props {
  onChoose: (reference: Blueprint) => void;
  onClose: () => void;
}

function libraryEntries(currentId: string | null): LibraryEntry[] {
  const storage = browserStorage();
  if (!storage) return [];
  return activeEntries(readIndex(storage)).filter((entry) => entry.id !== currentId);
}

/** "Compare with…": the reference comes from a file, the library or the examples. */
export function CompareDialog({ onChoose, onClose }: Props) {
  const locale = useLocale();
  const ref = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const currentId = useStore(currentBlueprintStore, (s) => s.currentId);
  const [examples, setExamples] = useState<Example[] | null>(null);
  const [error, setError] = useState('');
  const [entries] = useState(() => libraryEntries(currentId));
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  useEffect(() => {
    let live = true;
    void loadExamples(locale).then((list) => {
      if (live) setExamples(list);
    });
    return () => {
      live = false;
    };
  }, [locale]);

  const fromFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await readBlueprintFile(file);
    if (result.ok) onChoose(result.value);
    else
      setError(
        t('errors.openFailed', {
          file: file.name,
          reason: openFailureReason(result),
        }),
      );
  };
  const fromLibrary = (entry: LibraryEntry) => {
    const storage = browserStorage();
    const read = storage ? readBlueprint(storage, entry.id) : { kind: 'missing' as const };
    if (read.kind === 'ok') onChoose(read.doc);
    else
      setError(
        t('compare.badReference', {
          reason: read.kind === 'corrupt' ? read.reason : t('errors.unreadable'),
        }),
      );
  };

  return (
    <dialog
      ref={ref}
      className="compare-dialog gallery-dialog"
      aria-labelledby="compare-dialog-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="gallery-head">
        <h2 id="compare-dialog-title">{t('compare.dialogTitle')}</h2>
        <button type="button" onClick={onClose}>
          {t('compare.cancel')}
        </button>
      </div>
      <p className="panel-hint">{t('compare.dialogHint')}</p>
      {error && (
        <p role="alert" className="compare-error">
          {error}
        </p>
      )}
      <button type="button" onClick={() => input.current?.click()}>
        {t('compare.openFile')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".json,.png,application/json,image/png"
        data-testid="compare-file-input"
        aria-label={t('compare.openFile')}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          void fromFile(file);
        }}
      />
      <h3>{t('compare.fromLibrary')}</h3>
      {entries.length === 0 ? (
        <p className="panel-hint">{t('compare.libraryEmpty')}</p>
      ) : (
        <ul className="compare-choices">
          {entries.map((entry) => (
            <li key={entry.id}>
              <button type="button" onClick={() => fromLibrary(entry)}>
                {entry.title || t('lanes.untitledBlueprint')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('compare.fromExamples')}</h3>
      {examples === null ? (
        <p>{t('compare.loading')}</p>
      ) : (
        <ul className="compare-choices">
          {examples.map(({ name, doc }) => (
            <li key={name}>
              <button type="button" data-example={name} onClick={() => onChoose(doc)}>
                {doc.title}
              </button>
            </li>
          ))}
        </ul>
      )}
    </dialog>
  );
}
