import { useEditor } from '../store/useEditor';
import { countMarkers, selectHasUnsavedFileChanges } from '../store/selectors';
import { t } from '../i18n/t';
import { formatTime } from '../i18n/format';
import type { SaveStatus } from '../session/notices';
import { useNotices } from './sessionHooks';
import { useLinkedFileName } from './sessionHooks';
import { LanguageSwitch } from './LanguageSwitch';
import { ThemeSwitch } from './theme/ThemeSwitch';

function saveText(status: SaveStatus): string {
  switch (status.state) {
    case 'saved':
      return t('status.savedAt', {
        time: formatTime(status.at),
      });
    case 'conflict':
      return t('library.statusConflict');
    case 'pending':
      return t('status.pending');
    case 'failed':
      return t(status.reason === 'full' ? 'status.notSavedFull' : 'status.notSavedUnavailable');
    default:
      return '';
  }
}

export function StatusBar() {
  const doc = useEditor((s) => s.doc);
  const unsavedFile = useEditor(selectHasUnsavedFileChanges);
  const status = useNotices((s) => s.saveStatus);
  const message = useNotices((s) => s.message);
  const fileName = useLinkedFileName();
  const counts = countMarkers(doc);
  return (
    <footer className="status-bar">
      <span role="status" className={`save-status save-${status.state}`} data-testid="save-status">
        {saveText(status)}
      </span>
      <span>{t('status.counts', { ...counts })}</span>
      <span role="status" className="status-message" data-testid="status-message">
        {message?.text ?? ''}
      </span>
      {fileName && (
        <span className="status-muted" data-testid="linked-file">
          {t('printing.linkedFile', { file: fileName })}
        </span>
      )}
      {unsavedFile && <span className="status-muted">{t('status.unsavedFile')}</span>}
      {/* Settings of this browser, out of the toolbar's way (as an editor's status bar does). */}
      <span className="status-settings">
        <LanguageSwitch />
        <ThemeSwitch />
      </span>
    </footer>
  );
}
