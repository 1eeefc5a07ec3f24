import { en, type Dictionary } from './en';
import { setDictionary } from './t';
import { setFormatLocale } from './format';

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

export const LOCALE_KEY = 'service-blueprint-studio:locale';

const dictionaries: Partial<Record<Locale, Dictionary>> = { en };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** `?lang=` wins (tests use it), then the remembered choice, then the browser's language. */
export function initialLocale(
  search: string,
  remembered: string | null,
  browserLanguages: readonly string[],
): Locale {
  const forced = new URLSearchParams(search).get('lang');
  if (isLocale(forced)) return forced;
  if (isLocale(remembered)) return remembered;
  for (const language of browserLanguages) {
    const lower = language.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

/** Loads a locale's strings (Chinese on demand) and makes them current. */
export async function activateLocale(locale: Locale): Promise<void> {
  let dictionary = dictionaries[locale];
  if (!dictionary) {
    dictionary = (await import('./zh-CN')).zhCN;
    dictionaries[locale] = dictionary;
  }
  setDictionary(dictionary, locale);
  setFormatLocale(locale);
  document.documentElement.lang = locale;
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    // The choice is a convenience; losing it only means asking the browser again next time.
  }
}

export function rememberedLocale(): string | null {
  try {
    return localStorage.getItem(LOCALE_KEY);
  } catch {
    return null;
  }
}
