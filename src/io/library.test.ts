import { describe, expect, it } from 'vitest';
import { newBlueprint, type Blueprint } from '../model';
import {
  activeEntries,
  blueprintKey,
  daysLeftInTrash,
  deleteForever,
  duplicateBlueprint,
  expiredTrash,
  LIBRARY_INDEX_KEY,
  localStorageUse,
  moveToTrash,
  readBlueprint,
  readIndex,
  renameBlueprint,
  restoreFromTrash,
  saveBlueprint,
  trashedEntries,
} from './library';
import { CORRUPT_PREFIX } from './storage';
import { fakeStorage } from './testing/fakeStorage';

const DAY = 24 * 60 * 60 * 1000;

function doc(title: string, steps = 0): Blueprint {
  const d = newBlueprint(title);
  const lane = d.lanes.find((l) => l.kind === 'customer')!.id;
  for (let i = 0; i < steps; i++)
    d.steps.push({ id: `s${i}`, lane, x: i * 200, label: `Step ${i}`, description: '' });
  return d;
}

function save(storage: Storage, id: string, d: Blueprint, now = 1000) {
  const result = saveBlueprint(storage, id, d, { savedToFile: false, now });
  if (!result.ok) throw new Error(`save failed: ${result.reason}`);
  return result.writeId;
}

