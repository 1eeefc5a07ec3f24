import { createStore, del, get, update, type UseStore } from 'idb-keyval';
import { describeErrors, loadBlueprintText, stringifyBlueprint, type Blueprint } from '../model';
import { thinSnapshots } from './snapshotThinning';
import { textFingerprint } from './textHash';

/**
 * Autosave snapshots in IndexedDB: per blueprint id, a list of earlier versions in recording
 * order (oldest first), thinned by `thinSnapshots`. Nothing here throws: a browser without
 * IndexedDB (some private windows) gets { ok: false, reason: 'unavailable' } and the editor
 * carries on with the localStorage autosave alone.
 */
export interface Snapshot {
  /** When it was recorded, epoch ms; unique within one blueprint's list. */
  at: number;
  /** The document as JSON (as autosaved, viewport included). */
  text: string;
  stepCount: number;
  title: string;
  /** `textFingerprint(contentKey(text))`, kept so History need not parse every version. */
  keyPrint?: string;
}

/** What the History list shows of a version: everything but its text. */
export type SnapshotSummary = Pick<Snapshot, 'at' | 'stepCount' | 'title'> & { keyPrint: string };

export type SnapshotFailure = 'unavailable' | 'full';
export type SnapshotWrite =
  { ok: true; recorded: boolean } | { ok: false; reason: SnapshotFailure };
export type SnapshotList =
  { ok: true; snapshots: SnapshotSummary[] } | { ok: false; reason: 'unavailable' };
export type SnapshotRead =
  | { ok: true; doc: Blueprint }
  | { ok: false; problem: 'unavailable' | 'missing' }
  | { ok: false; problem: 'damaged'; detail: string };

/** 'unknown' until the first read or write answers. */
export type SnapshotHealth = 'unknown' | 'ok' | SnapshotFailure;

export type SnapshotEvent =
  { kind: 'changed'; blueprintId: string } | { kind: 'health'; health: SnapshotHealth };

/** The three key-value operations used, so tests can stand in for IndexedDB. */
export interface SnapshotBackend {
  get(key: string): Promise<unknown>;
  /** Atomic read-modify-write of one key. */
  update(key: string, updater: (old: unknown) => unknown): Promise<void>;
  del(key: string): Promise<void>;
}

export const SNAPSHOT_DB = 'service-blueprint-studio-snapshots';
export const SNAPSHOT_STORE = 'snapshots';

/** IndexedDB through idb-keyval, opened on first use (opening can throw synchronously). */
export function indexedDbBackend(): SnapshotBackend {
  let store: UseStore | null = null;
  const open = () => (store ??= createStore(SNAPSHOT_DB, SNAPSHOT_STORE));
  return {
    get: async (key) => get<unknown>(key, open()),
    update: async (key, updater) => update<unknown>(key, updater, open()),
    del: async (key) => del(key, open()),
  };
}

function isSnapshot(value: unknown): value is Snapshot {
  if (typeof value !== 'object' || value === null) return false;
  const { at, text, stepCount, title } = value as Record<string, unknown>;
  return (
    typeof at === 'number' &&
    Number.isFinite(at) &&
    typeof text === 'string' &&
    typeof stepCount === 'number' &&
    typeof title === 'string' &&
    ['string', 'undefined'].includes(typeof (value as Record<string, unknown>).keyPrint)
  );
}

/** A stored list, with anything that is not a snapshot left out. */
function snapshotsIn(stored: unknown): Snapshot[] {
  return Array.isArray(stored) ? stored.filter(isSnapshot) : [];
}

/**
 * What makes two versions the same for history: the document without the viewport (panning is
 * not an edit) and without the guide's current step (moving through the guide is not either).
 */
export function contentKey(docOrText: unknown): string {
  let value = docOrText;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return value as string;
    }
  }
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const record = value as Record<string, unknown>;
  const guide = record.guide;
  const key = {
    ...record,
    view: null,
    guide: typeof guide === 'object' && guide !== null ? { ...guide, step: null } : guide,
  };
  // The same text as JSON.stringify, reusing each unchanged step's and flow's text.
  return stringifyBlueprint(key as unknown as Blueprint);
}

/** A short stand-in for a version's content key: equal for versions that differ only in view. */
export function contentPrint(docOrText: unknown): string {
  return textFingerprint(contentKey(docOrText));
}

/**
 * Versions recorded before prints were kept are parsed once, then remembered by blueprint and
 * time (a version's text never changes).
 */
