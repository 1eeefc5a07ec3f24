import { itemText, stringifyBlueprint, stringifyFields, type Blueprint } from '../model';
import { CORRUPT_PREFIX, randomId } from './storage';
import { fnv1a } from './textHash';

/**
 * How one blueprint's text is kept in localStorage. A small blueprint is one value, its JSON.
 * A big one is kept in parts: its steps and its flows in runs of about a hundred, everything
 * else in one more part, and under the blueprint's own key a short list of the parts (the
 * manifest). A save writes only the parts whose items changed since this tab's last save, as
 * new keys, then the manifest in one write, then removes the parts the manifest no longer
 * names: until the manifest is written the saved copy is the old one, whole. Writing one
 * 3 MB value holds the main thread for 70–100 ms in Chromium; a run of a hundred steps, under 1.
 */

export const BLUEPRINT_PREFIX = 'service-blueprint-studio:blueprint:';
export const PART_PREFIX = 'service-blueprint-studio:blueprint-part:';
/** From this many steps and flows together, a blueprint is kept in parts. */
export const PARTS_FROM_ITEMS = 500;
/** A part that no manifest names is removed when it is older than this (another tab may be midway). */
const ORPHAN_AGE_MS = 10 * 60 * 1000;
const MAX_RUN = 256;
const MANIFEST_START = '{"storedAs":"parts"';
const SPLIT_LISTS = ['steps', 'flows'] as const;
const SPLIT = new Set<string>(SPLIT_LISTS);

type SplitList = (typeof SPLIT_LISTS)[number];

interface Manifest {
  storedAs: 'parts';
  format: 'service-blueprint';
  rest: string;
  steps: string[];
  flows: string[];
}

export function blueprintKey(id: string): string {
  return `${BLUEPRINT_PREFIX}${id}`;
}

/** What this tab last wrote for one blueprint, so the next save can keep the unchanged parts. */
interface Written {
  manifestText: string;
  restText: string;
  restKey: string;
  /** Each written run of items, by its first item. */
  runs: Map<unknown, { items: readonly unknown[]; key: string }>;
}
const writtenBy = new WeakMap<Storage, Map<string, Written>>();

function writtenIn(storage: Storage): Map<string, Written> {
  let written = writtenBy.get(storage);
  if (!written) writtenBy.set(storage, (written = new Map()));
  return written;
}

const endsRunMemo = new WeakMap<object, boolean>();

/**
 * Where runs end depends on the items' ids, not on their places, so adding or removing a step
 * changes the one run it is in, not every run after it.
 */
function endsRun(item: unknown): boolean {
  if (typeof item !== 'object' || item === null) return false;
  const known = endsRunMemo.get(item);
  if (known !== undefined) return known;
  const id = (item as { id?: unknown }).id;
  const ends = typeof id === 'string' && (fnv1a(id) & 127) === 0;
  if (Object.isFrozen(item)) endsRunMemo.set(item, ends);
  return ends;
}

