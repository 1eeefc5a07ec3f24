import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { activateLocale, rememberLocale, type Locale } from '../i18n/locale';
import { t } from '../i18n/t';
import { newBlueprint, type Blueprint, type StandardLaneKind } from '../model';
import type { EditorStoreApi } from '../store/createEditorStore';

/** The UI language: a preference, never part of the document or its history. */
export const localeStore = createStore<{ locale: Locale }>()(() => ({ locale: 'en' }));

export function useLocale(): Locale {
  return useStore(localeStore, (s) => s.locale);
}

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

/** A new blueprint with lane names, title and currency of the current language. */
export function localizedNewBlueprint(): Blueprint {
  const locale = localeStore.getState().locale;
  return newBlueprint(t('lanes.untitledBlueprint'), {
    laneLabels: standardLaneLabels(),
    locale,
    currency: locale === 'zh-CN' ? 'CNY' : 'USD',
  });
}

/**
 * Switches the language: strings first, then standard lane names still in the old language
 * follow (one undo step); lanes the user renamed keep their names.
 */
export async function switchLocale(locale: Locale, editor: EditorStoreApi): Promise<void> {
  if (locale === localeStore.getState().locale) return;
  const before = standardLaneLabels();
  await activateLocale(locale);
  rememberLocale(locale);
  editor.getState().relabelStandardLanes(before, standardLaneLabels());
  localeStore.setState({ locale });
}
