import { describeErrors, loadBlueprintText, type Blueprint } from '../model';

/** The autosave slot in localStorage: the document as JSON, and a little metadata beside it. */
export const AUTOSAVE_KEY = 'service-blueprint-studio:autosave';
export const AUTOSAVE_META_KEY = 'service-blueprint-studio:autosave-meta';
export const CORRUPT_PREFIX = 'service-blueprint-studio:corrupt-autosave:';

export interface AutosaveMeta {
  savedAt: number;
  /** True when everything in the autosave was also saved to (or opened from) a file. */
  savedToFile: boolean;
}

export type AutosaveRead =
  | { kind: 'none' }
  | { kind: 'ok'; doc: Blueprint; meta: AutosaveMeta | null }
  | { kind: 'corrupt'; reason: string; keptAs: string | null };

export type AutosaveWrite = { ok: true } | { ok: false; reason: 'full' | 'unavailable' };

function safeStorage(getStorage: () => Storage): Storage | null {
  try {
    return getStorage();
  } catch {
    return null;
  }
}

function readMeta(storage: Storage): AutosaveMeta | null {
  try {
    const raw = storage.getItem(AUTOSAVE_META_KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { savedAt, savedToFile } = parsed as Record<string, unknown>;
    return {
      savedAt: typeof savedAt === 'number' ? savedAt : 0,
      savedToFile: savedToFile === true,
    };
  } catch {
    return null;
  }
}

/**
 * Reads the autosave. A slot that does not load is copied aside under its own key (never
 * overwritten by the next autosave), so nothing is thrown away.
 */
export function readAutosave(
  getStorage: () => Storage = () => window.localStorage,
  now = Date.now(),
): AutosaveRead {
  const storage = safeStorage(getStorage);
  if (!storage) return { kind: 'none' };
  let text: string | null;
  try {
    text = storage.getItem(AUTOSAVE_KEY);
  } catch {
    return { kind: 'none' };
  }
  if (text === null) return { kind: 'none' };
  const result = loadBlueprintText(text);
  if (result.ok) return { kind: 'ok', doc: result.value, meta: readMeta(storage) };
  try {
    // Until the next autosave overwrites the slot, every load finds it again: keep one copy.
    let keptAs = keptCopyOf(storage, text);
    if (!keptAs) {
      keptAs = `${CORRUPT_PREFIX}${new Date(now).toISOString()}`;
      storage.setItem(keptAs, text);
    }
    return { kind: 'corrupt', reason: describeErrors(result.errors), keptAs };
  } catch {
    return { kind: 'corrupt', reason: describeErrors(result.errors), keptAs: null };
  }
}

/** The key of a copy already kept aside with exactly this text, if any. */
function keptCopyOf(storage: Storage, text: string): string | null {
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(CORRUPT_PREFIX) && storage.getItem(key) === text) return key;
  }
  return null;
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' ||
      error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
      error.code === 22)
  );
}

export function writeAutosave(
  doc: Blueprint,
  meta: AutosaveMeta,
  getStorage: () => Storage = () => window.localStorage,
): AutosaveWrite {
  const storage = safeStorage(getStorage);
  if (!storage) return { ok: false, reason: 'unavailable' };
  try {
    storage.setItem(AUTOSAVE_KEY, JSON.stringify(doc));
    storage.setItem(AUTOSAVE_META_KEY, JSON.stringify(meta));
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'full' : 'unavailable' };
  }
}
