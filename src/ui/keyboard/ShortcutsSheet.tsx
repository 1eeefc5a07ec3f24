import { Fragment, useEffect, useRef } from 'react';
import { t } from '../../i18n/t';
import { chordKeys, isMac } from './keyChords';
import { SHORTCUT_GROUPS, SHORTCUTS, type KeyChord } from './shortcuts';

/**
 * The "?" sheet: every binding of the shortcut table, by group. Escape or Close shuts it and the
 * focus goes back where it was.
 */
export function ShortcutsSheet({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const sheet = dialog.current;
    if (sheet && !sheet.open) sheet.showModal();
    return () => {
      if (sheet?.open) sheet.close();
      if (previous?.isConnected) previous.focus({ preventScroll: true });
    };
  }, []);
  const mac = isMac();
  return (
    <dialog
      ref={dialog}
      className="shortcuts-sheet"
      aria-labelledby="shortcuts-sheet-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="shortcuts-sheet-head">
        <h2 id="shortcuts-sheet-title">{t('keyboard.sheetTitle')}</h2>
        <button type="button" onClick={onClose}>
          {t('keyboard.close')}
        </button>
      </div>
      <p className="shortcuts-sheet-hint">{t('keyboard.sheetHint')}</p>
      <div className="shortcuts-sheet-groups">
        {SHORTCUT_GROUPS.map((group) => (
          <table key={group} className="shortcuts-table">
            <caption>{t(`keyboard.groups.${group}`)}</caption>
            <colgroup>
              <col className="shortcut-keys-column" />
              <col />
            </colgroup>
            <thead className="sr-only">
              <tr>
                <th scope="col">{t('keyboard.keysColumn')}</th>
                <th scope="col">{t('keyboard.actionColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {SHORTCUTS.filter((s) => s.group === group).map((shortcut) => (
                <tr key={shortcut.id} data-shortcut={shortcut.id}>
                  <td className="shortcut-keys">
                    <ChordList chords={shortcut.keys} mac={mac} />
                  </td>
                  <td>{t(shortcut.description)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </dialog>
  );
}

function ChordList({ chords, mac }: { chords: readonly KeyChord[]; mac: boolean }) {
  return chords.map((chord, i) => (
    <Fragment key={i}>
      {i > 0 && <span className="shortcut-or"> {t('keyboard.or')} </span>}
      <span className="shortcut-chord">
        {chordKeys(chord, mac).map((key, k) => (
          <Fragment key={k}>
            {k > 0 && '+'}
            <kbd>{key}</kbd>
          </Fragment>
        ))}
      </span>
    </Fragment>
  ));
}
