import { describe, expect, it } from 'vitest';
import { newBlueprint } from '../model';
import {
  AUTOSAVE_KEY,
  AUTOSAVE_META_KEY,
  CORRUPT_PREFIX,
  readAutosave,
  writeAutosave,
} from './storage';

/** A Storage stand-in over a Map; `failWith` makes setItem throw like a full or blocked store. */
function fakeStorage(
  initial: Record<string, string> = {},
  failWith?: () => Error,
): Storage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k: string) => data.get(k) ?? null,
    key: (i: number) => [...data.keys()][i] ?? null,
    removeItem: (k: string) => void data.delete(k),
    setItem: (k: string, v: string) => {
      if (failWith) throw failWith();
      data.set(k, v);
    },
  };
}

describe('autosave', () => {
  it('reads nothing from empty storage', () => {
    expect(readAutosave(() => fakeStorage())).toEqual({ kind: 'none' });
  });

  it('round-trips a document and its metadata', () => {
    const storage = fakeStorage();
    const doc = newBlueprint('Coffee order');
    expect(writeAutosave(doc, { savedAt: 5, savedToFile: true }, () => storage)).toEqual({
      ok: true,
    });
    const read = readAutosave(() => storage);
    expect(read).toEqual({ kind: 'ok', doc, meta: { savedAt: 5, savedToFile: true } });
  });

  it('restores a version-1 autosave (from before the update) as a current document', () => {
    const v1 = JSON.parse(JSON.stringify(newBlueprint('Left open'))) as Record<string, unknown>;
    v1.version = 1;
    v1.meta = { service: 'Cafe', customerSegment: '', scenario: '', locale: 'en' };
    delete v1.economics;
    delete v1.improvements;
    delete v1.guide;
    const storage = fakeStorage({ [AUTOSAVE_KEY]: JSON.stringify(v1) });
    const read = readAutosave(() => storage);
    expect(read).toEqual({
      kind: 'ok',
      doc: {
        ...newBlueprint('Left open'),
        meta: { ...newBlueprint().meta, service: 'Cafe' },
      },
      meta: null,
    });
  });

  it('keeps a corrupt autosave aside under its own key and says why', () => {
    const raw = '{"format":"service-blueprint","version":1,"lanes":"oops"}';
    const storage = fakeStorage({ [AUTOSAVE_KEY]: raw });
    const read = readAutosave(() => storage, Date.UTC(2026, 0, 2, 3, 4, 5));
    expect(read.kind).toBe('corrupt');
    if (read.kind !== 'corrupt') return;
    expect(read.keptAs).toBe(`${CORRUPT_PREFIX}2026-01-02T03:04:05.000Z`);
    expect(storage.data.get(read.keptAs!)).toBe(raw);
    expect(read.reason).toContain('lanes');
    // The original slot is left alone too: nothing is deleted.
    expect(storage.data.get(AUTOSAVE_KEY)).toBe(raw);
  });

  it('keeps one copy of a corrupt autosave however often it is read', () => {
    const raw = '{"format":"service-blueprint","version":1,"lanes":"oops"}';
    const storage = fakeStorage({ [AUTOSAVE_KEY]: raw });
    const first = readAutosave(() => storage, Date.UTC(2026, 0, 2, 3, 4, 5));
    const second = readAutosave(() => storage, Date.UTC(2026, 0, 2, 3, 9, 0));
    expect(second).toEqual(first);
    const copies = [...storage.data.keys()].filter((k) => k.startsWith(CORRUPT_PREFIX));
    expect(copies).toEqual([`${CORRUPT_PREFIX}2026-01-02T03:04:05.000Z`]);
  });

  it('reports a full storage as "full" and a blocked one as "unavailable"', () => {
    const full = fakeStorage({}, () => new DOMException('quota', 'QuotaExceededError'));
    expect(writeAutosave(newBlueprint(), { savedAt: 0, savedToFile: false }, () => full)).toEqual({
      ok: false,
      reason: 'full',
    });
    const blocked = fakeStorage({}, () => new DOMException('denied', 'SecurityError'));
    expect(
      writeAutosave(newBlueprint(), { savedAt: 0, savedToFile: false }, () => blocked),
    ).toEqual({
      ok: false,
      reason: 'unavailable',
    });
    const throwing = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(writeAutosave(newBlueprint(), { savedAt: 0, savedToFile: false }, throwing)).toEqual({
      ok: false,
      reason: 'unavailable',
    });
    expect(readAutosave(throwing)).toEqual({ kind: 'none' });
  });

  it('ignores unreadable metadata but still restores the document', () => {
    const doc = newBlueprint();
    const storage = fakeStorage({
      [AUTOSAVE_KEY]: JSON.stringify(doc),
      [AUTOSAVE_META_KEY]: 'not json',
    });
    expect(readAutosave(() => storage)).toEqual({ kind: 'ok', doc, meta: null });
  });
});
