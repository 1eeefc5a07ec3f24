import { describeErrors, loadBlueprintText, type Blueprint } from '../model';
import { CORRUPT_PREFIX, isQuotaError, keepAside, randomId } from './storage';
import {
  BLUEPRINT_PREFIX,
  blueprintKey,
  readBlueprintText,
  removeBlueprintText,
  writeBlueprintText,
} from './blueprintParts';

export { BLUEPRINT_PREFIX, blueprintKey };

/**
 * The library: every blueprint kept in this browser, each under its own localStorage key, and a
 * small index beside them (titles, times, step counts, trash). Functions take the Storage so
 * tests can hand in a fake; none of them throws.
 */

export const LIBRARY_INDEX_KEY = 'service-blueprint-studio:library';
export const TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface LibraryEntry {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  stepCount: number;
  /** Everything in the stored copy was also saved to (or opened from) a file. */
  savedToFile: boolean;
  /** When it went to the trash; emptied for good TRASH_DAYS later. */
  deletedAt?: number;
  /** Changes on every write of an edit, so a tab can tell that another tab wrote since it last looked. */
  writeId: string;
}

export interface LibraryIndex {
  entries: LibraryEntry[];
  /** The blueprint edited last: what a new tab opens. */
  lastOpenedId?: string;
}

export type WriteFailure = { ok: false; reason: 'full' | 'unavailable' };
export type SaveResult =
  | { ok: true; writeId: string }
  | WriteFailure
  | { ok: false; reason: 'conflict'; entry: LibraryEntry };

export type BlueprintRead =
  | { kind: 'ok'; doc: Blueprint; entry: LibraryEntry }
  | { kind: 'missing' }
  | { kind: 'corrupt'; reason: string; keptAs: string | null };

export const newLibraryId = randomId;

const PART_MISSING_REASON = 'a part of it is missing from this browser’s storage';

function failure(error: unknown): WriteFailure {
  return { ok: false, reason: isQuotaError(error) ? 'full' : 'unavailable' };
}

function isEntry(value: unknown): value is LibraryEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return (
    typeof e.id === 'string' &&
    typeof e.title === 'string' &&
    typeof e.updatedAt === 'number' &&
    typeof e.createdAt === 'number' &&
    typeof e.stepCount === 'number' &&
    typeof e.writeId === 'string' &&
    (e.deletedAt === undefined || typeof e.deletedAt === 'number')
  );
}

function entryFor(id: string, doc: Blueprint, now: number, savedToFile: boolean): LibraryEntry {
  return {
    id,
    title: doc.title,
    createdAt: now,
    updatedAt: now,
    stepCount: doc.steps.length,
    savedToFile,
    writeId: newLibraryId(),
  };
}

/**
 * Rebuilds the index from the blueprints themselves, for an index that is missing or damaged
 * while blueprints exist: the index is a convenience, the blueprints are the work.
 */
function rebuildIndex(storage: Storage, now: number): LibraryIndex {
  const entries: LibraryEntry[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (!key?.startsWith(BLUEPRINT_PREFIX)) continue;
    const id = key.slice(BLUEPRINT_PREFIX.length);
    const stored = readBlueprintText(storage, id);
    const loaded = stored.kind === 'text' ? loadBlueprintText(stored.text) : null;
    if (loaded?.ok) entries.push(entryFor(id, loaded.value, now, false));
  }
  return { entries };
}

export function readIndex(storage: Storage, now = Date.now()): LibraryIndex {
  let text: string | null;
  try {
    text = storage.getItem(LIBRARY_INDEX_KEY);
  } catch {
    return { entries: [] };
  }
  if (text !== null) {
    try {
      const parsed = JSON.parse(text) as { entries?: unknown; lastOpenedId?: unknown };
      if (Array.isArray(parsed.entries)) {
        const entries = parsed.entries.filter(isEntry);
        const lastOpenedId =
          typeof parsed.lastOpenedId === 'string' ? parsed.lastOpenedId : undefined;
        return lastOpenedId ? { entries, lastOpenedId } : { entries };
      }
    } catch {
      // A damaged index is rebuilt below.
    }
  }
  try {
    return rebuildIndex(storage, now);
  } catch {
    return { entries: [] };
  }
}

function writeIndex(storage: Storage, index: LibraryIndex): void {
  storage.setItem(LIBRARY_INDEX_KEY, JSON.stringify(index));
}

