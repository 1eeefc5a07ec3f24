import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, newBlueprint } from '../model';
import { blueprintKey, readBlueprint, readIndex } from './library';
import {
  LEGACY_AUTOSAVE_KEY,
  LEGACY_AUTOSAVE_META_KEY,
  migrateLegacyAutosave,
} from './legacyAutosave';
import { CORRUPT_PREFIX } from './storage';
import { fakeStorage } from './testing/fakeStorage';
import v1Fixture from '../model/migrations/fixtures/v1-hotel.json';

describe('moving the single autosave slot of earlier versions into the library', () => {
  it('does nothing when there is no old slot', () => {
    const storage = fakeStorage();
    expect(migrateLegacyAutosave(storage)).toEqual({ kind: 'none' });
    expect(storage.data.size).toBe(0);
  });

  it('moves the blueprint with its save time and file state, then removes the old keys', () => {
    const doc = newBlueprint('从前的蓝图');
    const storage = fakeStorage({
      [LEGACY_AUTOSAVE_KEY]: JSON.stringify(doc),
      [LEGACY_AUTOSAVE_META_KEY]: JSON.stringify({ savedAt: 1234, savedToFile: true }),
    });
    const result = migrateLegacyAutosave(storage, 9999);
    expect(result.kind).toBe('migrated');
    if (result.kind !== 'migrated') return;
    const read = readBlueprint(storage, result.id);
    expect(read.kind === 'ok' && read.doc).toEqual(doc);
    expect(readIndex(storage).entries[0]).toMatchObject({
      title: '从前的蓝图',
      updatedAt: 1234,
      savedToFile: true,
    });
    expect(storage.getItem(LEGACY_AUTOSAVE_KEY)).toBeNull();
    expect(storage.getItem(LEGACY_AUTOSAVE_META_KEY)).toBeNull();
  });

  it('migrates an old-format (v1) slot to the current format on the way', () => {
    const storage = fakeStorage({ [LEGACY_AUTOSAVE_KEY]: JSON.stringify(v1Fixture) });
    const result = migrateLegacyAutosave(storage);
    expect(result.kind).toBe('migrated');
    if (result.kind !== 'migrated') return;
    const stored = JSON.parse(storage.getItem(blueprintKey(result.id))!) as { version: number };
    expect(stored.version).toBe(CURRENT_VERSION);
  });

  it('keeps a slot that does not load aside, and says why', () => {
    const raw = '{"format":"service-blueprint","version":2,"lanes":7}';
    const storage = fakeStorage({ [LEGACY_AUTOSAVE_KEY]: raw });
    const result = migrateLegacyAutosave(storage, Date.UTC(2026, 0, 2));
    expect(result).toMatchObject({ kind: 'corrupt' });
    if (result.kind !== 'corrupt') return;
    expect(result.reason).toMatch(/lanes/);
    expect(result.keptAs?.startsWith(CORRUPT_PREFIX)).toBe(true);
    expect(storage.getItem(result.keptAs!)).toBe(raw);
    expect(storage.getItem(LEGACY_AUTOSAVE_KEY)).toBeNull();
  });

  it('leaves the old slot in place, and hands back the blueprint, when storage is full', () => {
    const doc = newBlueprint('Kept');
    const text = JSON.stringify(doc);
    const storage = fakeStorage(
      { [LEGACY_AUTOSAVE_KEY]: text },
      { capacity: LEGACY_AUTOSAVE_KEY.length + text.length + 10 },
    );
    const result = migrateLegacyAutosave(storage);
    expect(result.kind).toBe('failed');
    expect(result.kind === 'failed' && result.doc).toEqual(doc);
    expect(storage.getItem(LEGACY_AUTOSAVE_KEY)).toBe(text);
  });
});
