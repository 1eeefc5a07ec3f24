import { useStore } from 'zustand';
import { activateLocale, rememberLocale, type Locale } from '../i18n/locale';
import { localeStore } from '../i18n/localeStore';
import { editorLaneNames } from '../session/newDocument';
import type { EditorStoreApi } from '../store/createEditorStore';

export function useLocale(): Locale {
  return useStore(localeStore, (s) => s.locale);
}

/**
 * Switches the language: strings first, then standard lane names still in the old language
 * follow (one undo step); lanes the user renamed keep their names.
 */
export async function switchLocale(locale: Locale, editor: EditorStoreApi): Promise<void> {
  if (locale === localeStore.getState().locale) return;
  const before = editorLaneNames();
  await activateLocale(locale);
  rememberLocale(locale);
  editor.getState().relabelStandardLanes(before, editorLaneNames());
  localeStore.setState({ locale });
}
