import { t } from '../../i18n/t';
import { isThemeChoice, setTheme, THEME_CHOICES, useThemeChoice } from './themeState';

/** Theme: System / Light / Dark, remembered in this browser. */
export function ThemeSwitch() {
  const choice = useThemeChoice();
  return (
    <select
      className="theme-switch"
      aria-label={t('a11y.theme.label')}
      title={t('a11y.theme.label')}
      value={choice}
      onChange={(e) => {
        if (isThemeChoice(e.target.value)) setTheme(e.target.value);
      }}
    >
      {THEME_CHOICES.map((c) => (
        <option key={c} value={c}>
          {t(`a11y.theme.${c}`)}
        </option>
      ))}
    </select>
  );
}
