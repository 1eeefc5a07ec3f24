import { describeErrors, loadBlueprintText, type Blueprint } from '../model';
import { newLibraryId, saveBlueprint } from './library';
import { keepAside } from './storage';

/**
 * Before the library, the editor kept one blueprint under one key. On first start it moves into
 * the library; the old key is removed only once the library holds the blueprint.
 */
export const LEGACY_AUTOSAVE_KEY = 'service-blueprint-studio:autosave';
export const LEGACY_AUTOSAVE_META_KEY = 'service-blueprint-studio:autosave-meta';

export type LegacyMigration =
  | { kind: 'none' }
  | { kind: 'migrated'; id: string }
  | { kind: 'corrupt'; reason: string; keptAs: string | null }
  /** The library could not take it (storage full): it stays under the old key, shown from memory. */
  | { kind: 'failed'; doc: Blueprint };

function readLegacyMeta(storage: Storage): { savedAt?: number; savedToFile: boolean } {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(LEGACY_AUTOSAVE_META_KEY) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return { savedToFile: false };
    const { savedAt, savedToFile } = parsed as Record<string, unknown>;
    return {
      savedAt: typeof savedAt === 'number' ? savedAt : undefined,
      savedToFile: savedToFile === true,
    };
  } catch {
    return { savedToFile: false };
  }
}

function removeLegacy(storage: Storage): void {
  storage.removeItem(LEGACY_AUTOSAVE_KEY);
  storage.removeItem(LEGACY_AUTOSAVE_META_KEY);
}

export function migrateLegacyAutosave(storage: Storage, now = Date.now()): LegacyMigration {
  let text: string | null;
  try {
    text = storage.getItem(LEGACY_AUTOSAVE_KEY);
  } catch {
    return { kind: 'none' };
  }
  if (text === null) return { kind: 'none' };
  const loaded = loadBlueprintText(text);
  try {
    if (!loaded.ok) {
      const keptAs = keepAside(storage, text, now);
      if (keptAs) removeLegacy(storage);
      return { kind: 'corrupt', reason: describeErrors(loaded.errors), keptAs };
    }
    const meta = readLegacyMeta(storage);
    const id = newLibraryId();
    const saved = saveBlueprint(storage, id, loaded.value, {
      savedToFile: meta.savedToFile,
      now: meta.savedAt ?? now,
    });
    if (!saved.ok) return { kind: 'failed', doc: loaded.value };
    removeLegacy(storage);
    return { kind: 'migrated', id };
  } catch {
    return loaded.ok ? { kind: 'failed', doc: loaded.value } : { kind: 'none' };
  }
}
