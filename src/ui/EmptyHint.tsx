import { useEditor } from '../store/useEditor';
import { t } from '../i18n/t';

/** First-visit hint over an empty canvas, with a way into the example gallery. */
export function EmptyHint({ onExamples }: { onExamples: () => void }) {
  const empty = useEditor((s) => s.doc.steps.length === 0);
  if (!empty) return null;
  return (
    <div className="empty-hint">
      <span>{t('app.emptyHint')}</span>{' '}
      <button type="button" className="link-button" onClick={onExamples}>
        {t('app.openExample')}
      </button>
    </div>
  );
}
