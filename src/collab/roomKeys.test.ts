import { describe, expect, it } from 'vitest';
import { canEdit, isEditKey, isRoomId, newEditKey, roomIdFor } from './roomKeys';

describe('room keys', () => {
  it('makes url-safe edit keys of 144 random bits, all different', () => {
    const keys = new Set(Array.from({ length: 500 }, newEditKey));
    expect(keys.size).toBe(500);
    for (const key of keys) expect(isEditKey(key)).toBe(true);
  });

  it('derives a stable room id from the edit key', async () => {
    const key = newEditKey();
    const id = await roomIdFor(key);
    expect(isRoomId(id)).toBe(true);
    expect(await roomIdFor(key)).toBe(id);
    expect(await roomIdFor(newEditKey())).not.toBe(id);
  });

  it('lets only the edit key edit its room', async () => {
    const key = newEditKey();
    const id = await roomIdFor(key);
    expect(await canEdit(id, key)).toBe(true);
    expect(await canEdit(id, newEditKey())).toBe(false);
    expect(await canEdit(id, 'view')).toBe(false);
    expect(await canEdit(id, id)).toBe(false);
    expect(await canEdit(id, null)).toBe(false);
    expect(await canEdit('not a room', key)).toBe(false);
  });

  it('tells ids and keys from anything else', () => {
    expect(isRoomId('a'.repeat(22))).toBe(true);
    expect(isRoomId('a'.repeat(21))).toBe(false);
    expect(isRoomId('../../etc/passwd-aaaaaa')).toBe(false);
    expect(isEditKey('b'.repeat(24))).toBe(true);
    expect(isEditKey('b'.repeat(23) + '=')).toBe(false);
  });
});
