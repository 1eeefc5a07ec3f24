import { useEffect, useRef } from 'react';
import { t } from '../i18n/t';

interface Props {
  title: string;
  discardLabel: string;
  onSaveFirst: () => void;
  onDiscard: () => void;
  onCancel: () => void;
}

/** Asked before New or Open replaces work that lives only in this browser. */
export function ConfirmReplaceDialog({
  title,
  discardLabel,
  onSaveFirst,
  onDiscard,
  onCancel,
}: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby="confirm-replace-title"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="confirm-replace-title">{title}</h2>
      <p>{t('dialog.newBody')}</p>
      <div className="dialog-buttons">
        <button type="button" className="primary" onClick={onSaveFirst}>
          {t('dialog.saveFirst')}
        </button>
        <button type="button" className="danger" onClick={onDiscard}>
          {discardLabel}
        </button>
        <button type="button" onClick={onCancel} autoFocus>
          {t('dialog.cancel')}
        </button>
      </div>
    </dialog>
  );
}
