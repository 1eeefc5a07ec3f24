import type { Blueprint } from './types';

/**
 * The text of a blueprint, exactly as `JSON.stringify(doc)` writes it, but reusing the text of
 * every lane, step and flow that has not changed since the last call. Edits replace only the
 * objects they touch (immer shares the rest, frozen), so an autosave after one edit serialises one
 * step, not a thousand: at 1,000 steps that is most of the serialising cost of a save.
 */
const textOf = new WeakMap<object, string>();

/** The JSON text of one list item (a lane, step or flow), remembered while the item is unchanged. */
export function itemText(item: unknown): string {
  if (item === undefined || typeof item === 'function' || typeof item === 'symbol') return 'null';
  if (typeof item !== 'object' || item === null) return JSON.stringify(item);
  const known = textOf.get(item);
  if (known !== undefined) return known;
  const text = JSON.stringify(item);
  // Only what cannot change afterwards is remembered; a mutable object is written afresh each time.
  if (Object.isFrozen(item)) textOf.set(item, text);
  return text;
}

const LISTS = new Set(['lanes', 'steps', 'flows']);

export function stringifyBlueprint(doc: Blueprint): string {
  return `{${stringifyFields(doc)}}`;
}

/**
 * The fields of a blueprint as JSON text without the braces (`"a":1,"b":[…]`), leaving out
 * those in `except`: what stringifyBlueprint writes, for storage that keeps some lists apart.
 */
export function stringifyFields(doc: Blueprint, except?: ReadonlySet<string>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(doc)) {
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    if (except?.has(key)) continue;
    const text =
      LISTS.has(key) && Array.isArray(value)
        ? `[${value.map(itemText).join(',')}]`
        : JSON.stringify(value);
    parts.push(`${JSON.stringify(key)}:${text}`);
  }
  return parts.join(',');
}
