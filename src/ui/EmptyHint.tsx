import { useEditor, useEditorApi } from '../store/useEditor';
import { loadBlueprint } from '../model';
import { t } from '../i18n/t';
import { showAlert } from './notices';

/** First-visit hint over an empty canvas, with a way into an example. */
export function EmptyHint() {
  const api = useEditorApi();
  const empty = useEditor((s) => s.doc.steps.length === 0);
  if (!empty) return null;
  const openExample = async () => {
    const { default: raw } = await import('../../examples/hotel-overnight-stay.blueprint.json');
    const result = loadBlueprint(raw);
    if (result.ok) api.getState().loadDocument(result.value, { fromFile: false });
    else showAlert(result.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  };
  return (
    <div className="empty-hint">
      <span>{t('app.emptyHint')}</span>{' '}
      <button type="button" className="link-button" onClick={() => void openExample()}>
        {t('app.openExample')}
      </button>
    </div>
  );
}