describe('the library', () => {
  it('keeps each blueprint under its own key, with an index entry beside it', () => {
    const storage = fakeStorage();
    save(storage, 'a', doc('Hotel', 3), 1000);
    save(storage, 'b', doc('Bank', 1), 2000);
    expect(JSON.parse(storage.getItem(blueprintKey('a'))!)).toMatchObject({ title: 'Hotel' });
    expect(JSON.parse(storage.getItem(blueprintKey('b'))!)).toMatchObject({ title: 'Bank' });
    const index = readIndex(storage);
    expect(activeEntries(index).map((e) => [e.id, e.title, e.stepCount])).toEqual([
      ['b', 'Bank', 1],
      ['a', 'Hotel', 3],
    ]);
    expect(index.lastOpenedId).toBe('b');
  });

  it('reads a blueprint back exactly as saved', () => {
    const storage = fakeStorage();
    const original = doc('湖畔酒店 🏨', 4);
    save(storage, 'a', original);
    const read = readBlueprint(storage, 'a');
    expect(read.kind).toBe('ok');
    if (read.kind === 'ok') expect(read.doc).toEqual(original);
    expect(readBlueprint(storage, 'nope')).toEqual({ kind: 'missing' });
  });

  it('keeps the first creation time, and the edit time and version only for edits', () => {
    const storage = fakeStorage();
    save(storage, 'a', doc('A'), 1000);
    const version = readIndex(storage).entries[0]!.writeId;
    // Only the viewport moved: other tabs showing this version need not reload.
    saveBlueprint(storage, 'a', doc('A'), { savedToFile: false, now: 5000, edited: false });
    expect(readIndex(storage).entries[0]).toMatchObject({
      createdAt: 1000,
      updatedAt: 1000,
      writeId: version,
    });
    saveBlueprint(storage, 'a', doc('A', 1), { savedToFile: true, now: 9000 });
    expect(readIndex(storage).entries[0]).toMatchObject({
      createdAt: 1000,
      updatedAt: 9000,
      savedToFile: true,
    });
  });

  it('refuses to write over a copy another tab wrote since (conflict), and writes when in step', () => {
    const storage = fakeStorage();
    const first = save(storage, 'a', doc('Mine'));
    // Another tab writes the same blueprint.
    const theirs = saveBlueprint(storage, 'a', doc('Theirs'), {
      savedToFile: false,
      expectedWriteId: first,
    });
    expect(theirs.ok).toBe(true);
    const mine = saveBlueprint(storage, 'a', doc('Mine, later'), {
      savedToFile: false,
      expectedWriteId: first,
    });
    expect(mine).toMatchObject({ ok: false, reason: 'conflict' });
    expect(JSON.parse(storage.getItem(blueprintKey('a'))!).title).toBe('Theirs');
    if (!theirs.ok) return;
    expect(
      saveBlueprint(storage, 'a', doc('After reload'), {
        savedToFile: false,
        expectedWriteId: theirs.writeId,
      }).ok,
    ).toBe(true);
  });

  it('renames and duplicates without touching the original blueprint’s steps', () => {
    const storage = fakeStorage();
    save(storage, 'a', doc('Old name', 2));
    expect(renameBlueprint(storage, 'a', 'New name').ok).toBe(true);
    const copy = duplicateBlueprint(storage, 'a', 'New name (copy)');
    expect(copy.ok).toBe(true);
    if (!copy.ok) return;
    const titles = activeEntries(readIndex(storage))
      .map((e) => e.title)
      .sort();
    expect(titles).toEqual(['New name', 'New name (copy)']);
    const read = readBlueprint(storage, copy.id);
    expect(read.kind === 'ok' && read.doc.steps).toHaveLength(2);
  });

  it('moves to the trash, restores, and deletes for good', () => {
    const storage = fakeStorage();
    save(storage, 'a', doc('A'));
    save(storage, 'b', doc('B'));
    moveToTrash(storage, 'a', 10 * DAY);
    let index = readIndex(storage);
    expect(activeEntries(index).map((e) => e.id)).toEqual(['b']);
    expect(trashedEntries(index).map((e) => e.id)).toEqual(['a']);
    // The blueprint itself stays stored while in the trash.
    expect(storage.getItem(blueprintKey('a'))).not.toBeNull();
    restoreFromTrash(storage, 'a');
    index = readIndex(storage);
    expect(trashedEntries(index)).toEqual([]);
    expect(index.entries.find((e) => e.id === 'a')).not.toHaveProperty('deletedAt');
    moveToTrash(storage, 'a', 10 * DAY);
    expect(deleteForever(storage, ['a'])).toEqual(['a']);
    expect(storage.getItem(blueprintKey('a'))).toBeNull();
    expect(readIndex(storage).entries.map((e) => e.id)).toEqual(['b']);
  });

  it('empties the trash 30 days after deletion, not before', () => {
    const storage = fakeStorage();
    save(storage, 'a', doc('A'));
    moveToTrash(storage, 'a', 0);
    const entry = readIndex(storage).entries[0]!;
    expect(daysLeftInTrash(entry, 0)).toBe(30);
    expect(daysLeftInTrash(entry, 29.5 * DAY)).toBe(1);
    expect(expiredTrash(readIndex(storage), 30 * DAY)).toEqual([]);
    expect(expiredTrash(readIndex(storage), 30 * DAY + 1)).toEqual(['a']);
  });

  it('a blueprint saved while in the trash comes back out (someone is working on it)', () => {
    const storage = fakeStorage();
    const writeId = save(storage, 'a', doc('A'));
    moveToTrash(storage, 'a', 5);
    saveBlueprint(storage, 'a', doc('A', 1), { savedToFile: false, expectedWriteId: writeId });
    expect(activeEntries(readIndex(storage)).map((e) => e.id)).toEqual(['a']);
  });

  it('rebuilds a missing or damaged index from the blueprints themselves', () => {
    const storage = fakeStorage();
    save(storage, 'a', doc('Hotel', 2));
    save(storage, 'b', doc('Bank'));
    storage.setItem(LIBRARY_INDEX_KEY, '{not json');
    expect(
      readIndex(storage)
        .entries.map((e) => [e.id, e.title, e.stepCount])
        .sort(),
    ).toEqual([
      ['a', 'Hotel', 2],
      ['b', 'Bank', 0],
    ]);
    storage.removeItem(LIBRARY_INDEX_KEY);
    expect(readIndex(storage).entries).toHaveLength(2);
  });

  it('keeps a blueprint that does not load aside, once, under its own key', () => {
    const storage = fakeStorage();
    save(storage, 'a', doc('A'));
    storage.setItem(blueprintKey('a'), '{"format":"service-blueprint","version":2,"steps":"x"}');
    const first = readBlueprint(storage, 'a', Date.UTC(2026, 0, 2));
    expect(first).toMatchObject({ kind: 'corrupt' });
    if (first.kind !== 'corrupt') return;
    expect(first.keptAs).toMatch(new RegExp(`^${CORRUPT_PREFIX}`));
    expect(storage.getItem(first.keptAs!)).toBe(storage.getItem(blueprintKey('a')));
    readBlueprint(storage, 'a', Date.UTC(2026, 0, 3));
    expect([...storage.data.keys()].filter((k) => k.startsWith(CORRUPT_PREFIX))).toHaveLength(1);
  });

  it('reports a full store as "full" and an unusable one as "unavailable", never throwing', () => {
    const full = fakeStorage({}, { capacity: 100 });
    expect(saveBlueprint(full, 'a', doc('A'), { savedToFile: false })).toEqual({
      ok: false,
      reason: 'full',
    });
    const blocked = fakeStorage({}, { failWith: () => new DOMException('no', 'SecurityError') });
    expect(saveBlueprint(blocked, 'a', doc('A'), { savedToFile: false })).toEqual({
      ok: false,
      reason: 'unavailable',
    });
    expect(readIndex(blocked)).toEqual({ entries: [] });
  });

  it('counts the characters stored, ours and everyone’s', () => {
    const storage = fakeStorage({ other: 'xyz' });
    save(storage, 'a', doc('A'));
    const use = localStorageUse(storage);
    expect(use.all - use.ours).toBe('other'.length + 3);
    expect(use.ours).toBeGreaterThan(100);
  });
});
