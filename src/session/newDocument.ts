import { t } from '../i18n/t';
import { localeStore } from '../i18n/localeStore';
import { newBlueprint, type Blueprint, type StandardLaneKind } from '../model';

/** Standard lane names in the current language. */
export function standardLaneLabels(): Record<StandardLaneKind, string> {
  return {
    evidence: t('lanes.evidence'),
    customer: t('lanes.customer'),
    onstage: t('lanes.onstage'),
    backstage: t('lanes.backstage'),
    support: t('lanes.support'),
  };
}

/** The names the editor gives its own lanes (standard and emotion), for a language switch. */
export function editorLaneNames(): Record<StandardLaneKind, string> & { emotion: string } {
  return { ...standardLaneLabels(), emotion: t('lanes.emotion') };
}

/** A new blueprint with lane names, title and currency of the current language. */
export function localizedNewBlueprint(): Blueprint {
  const locale = localeStore.getState().locale;
  return newBlueprint(t('lanes.untitledBlueprint'), {
    laneLabels: standardLaneLabels(),
    locale,
    currency: locale === 'zh-CN' ? 'CNY' : 'USD',
  });
}

/** True when the document is exactly what New makes: nothing to lose. */
export function isPristine(doc: Blueprint): boolean {
  const withoutView = (d: Blueprint) => JSON.stringify({ ...d, view: null });
  return withoutView(doc) === withoutView(localizedNewBlueprint());
}
