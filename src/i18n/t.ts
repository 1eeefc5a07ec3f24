import { en, type Dictionary } from './en';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K}`
    : T[K] extends readonly unknown[]
      ? never
      : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every translation key, e.g. 'toolbar.new'. A missing or misspelt key is a type error. */
export type MessageKey = Leaves<Dictionary>;

let current: Dictionary = en;
let pluralRules = new Intl.PluralRules('en');

/** The dictionary in use and the language whose plural rules `{n, plural, …}` follows. */
export function setDictionary(next: Dictionary, locale = 'en'): void {
  current = next;
  pluralRules = new Intl.PluralRules(locale);
}

/** The whole current dictionary, for lists and tables keyed by data (guide steps, checks). */
export function dictionary(): Dictionary {
  return current;
}

const PLACEHOLDER = /\{(\w+)\}/g;
const FORM = String.raw`(?:=\d+|zero|one|two|few|many|other)\s*\{(?:[^{}]|\{\w+\})*\}`;
/** `{count, plural, one {# step} other {# steps}}`: the ICU message form's plural, `#` the number. */
const PLURAL = new RegExp(String.raw`\{(\w+),\s*plural,((?:\s*${FORM})+)\s*\}`, 'g');
const PLURAL_FORM = /(=\d+|zero|one|two|few|many|other)\s*\{((?:[^{}]|\{\w+\})*)\}/g;

function pluralForm(forms: string, value: number): string | undefined {
  const byName = new Map([...forms.matchAll(PLURAL_FORM)].map((m) => [m[1]!, m[2]!]));
  return byName.get(`=${value}`) ?? byName.get(pluralRules.select(value)) ?? byName.get('other');
}

/** Fills `{name}` placeholders and picks `{name, plural, …}` forms by the current language. */
export function format(text: string, params?: Record<string, string | number>): string {
  if (!params) return text;
  // Most strings have no plural: skip the pattern on the hot path (a label per card).
  const counted = !text.includes('plural,')
    ? text
    : text.replace(PLURAL, (match, name: string, forms: string) => {
        if (!(name in params)) return match;
        const form = pluralForm(forms, Number(params[name]));
        return form === undefined ? match : form.replaceAll('#', String(params[name]));
      });
  return counted.replace(PLACEHOLDER, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

export function t(key: MessageKey, params?: Record<string, string | number>): string {
  let node: unknown = current;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  return format(typeof node === 'string' ? node : key, params);
}
