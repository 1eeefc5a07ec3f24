import { isLocale, LOCALES, type Locale } from '../i18n/locale';
import { t, type MessageKey } from '../i18n/t';
import { useEditorApi } from '../store/useEditor';
import { switchLocale, useLocale } from './localeState';

const NAMES: Record<Locale, MessageKey> = { en: 'language.en', 'zh-CN': 'language.zhCN' };

/** English / 简体中文, remembered in this browser. */
export function LanguageSwitch() {
  const api = useEditorApi();
  const locale = useLocale();
  return (
    <select
      className="language-switch"
      aria-label={t('language.label')}
      value={locale}
      onChange={(e) => {
        if (isLocale(e.target.value)) void switchLocale(e.target.value, api);
      }}
    >
      {LOCALES.map((l) => (
        <option key={l} value={l} lang={l}>
          {t(NAMES[l])}
        </option>
      ))}
    </select>
  );
}
