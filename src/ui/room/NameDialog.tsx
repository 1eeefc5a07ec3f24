import { useEffect, useRef, useState } from 'react';
import { t } from '../../i18n/t';
import { answerName } from '../../session/roomName';
import { cleanName, rememberedName } from '../../session/roomPresence';
import { useRoom } from './useRoom';

/** "Your name in the room": asked once before the first join, then remembered. */
export function NameDialog() {
  const asking = useRoom((s) => s.askingName);
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState(false);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (asking && !element.open) {
      setName(cleanName(rememberedName()));
      setError(false);
      element.showModal();
      field.current?.focus();
    }
    if (!asking && element.open) element.close();
  }, [asking]);
  const join = () => {
    if (!cleanName(name)) {
      setError(true);
      field.current?.focus();
      return;
    }
    answerName(name);
  };
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog room-name-dialog"
      aria-labelledby="room-name-title"
      onCancel={(e) => {
        e.preventDefault();
        answerName(null);
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          join();
        }}
      >
        <h2 id="room-name-title">{t('room.namePrompt')}</h2>
        <p>{t('room.nameHint')}</p>
        <label className="room-name-field">
          <span>{t('room.nameField')}</span>
          <input
            ref={field}
            value={name}
            maxLength={40}
            autoComplete="nickname"
            aria-invalid={error}
            aria-describedby={error ? 'room-name-error' : undefined}
            onChange={(e) => {
              setName(e.currentTarget.value);
              setError(false);
            }}
          />
        </label>
        {error && (
          <p id="room-name-error" role="alert" className="field-error">
            {t('room.nameRequired')}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={() => answerName(null)}>
            {t('room.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('room.join')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
