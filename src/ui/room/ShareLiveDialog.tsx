import { useEffect, useRef, useState } from 'react';
import { t } from '../../i18n/t';
import { closeShareDialog } from '../../session/roomCommands';
import type { RoomLinks } from '../../session/roomState';
import { QrCode } from '../lazyViews';
import { useRoom } from './useRoom';

type Which = 'edit' | 'view';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function LinkRow({
  label,
  copyLabel,
  link,
  onCopied,
  copied,
}: {
  label: string;
  copyLabel: string;
  link: string;
  onCopied: () => void;
  copied: boolean;
}) {
  const field = useRef<HTMLInputElement>(null);
  return (
    <div className="room-link-row">
      <label>
        <span>{label}</span>
        <input
          ref={field}
          className="share-link-field"
          value={link}
          readOnly
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
      <button
        type="button"
        onClick={() => {
          // Selected either way, so Ctrl+C works where the clipboard is refused.
          field.current?.select();
          void copy(link).then((ok) => ok && onCopied());
        }}
      >
        {copied ? t('room.copied') : copyLabel}
      </button>
    </div>
  );
}

function ShareLiveContent({ links }: { links: RoomLinks }) {
  const [qrFor, setQrFor] = useState<Which>(links.edit ? 'edit' : 'view');
  const [copied, setCopied] = useState<Which | null>(null);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(null), 2000);
    return () => clearTimeout(timer);
  }, [copied]);
  const shown = qrFor === 'edit' && links.edit ? links.edit : links.view;
  return (
    <>
      <p>{t('room.dialogHint')}</p>
      {links.edit && (
        <LinkRow
          label={t('room.editLink')}
          copyLabel={t('room.copyEditLink')}
          link={links.edit}
          copied={copied === 'edit'}
          onCopied={() => setCopied('edit')}
        />
      )}
      <LinkRow
        label={t('room.viewLink')}
        copyLabel={t('room.copyViewLink')}
        link={links.view}
        copied={copied === 'view'}
        onCopied={() => setCopied('view')}
      />
      {links.edit && (
        <fieldset className="room-qr-choice">
          <legend>{t('room.showQr')}</legend>
          {(['edit', 'view'] as const).map((which) => (
            <label key={which}>
              <input
                type="radio"
                name="room-qr"
                checked={qrFor === which}
                onChange={() => setQrFor(which)}
              />
              {t(which === 'edit' ? 'room.editLink' : 'room.viewLink')}
            </label>
          ))}
        </fieldset>
      )}
      <div className="room-qr-frame">
        <QrCode
          text={shown}
          label={t(qrFor === 'edit' && links.edit ? 'room.qrEdit' : 'room.qrView')}
        />
      </div>
    </>
  );
}

/** Share live: the room's edit and view-only links, with a QR code for the projector. */
export function ShareLiveDialog() {
  const open = useRoom((s) => s.dialogOpen);
  const links = useRoom((s) => s.links);
  const dialog = useRef<HTMLDialogElement>(null);
  const visible = open && links !== null;
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (visible && !element.open) element.showModal();
    if (!visible && element.open) element.close();
  }, [visible]);
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog room-share-dialog"
      aria-labelledby="room-share-title"
      onCancel={(e) => {
        e.preventDefault();
        closeShareDialog();
      }}
    >
      {visible && (
        <>
          <h2 id="room-share-title">{t('room.dialogTitle')}</h2>
          <ShareLiveContent links={links} />
          <div className="dialog-buttons">
            <button type="button" className="primary" onClick={closeShareDialog}>
              {t('room.close')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