const legacyPrints = new Map<string, string>();
const LEGACY_PRINTS_KEPT = 1000;

function summaryOf(blueprintId: string, snapshot: Snapshot): SnapshotSummary {
  const { at, stepCount, title, keyPrint, text } = snapshot;
  const known = `${blueprintId}\u0000${at}`;
  let print = keyPrint ?? legacyPrints.get(known);
  if (print === undefined) {
    print = contentPrint(text);
    if (legacyPrints.size >= LEGACY_PRINTS_KEPT) legacyPrints.clear();
    legacyPrints.set(known, print);
  }
  return { at, stepCount, title, keyPrint: print };
}

function failureOf(error: unknown): SnapshotFailure {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  return name === 'QuotaExceededError' ? 'full' : 'unavailable';
}

/** A timestamp not yet used in the list (two snapshots in one millisecond, or a clock set back). */
function freeTimestamp(list: readonly Snapshot[], at: number): number {
  let free = at;
  while (list.some((s) => s.at === free)) free += 1;
  return free;
}

/** A version about to be recorded: the document's text and what the History list shows of it. */
export type NewVersion = Pick<Snapshot, 'text' | 'stepCount' | 'title'>;

/** The document as a version's text (reusing each unchanged step's and flow's text). */
export function versionOf(doc: Blueprint): NewVersion {
  return { text: stringifyBlueprint(doc), stepCount: doc.steps.length, title: doc.title };
}

/** How long one read or write may take before the database counts as unavailable. */
export const SNAPSHOT_TIMEOUT_MS = 15_000;

