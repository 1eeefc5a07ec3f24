import { useEffect, useRef } from 'react';
import { t } from '../../i18n/t';
import { flashCopied, shareStore } from './shareState';

const close = () => shareStore.setState({ manualLink: null });

/** The link in a selected field, for when the browser refuses the clipboard. */
export function ShareLinkDialog({ link }: { link: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
    field.current?.focus();
    field.current?.select();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog share-link-dialog"
      aria-labelledby="share-link-title"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <h2 id="share-link-title">{t('share.manualTitle')}</h2>
      <p>{t('share.manualHint')}</p>
      <input
        ref={field}
        className="share-link-field"
        aria-label={t('share.linkField')}
        value={link}
        readOnly
        onFocus={(e) => e.currentTarget.select()}
        onCopy={flashCopied}
      />
      <div className="dialog-buttons">
        <button type="button" onClick={close}>
          {t('share.close')}
        </button>
      </div>
    </dialog>
  );
}
