import { useEditorApi } from '../../store/useEditor';
import { t } from '../../i18n/t';
import { useCurrentBlueprint } from '../sessionHooks';
import { keepMineAsCopy, reloadFromOtherTab } from '../../session/otherTabs';

/** Shown when another tab wrote this blueprint: this tab writes nothing until the user chooses. */
export function ConflictBanner() {
  const api = useEditorApi();
  const conflict = useCurrentBlueprint((s) => s.conflict);
  if (!conflict) return null;
  return (
    <section role="alert" className="alert conflict-banner" aria-labelledby="conflict-title">
      <div>
        <strong id="conflict-title">{t('library.conflictTitle')}</strong>{' '}
        <span>{t('library.conflictDetail')}</span>
      </div>
      <button type="button" onClick={() => reloadFromOtherTab(api)}>
        {t('library.reload')}
      </button>
      <button type="button" className="primary" onClick={() => keepMineAsCopy(api)}>
        {t('library.keepMine')}
      </button>
    </section>
  );
}
