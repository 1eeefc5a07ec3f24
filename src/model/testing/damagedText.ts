import type { FuzzCase, ListName, Mutation, TextDamage, Walk } from './mutations';
import type { Json, JsonObject } from './json';

/**
 * Applies a fuzz case (mutations.ts) to a parsed example and writes the damaged file's text.
 * Pieces that cannot be built as a value and then stringified (10,000-deep nesting overflows
 * JSON.stringify; `1e400` and `NaN` are not values JSON can write) are put in as placeholders
 * and spliced into the text afterwards.
 */

const PAYLOAD: JsonObject = { polluted: 'yes', toString: 'polluted', hasOwnProperty: 1 };

type Container = Json[] | JsonObject;

const isContainer = (value: Json | undefined): value is Container =>
  typeof value === 'object' && value !== null;

/** Own keys, including a `__proto__` put there by defineProperty. */
const keysOf = (container: Container): string[] =>
  Array.isArray(container) ? container.map((_, i) => String(i)) : Object.keys(container);

/** Sets an own property, even `__proto__` (a plain assignment would change the prototype). */
function put(container: Container, key: string, value: Json): void {
  if (Array.isArray(container)) container[Number(key)] = value;
  else
    Object.defineProperty(container, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
}

/** The parent and key of the node a walk ends at; the root itself has no parent. */
function locate(root: Json, at: Walk): { parent: Container; key: string } | undefined {
  let parent: Container | undefined;
  let key = '';
  let node: Json = root;
  for (const pick of at) {
    if (!isContainer(node)) break;
    const keys = keysOf(node);
    if (keys.length === 0) break;
    parent = node;
    key = keys[pick % keys.length]!;
    node = (node as Record<string, Json>)[key]!;
  }
  return parent ? { parent, key } : undefined;
}

/** The container a walk ends in (or the last container on the way to a leaf). */
function containerAt(root: Json, at: Walk): Container | undefined {
  let node: Json = root;
  let last: Container | undefined;
  for (const pick of at) {
    if (!isContainer(node)) break;
    last = node;
    const keys = keysOf(node);
    if (keys.length === 0) break;
    node = (node as Record<string, Json>)[keys[pick % keys.length]!]!;
  }
  return isContainer(node) ? node : last;
}

function listOf(root: Json, name: string): JsonObject[] {
  const list = isContainer(root) && !Array.isArray(root) ? root[name] : undefined;
  return Array.isArray(list)
    ? list.filter((item): item is JsonObject => isContainer(item) && !Array.isArray(item))
    : [];
}

function allObjects(root: Json): JsonObject[] {
  const found: JsonObject[] = [];
  const stack: Json[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (!isContainer(node)) continue;
    if (!Array.isArray(node)) found.push(node);
    for (const key of keysOf(node)) stack.push((node as Record<string, Json>)[key]!);
  }
  return found;
}

/** Placeholders spliced into the text after stringifying: `"@@fuzz-0@@"` → raw text. */
class Splices {
  private readonly pieces: string[] = [];
  add(raw: string): string {
    this.pieces.push(raw);
    return `@@fuzz-${this.pieces.length - 1}@@`;
  }
  apply(text: string): string {
    return this.pieces.reduce((out, raw, i) => out.split(`"@@fuzz-${i}@@"`).join(raw), text);
  }
}

function deepText(depth: number, shape: 'array' | 'object'): string {
  return shape === 'array'
    ? '['.repeat(depth) + ']'.repeat(depth)
    : '{"a":'.repeat(depth) + '0' + '}'.repeat(depth);
}

function applyMutation(root: Json, m: Mutation, splices: Splices): Json {
  const target = 'at' in m ? locate(root, m.at) : undefined;
  const replace = (value: Json) => {
    if (target) put(target.parent, target.key, value);
    else root = value;
  };
  switch (m.kind) {
    case 'replace':
      replace(structuredClone(m.value));
      break;
    case 'remove':
      if (!target) break;
      if (Array.isArray(target.parent)) target.parent.splice(Number(target.key), 1);
      else Reflect.deleteProperty(target.parent, target.key);
      break;
    case 'addKey': {
      const container = containerAt(root, m.at);
      if (container && !Array.isArray(container)) put(container, m.key, structuredClone(m.value));
      break;
    }
    case 'prototypeKey': {
      const container = containerAt(root, m.at);
      const payload = m.key === 'constructor' ? { prototype: PAYLOAD } : PAYLOAD;
      if (container && !Array.isArray(container)) put(container, m.key, structuredClone(payload));
      break;
    }
    case 'prototypeKeysEverywhere':
      for (const object of allObjects(root))
        put(
          object,
          m.key,
          structuredClone(m.key === 'constructor' ? { prototype: PAYLOAD } : PAYLOAD),
        );
      break;
    case 'duplicateItem': {
      const container = containerAt(root, m.at);
      if (!Array.isArray(container) || container.length === 0) break;
      const item = container[m.copies % container.length]!;
      for (let i = 0; i < m.copies; i++) container.push(structuredClone(item));
      break;
    }
    case 'copyId': {
      const items = listOf(root, m.list);
      if (items.length < 2) break;
      const from = items[m.from % items.length]!;
      const to = items[m.to % items.length]!;
      if ('id' in from) put(to, 'id', from.id!);
      break;
    }
    case 'dangle': {
      const [list, field] = m.ref.split('.') as [ListName, string];
      const items = listOf(root, list);
      const item = items[m.index % Math.max(1, items.length)];
      if (!item) break;
      const current = item[field];
      if (Array.isArray(current)) current.push(m.id);
      else put(item, field, m.id);
      break;
    }
    case 'loneSurrogate':
      replace(m.text);
      break;
    case 'raw':
      replace(splices.add(m.text));
      break;
    case 'deep': {
      const deep = splices.add(deepText(m.depth, m.shape));
      const container = m.asNewKey ? containerAt(root, m.at) : undefined;
      if (container && !Array.isArray(container)) put(container, 'notes', deep);
      else replace(deep);
      break;
    }
    case 'longString':
      replace(splices.add(JSON.stringify('x'.repeat(m.length))));
      break;
    case 'swapContainer': {
      const node = target ? (target.parent as Record<string, Json>)[target.key] : root;
      if (Array.isArray(node)) replace(Object.fromEntries(node.map((v, i) => [String(i), v])));
      else if (isContainer(node)) replace(Object.values(node));
      break;
    }
  }
  return root;
}

function damageText(text: string, d: TextDamage): string {
  switch (d.kind) {
    case 'truncate':
      return text.slice(0, d.at % (text.length + 1));
    case 'insert': {
      const at = d.at % (text.length + 1);
      return text.slice(0, at) + d.text + text.slice(at);
    }
    case 'wrap':
      return d.before + text + d.after;
    case 'whole':
      return d.text;
    case 'duplicateKey': {
      const at = text.indexOf('{');
      return at < 0 ? text : `${text.slice(0, at + 1)}"${d.key}":${d.value},${text.slice(at + 1)}`;
    }
  }
}

/** The text of a damaged file: the example (parsed JSON) with the case's mutations and damage. */
export function damagedText(example: Json, fuzz: Pick<FuzzCase, 'mutations' | 'damage'>): string {
  const splices = new Splices();
  let doc = structuredClone(example);
  for (const m of fuzz.mutations) doc = applyMutation(doc, m, splices);
  let text = splices.apply(JSON.stringify(doc));
  for (const d of fuzz.damage) text = damageText(text, d);
  return text;
}