function runsOf(items: readonly unknown[]): unknown[][] {
  const runs: unknown[][] = [];
  let run: unknown[] = [];
  for (const item of items) {
    run.push(item);
    if (run.length >= MAX_RUN || endsRun(item)) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function sameRun(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function isManifestText(text: string): boolean {
  return text.startsWith(MANIFEST_START);
}

function parseManifest(text: string): Manifest | null {
  if (!isManifestText(text)) return null;
  try {
    const value = JSON.parse(text) as Partial<Manifest>;
    const keys = (list: unknown) =>
      Array.isArray(list) && list.every((k) => typeof k === 'string' && k.startsWith(PART_PREFIX));
    if (typeof value.rest === 'string' && keys(value.steps) && keys(value.flows))
      return value as Manifest;
  } catch {
    // Not a manifest after all: read as a blueprint's text, which fails with its own reason.
  }
  return null;
}

function partsNamed(manifest: Manifest): string[] {
  return [manifest.rest, ...manifest.steps, ...manifest.flows];
}

function partKey(id: string, now: number): string {
  return `${PART_PREFIX}${id}:${now.toString(36)}-${randomId()}`;
}

function removeParts(storage: Storage, keys: Iterable<string>): void {
  for (const key of keys) {
    try {
      storage.removeItem(key);
    } catch {
      // A part left behind is swept later; it never stands in for the saved copy.
    }
  }
}

/**
 * Writes a blueprint's text under its key (in parts when it is big). Throws what localStorage
 * throws; on a throw the copy stored before is untouched.
 */
export function writeBlueprintText(
  storage: Storage,
  id: string,
  doc: Blueprint,
  now = Date.now(),
): void {
  const key = blueprintKey(id);
  const before = storage.getItem(key);
  const oldManifest = before === null ? null : parseManifest(before);
  const written = writtenIn(storage);
  if (doc.steps.length + doc.flows.length < PARTS_FROM_ITEMS) {
    storage.setItem(key, stringifyBlueprint(doc));
    written.delete(id);
    if (oldManifest) removeParts(storage, partsNamed(oldManifest));
    return;
  }
  // What this tab wrote last is of use only if it is still what is stored.
  const last = written.get(id);
  const usable = last && last.manifestText === before ? last : undefined;
  const added: string[] = [];
  const put = (text: string): string => {
    const partName = partKey(id, now);
    added.push(partName);
    storage.setItem(partName, text);
    return partName;
  };
  try {
    const restText = stringifyFields(doc, SPLIT);
    const restKey = usable?.restText === restText ? usable.restKey : put(restText);
    const runs = new Map<unknown, { items: readonly unknown[]; key: string }>();
    const keysOf = (list: SplitList): string[] =>
      runsOf(doc[list]).map((items) => {
        const old = usable?.runs.get(items[0]);
        const partName =
          old && sameRun(old.items, items) ? old.key : put(items.map(itemText).join(','));
        runs.set(items[0], { items, key: partName });
        return partName;
      });
    const manifest: Manifest = {
      storedAs: 'parts',
      format: 'service-blueprint',
      rest: restKey,
      steps: keysOf('steps'),
      flows: keysOf('flows'),
    };
    const manifestText = JSON.stringify(manifest);
    storage.setItem(key, manifestText);
    written.set(id, { manifestText, restText, restKey, runs });
    if (oldManifest) {
      const kept = new Set(partsNamed(manifest));
      removeParts(
        storage,
        partsNamed(oldManifest).filter((k) => !kept.has(k)),
      );
    }
  } catch (error) {
    removeParts(storage, added);
    written.delete(id);
    throw error;
  }
}

export type StoredText =
  { kind: 'text'; text: string } | { kind: 'missing' } | { kind: 'partMissing'; stored: string };

/** The stored text of a blueprint, put back together from its parts when it is kept in parts. */
export function readBlueprintText(storage: Storage, id: string): StoredText {
  const stored = storage.getItem(blueprintKey(id));
  if (stored === null) return { kind: 'missing' };
  const manifest = parseManifest(stored);
  if (!manifest) return { kind: 'text', text: stored };
  const texts = (keys: readonly string[]) => keys.map((k) => storage.getItem(k));
  const rest = storage.getItem(manifest.rest);
  const steps = texts(manifest.steps);
  const flows = texts(manifest.flows);
  if (rest === null || steps.includes(null) || flows.includes(null))
    return { kind: 'partMissing', stored };
  return {
    kind: 'text',
    text: `{${rest},"steps":[${steps.join(',')}],"flows":[${flows.join(',')}]}`,
  };
}

/** Removes a blueprint's text and its parts. */
export function removeBlueprintText(storage: Storage, id: string): void {
  const key = blueprintKey(id);
  const stored = storage.getItem(key);
  const manifest = stored === null ? null : parseManifest(stored);
  storage.removeItem(key);
  writtenIn(storage).delete(id);
  if (manifest) removeParts(storage, partsNamed(manifest));
}

/**
 * Removes parts no manifest names (left by a tab closed midway through a save), once they are
 * old enough that no tab can still be writing the manifest that names them.
 */
export function sweepLooseParts(storage: Storage, now = Date.now()): number {
  const named = new Set<string>();
  const parts: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (!key) continue;
      if (key.startsWith(PART_PREFIX)) parts.push(key);
      else if (key.startsWith(BLUEPRINT_PREFIX) || key.startsWith(CORRUPT_PREFIX)) {
        const manifest = parseManifest(storage.getItem(key) ?? '');
        if (manifest) for (const k of partsNamed(manifest)) named.add(k);
      }
    }
  } catch {
    return 0;
  }
  const loose = parts.filter((key) => {
    if (named.has(key)) return false;
    const stamp = parseInt(key.slice(key.lastIndexOf(':') + 1).split('-')[0] ?? '', 36);
    return !(now - stamp < ORPHAN_AGE_MS);
  });
  removeParts(storage, loose);
  return loose.length;
}
