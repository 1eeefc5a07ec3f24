/** localStorage plumbing shared by the library and the legacy autosave: access, quota, keeping aside. */

export const CORRUPT_PREFIX = 'service-blueprint-studio:corrupt-autosave:';

/** A short random id; crypto.randomUUID needs a secure context, getRandomValues does not. */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
}

/** The browser's localStorage, or null where it cannot be used at all (some private modes). */
export function browserStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    // Some browsers hand out a storage object that throws on the first use.
    storage.getItem(CORRUPT_PREFIX);
    return storage;
  } catch {
    return null;
  }
}

export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' ||
      error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
      error.code === 22)
  );
}

/**
 * Copies text that does not load aside under its own key (once: the same text is not copied
 * twice), so the next save cannot overwrite it. Returns the key, or null if it could not be kept.
 */
export function keepAside(storage: Storage, text: string, now = Date.now()): string | null {
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(CORRUPT_PREFIX) && storage.getItem(key) === text) return key;
    }
    const key = `${CORRUPT_PREFIX}${new Date(now).toISOString()}`;
    storage.setItem(key, text);
    return key;
  } catch {
    return null;
  }
}

/**
 * localStorage holds about 5 Mi characters per site (keys and values, whatever the script:
 * measured in Chromium 156, and Firefox and Safari allow about the same). Browsers do not say.
 */
export const LOCAL_STORAGE_CAPACITY_CHARS = 5 * 1024 * 1024;
/** From this share of either store on, the library warns. */
export const STORAGE_WARNING_SHARE = 0.8;