function updateIndex(
  storage: Storage,
  change: (index: LibraryIndex) => LibraryIndex,
): { ok: true } | WriteFailure {
  try {
    writeIndex(storage, change(readIndex(storage)));
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}

export function findEntry(storage: Storage, id: string): LibraryEntry | undefined {
  return readIndex(storage).entries.find((e) => e.id === id);
}

/** Blueprints not in the trash, most recently edited first. */
export function activeEntries(index: LibraryIndex): LibraryEntry[] {
  return index.entries
    .filter((e) => e.deletedAt === undefined)
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

export function trashedEntries(index: LibraryIndex): LibraryEntry[] {
  return index.entries
    .filter((e) => e.deletedAt !== undefined)
    .sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
}

/**
 * Writes a blueprint. With `expectedWriteId`, refuses (reason 'conflict') when another tab has
 * written this blueprint since this tab last read or wrote it: no tab overwrites another's edits.
 * A blueprint written while in the trash comes back out: someone is still working on it.
 */
export function saveBlueprint(
  storage: Storage,
  id: string,
  doc: Blueprint,
  options: {
    savedToFile: boolean;
    expectedWriteId?: string | null;
    now?: number;
    /** False when only the viewport moved: "last edited" stays as it was. */
    edited?: boolean;
  },
): SaveResult {
  const now = options.now ?? Date.now();
  try {
    const index = readIndex(storage, now);
    const existing = index.entries.find((e) => e.id === id);
    if (existing && options.expectedWriteId && existing.writeId !== options.expectedWriteId)
      return { ok: false, reason: 'conflict', entry: existing };
    writeBlueprintText(storage, id, doc, now);
    const entry: LibraryEntry = {
      ...entryFor(id, doc, now, options.savedToFile),
      createdAt: existing?.createdAt ?? now,
      updatedAt: options.edited === false && existing ? existing.updatedAt : now,
    };
    // Only the viewport moved: the same version, so other tabs showing it have nothing to reload.
    if (options.edited === false && existing) entry.writeId = existing.writeId;
    writeIndex(storage, {
      entries: [...index.entries.filter((e) => e.id !== id), entry],
      lastOpenedId: id,
    });
    return { ok: true, writeId: entry.writeId };
  } catch (error) {
    return failure(error);
  }
}

/** Reads one blueprint. One that does not load is copied aside once, never thrown away. */
export function readBlueprint(storage: Storage, id: string, now = Date.now()): BlueprintRead {
  let stored: ReturnType<typeof readBlueprintText>;
  try {
    stored = readBlueprintText(storage, id);
  } catch {
    return { kind: 'missing' };
  }
  const entry = readIndex(storage, now).entries.find((e) => e.id === id);
  if (stored.kind === 'missing' || !entry) return { kind: 'missing' };
  if (stored.kind === 'partMissing')
    return {
      kind: 'corrupt',
      reason: PART_MISSING_REASON,
      keptAs: keepAside(storage, stored.stored, now),
    };
  const text = stored.text;
  const result = loadBlueprintText(text);
  if (result.ok) return { kind: 'ok', doc: result.value, entry };
  return {
    kind: 'corrupt',
    reason: describeErrors(result.errors),
    keptAs: keepAside(storage, text, now),
  };
}

/** Remembers which blueprint a new tab should open. */
export function markOpened(storage: Storage, id: string): void {
  updateIndex(storage, (index) => ({ ...index, lastOpenedId: id }));
}

export function renameBlueprint(
  storage: Storage,
  id: string,
  title: string,
  now = Date.now(),
): SaveResult {
  const read = readBlueprint(storage, id, now);
  if (read.kind !== 'ok') return { ok: false, reason: 'unavailable' };
  return saveBlueprint(storage, id, { ...read.doc, title }, { savedToFile: false, now });
}

/** Copies a blueprint under a new id; the copy is new work, not yet in any file. */
export function duplicateBlueprint(
  storage: Storage,
  id: string,
  title: string,
  now = Date.now(),
): { ok: true; id: string } | WriteFailure {
  const read = readBlueprint(storage, id, now);
  if (read.kind !== 'ok') return { ok: false, reason: 'unavailable' };
  const copyId = newLibraryId();
  const result = saveBlueprint(
    storage,
    copyId,
    { ...read.doc, title },
    { savedToFile: false, now },
  );
  if (!result.ok) return { ok: false, reason: result.reason === 'full' ? 'full' : 'unavailable' };
  return { ok: true, id: copyId };
}

export function moveToTrash(storage: Storage, id: string, now = Date.now()) {
  return updateIndex(storage, (index) => ({
    ...index,
    entries: index.entries.map((e) => (e.id === id ? { ...e, deletedAt: now } : e)),
  }));
}

export function restoreFromTrash(storage: Storage, id: string) {
  return updateIndex(storage, (index) => ({
    ...index,
    entries: index.entries.map((e) => {
      if (e.id !== id) return e;
      const restored = { ...e };
      delete restored.deletedAt;
      return restored;
    }),
  }));
}

/** Deletes blueprints for good; returns the ids removed (their snapshots go too). */
export function deleteForever(storage: Storage, ids: readonly string[]): string[] {
  const removed: string[] = [];
  try {
    for (const id of ids) {
      removeBlueprintText(storage, id);
      removed.push(id);
    }
    const index = readIndex(storage);
    writeIndex(storage, {
      ...index,
      entries: index.entries.filter((e) => !removed.includes(e.id)),
    });
  } catch {
    // Whatever was removed is reported; the rest stays in the trash.
  }
  return removed;
}

/** Ids in the trash for longer than TRASH_DAYS. */
export function expiredTrash(index: LibraryIndex, now = Date.now()): string[] {
  return index.entries
    .filter((e) => e.deletedAt !== undefined && now - e.deletedAt > TRASH_DAYS * DAY_MS)
    .map((e) => e.id);
}

/** Whole days left before a trashed blueprint is emptied for good. */
export function daysLeftInTrash(entry: LibraryEntry, now = Date.now()): number {
  if (entry.deletedAt === undefined) return TRASH_DAYS;
  return Math.max(0, Math.ceil((entry.deletedAt + TRASH_DAYS * DAY_MS - now) / DAY_MS));
}

/** Characters stored by this app in localStorage (keys and values), and by everything. */
export function localStorageUse(storage: Storage): { ours: number; all: number } {
  let ours = 0;
  let all = 0;
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i) ?? '';
      const size = key.length + (storage.getItem(key)?.length ?? 0);
      all += size;
      if (key.startsWith('service-blueprint-studio:') || key.startsWith(CORRUPT_PREFIX))
        ours += size;
    }
  } catch {
    // Unreadable storage uses nothing we can count.
  }
  return { ours, all };
}
