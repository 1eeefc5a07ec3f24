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

export function setDictionary(next: Dictionary): void {
  current = next;
}

/** The whole current dictionary, for lists and tables keyed by data (guide steps, checks). */
export function dictionary(): Dictionary {
  return current;
}

/** Fills `{name}` placeholders. */
export function format(text: string, params?: Record<string, string | number>): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

export function t(key: MessageKey, params?: Record<string, string | number>): string {
  let node: unknown = current;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  return format(typeof node === 'string' ? node : key, params);
}