export function createSnapshotArchive(
  backend: SnapshotBackend,
  { timeoutMs = SNAPSHOT_TIMEOUT_MS }: { timeoutMs?: number } = {},
) {
  const queues = new Map<string, Promise<unknown>>();
  /** Per blueprint, the version this archive last recorded (or found the newest) and its key. */
  const lastRecorded = new Map<string, { text: string; key: string }>();
  const listeners = new Set<(event: SnapshotEvent) => void>();
  let health: SnapshotHealth = 'unknown';

  function emit(event: SnapshotEvent): void {
    for (const listener of listeners) listener(event);
  }

  function setHealth(next: SnapshotHealth): void {
    if (next === health) return;
    health = next;
    emit({ kind: 'health', health });
  }

  /** Runs tasks on one blueprint's snapshots one after another, so no write loses another. */
  function inTurn<T>(blueprintId: string, task: () => Promise<T>): Promise<T> {
    const previous = queues.get(blueprintId) ?? Promise.resolve();
    const run = previous.then(task);
    const settled = run.catch(() => undefined);
    queues.set(blueprintId, settled);
    void settled.then(() => {
      if (queues.get(blueprintId) === settled) queues.delete(blueprintId);
    });
    return run;
  }

  /**
   * Runs a backend call, turning any error into a failure reason and noting the health. A read
   * that works shows the database is there, but only a write shows there is room again.
   */
  async function attempt<T>(
    kind: 'read' | 'write',
    call: () => Promise<T>,
  ): Promise<{ ok: true; value: T } | { ok: false; reason: SnapshotFailure }> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A database that never answers must not queue this blueprint's writes up for ever.
    const gaveUp = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('IndexedDB did not answer')), timeoutMs);
    });
    try {
      const value = await Promise.race([call(), gaveUp]);
      setHealth(kind === 'read' && health === 'full' ? 'full' : 'ok');
      return { ok: true, value };
    } catch (error) {
      const reason = failureOf(error);
      setHealth(reason);
      return { ok: false, reason };
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Adds a version of `doc` unless it is the same as the newest one, then thins the list. The
   * only synchronous work is turning the document into JSON.
   */
  function recordSnapshot(
    blueprintId: string,
    doc: Blueprint,
    now: number = Date.now(),
  ): Promise<SnapshotWrite> {
    return recordVersion(blueprintId, versionOf(doc), now);
  }

  /** recordSnapshot for a document already turned into text (what a worker is handed). */
  function recordVersion(
    blueprintId: string,
    fresh: NewVersion,
    now: number = Date.now(),
  ): Promise<SnapshotWrite> {
    const { text } = fresh;
    return inTurn(blueprintId, async () => {
      let added = false;
      let key: string | undefined;
      const isSameAsNewest = (list: readonly Snapshot[]): boolean => {
        const newest = list.at(-1);
        if (newest === undefined) return false;
        if (newest.text === text) return true;
        // The newest is most often the one recorded here last: its key is known, and parsing a
        // 10,000-step version again takes tens of ms.
        const known = lastRecorded.get(blueprintId);
        const newestKey = known?.text === newest.text ? known.key : contentKey(newest.text);
        lastRecorded.set(blueprintId, { text: newest.text, key: newestKey });
        key ??= contentKey(text);
        return newestKey === key;
      };
      // Read first: when nothing changed, no write (which copies every version) is needed.
      const before = await attempt('read', () => backend.get(blueprintId));
      if (!before.ok) return before;
      if (isSameAsNewest(snapshotsIn(before.value))) return { ok: true, recorded: false };
      key ??= contentKey(text);
      const keyPrint = textFingerprint(key);
      const written = await attempt('write', () =>
        backend.update(blueprintId, (stored) => {
          const list = snapshotsIn(stored);
          if (isSameAsNewest(list)) return list;
          added = true;
          const next = [...list, { ...fresh, at: freeTimestamp(list, now), keyPrint }];
          return thinSnapshots(next, now);
        }),
      );
      if (!written.ok) return written;
      if (added) {
        lastRecorded.set(blueprintId, { text, key });
        emit({ kind: 'changed', blueprintId });
      }
      return { ok: true, recorded: added };
    });
  }

  /** The versions of a blueprint, newest first. */
  function listSnapshots(blueprintId: string): Promise<SnapshotList> {
    return inTurn(blueprintId, async (): Promise<SnapshotList> => {
      const read = await attempt('read', () => backend.get(blueprintId));
      if (!read.ok) return { ok: false, reason: 'unavailable' };
      const summaries = snapshotsIn(read.value).map((s) => summaryOf(blueprintId, s));
      return { ok: true, snapshots: summaries.reverse() };
    });
  }

  /** One version as a document, validated like a file: a damaged one gives its problem. */
  function readSnapshot(blueprintId: string, at: number): Promise<SnapshotRead> {
    return inTurn(blueprintId, async (): Promise<SnapshotRead> => {
      const read = await attempt('read', () => backend.get(blueprintId));
      if (!read.ok) return { ok: false, problem: 'unavailable' };
      const snapshot = snapshotsIn(read.value).find((s) => s.at === at);
      if (!snapshot) return { ok: false, problem: 'missing' };
      const loaded = loadBlueprintText(snapshot.text);
      if (!loaded.ok)
        return { ok: false, problem: 'damaged', detail: describeErrors(loaded.errors) };
      return { ok: true, doc: loaded.value };
    });
  }

  /** Forgets every version of a blueprint (when it is deleted for good). */
  function deleteSnapshots(blueprintId: string): Promise<SnapshotWrite> {
    return inTurn(blueprintId, async (): Promise<SnapshotWrite> => {
      const done = await attempt('write', () => backend.del(blueprintId));
      if (!done.ok) return done;
      emit({ kind: 'changed', blueprintId });
      return { ok: true, recorded: false };
    });
  }

  /**
   * Gives a copy of a blueprint the original's versions (a duplicate starts with its history);
   * versions the copy already has come after them.
   */
  async function copySnapshots(
    fromId: string,
    toId: string,
    now: number = Date.now(),
  ): Promise<SnapshotWrite> {
    const source = await inTurn(fromId, () => attempt('read', () => backend.get(fromId)));
    if (!source.ok) return { ok: false, reason: 'unavailable' };
    const copied = snapshotsIn(source.value);
    if (!copied.length || fromId === toId) return { ok: true, recorded: false };
    return inTurn(toId, async (): Promise<SnapshotWrite> => {
      const written = await attempt('write', () =>
        backend.update(toId, (stored) => {
          const merged: Snapshot[] = [];
          for (const snapshot of [...copied, ...snapshotsIn(stored)])
            merged.push({ ...snapshot, at: freeTimestamp(merged, snapshot.at) });
          return thinSnapshots(merged, now);
        }),
      );
      if (!written.ok) return written;
      emit({ kind: 'changed', blueprintId: toId });
      return { ok: true, recorded: true };
    });
  }

  return {
    recordSnapshot,
    recordVersion,
    listSnapshots,
    readSnapshot,
    deleteSnapshots,
    copySnapshots,
    /** Whether the last read or write worked ('unknown' before the first). */
    health: (): SnapshotHealth => health,
    /** Tells `listener` when a blueprint's list or the health changes; returns the unsubscribe. */
    subscribe(listener: (event: SnapshotEvent) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type SnapshotArchive = ReturnType<typeof createSnapshotArchive>;
