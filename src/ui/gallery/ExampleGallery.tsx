import { useEffect, useRef, useState } from 'react';
import type { Blueprint } from '../../model';
import { t } from '../../i18n/t';
import { useLocale } from '../localeState';
import { loadExamples, type Example } from './examples';
import { Thumbnail } from './Thumbnail';

interface Props {
  onChoose: (doc: Blueprint) => void;
  onClose: () => void;
}

/** "New from example": complete blueprints to learn from; choosing one starts a copy. */
export function ExampleGallery({ onChoose, onClose }: Props) {
  const locale = useLocale();
  const ref = useRef<HTMLDialogElement>(null);
  const [examples, setExamples] = useState<Example[] | null>(null);
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
  return (
    <dialog
      ref={ref}
      className="gallery-dialog"
      aria-labelledby="gallery-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="gallery-head">
        <h2 id="gallery-title">{t('gallery.title')}</h2>
        <button type="button" onClick={onClose}>
          {t('gallery.close')}
        </button>
      </div>
      <p className="panel-hint">{t('gallery.hint')}</p>
      {examples === null ? (
        <p>{t('gallery.loading')}</p>
      ) : (
        <ul className="gallery-grid">
          {examples.map(({ name, doc }) => (
            <li key={name}>
              <button
                type="button"
                className="gallery-card"
                onClick={() => onChoose(doc)}
                data-example={name}
              >
                <Thumbnail doc={doc} />
                <span className="gallery-card-title">{doc.title}</span>
                <span className="gallery-card-meta">
                  {t('gallery.counts', {
                    steps: doc.steps.length,
                    failPoints: doc.steps.filter((s) => s.failPoint).length,
                    waits: doc.steps.filter((s) => s.wait).length,
                  })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </dialog>
  );
}
