import { en, type Dictionary } from './en';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every translation key, e.g. 'toolbar.new'. A missing or misspelt key is a type error. */
export type MessageKey = Leaves<Dictionary>;

let dictionary: Dictionary = en;

export function setDictionary(next: Dictionary): void {
  dictionary = next;
}

export function t(key: MessageKey, params?: Record<string, string | number>): string {
  let node: unknown = dictionary;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  const text = typeof node === 'string' ? node : key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
