import { describe, expect, it } from 'vitest';
import { newBlueprint, ops, type Blueprint } from '../model';
import { MAX_SNAPSHOTS } from './snapshotThinning';
import {
  contentKey,
  contentPrint,
  createSnapshotArchive,
  indexedDbBackend,
  type SnapshotBackend,
  type SnapshotEvent,
} from './snapshots';

const NOW = Date.UTC(2024, 4, 1, 12);

/**
 * An in-memory stand-in for IndexedDB whose update is NOT atomic (it yields between reading
 * and writing), so only the archive's own ordering keeps two quick writes from losing one.
 */
function memoryBackend() {
  const data = new Map<string, unknown>();
  const backend: SnapshotBackend = {
    async get(key) {
      await Promise.resolve();
      return structuredClone(data.get(key));
    },
    async update(key, updater) {
      const old = await backend.get(key);
      await new Promise((resolve) => setTimeout(resolve, 1));
      data.set(key, structuredClone(updater(old)));
    },
    async del(key) {
      await Promise.resolve();
      data.delete(key);
    },
  };
  return { backend, data };
}

/** An archive on a fresh memory backend, recording what it tells its listeners. */
function givenArchive(backend?: SnapshotBackend) {
  const memory = memoryBackend();
  const archive = createSnapshotArchive(backend ?? memory.backend);
  const events: SnapshotEvent[] = [];
  archive.subscribe((event) => events.push(event));
  return { archive, events, data: memory.data };
}

function docWithSteps(...labels: string[]): Blueprint {
  const doc = newBlueprint('Hotel stay');
  labels.forEach((label, i) => ops.addStep(doc, { lane: 'customer', x: i * 240, label }));
  return doc;
}

const failing = (error: unknown): SnapshotBackend => ({
  get: () => Promise.reject(error),
  update: () => Promise.reject(error),
  del: () => Promise.reject(error),
});

describe('recordSnapshot and listSnapshots', () => {
  it('keeps each version with its time, title and step count, newest first', async () => {
    const { archive } = givenArchive();
    await archive.recordSnapshot('bp1', docWithSteps('Arrive'), NOW);
    await archive.recordSnapshot('bp1', docWithSteps('Arrive', 'Check in'), NOW + 5000);
    const list = await archive.listSnapshots('bp1');
    expect(list.ok && list.snapshots.map((s) => [s.at, s.title, s.stepCount])).toEqual([
      [NOW + 5000, 'Hotel stay', 2],
      [NOW, 'Hotel stay', 1],
    ]);
  });

  it('keeps each blueprint’s versions apart', async () => {
    const { archive } = givenArchive();
    await archive.recordSnapshot('bp1', docWithSteps('Arrive'), NOW);
    await archive.recordSnapshot('bp2', docWithSteps('Order', 'Pay'), NOW);
    const list = await archive.listSnapshots('bp2');
    expect(list.ok && list.snapshots.map((s) => s.stepCount)).toEqual([2]);
    expect(await archive.listSnapshots('nobody')).toEqual({ ok: true, snapshots: [] });
  });

  it('skips a version the same as the newest, even panned or further in the guide', async () => {
    const { archive, events } = givenArchive();
    const doc = docWithSteps('Arrive');
    await archive.recordSnapshot('bp1', doc, NOW);
    const panned = { ...doc, view: { x: 300, y: -20, zoom: 1.5 } };
    const guided = { ...doc, guide: { ...doc.guide, step: 4 as const } };
    expect(await archive.recordSnapshot('bp1', panned, NOW + 1000)).toEqual({
      ok: true,
      recorded: false,
    });
    expect(await archive.recordSnapshot('bp1', guided, NOW + 2000)).toEqual({
      ok: true,
      recorded: false,
    });
    const list = await archive.listSnapshots('bp1');
    expect(list.ok && list.snapshots.length).toBe(1);
    expect(events).toEqual([
      { kind: 'health', health: 'ok' },
      { kind: 'changed', blueprintId: 'bp1' },
    ]);
  });

  it('compares with the newest version even when another tab recorded it', async () => {
    const memory = memoryBackend();
    const here = createSnapshotArchive(memory.backend);
    const otherTab = createSnapshotArchive(memory.backend);
    const mine = docWithSteps('Arrive');
    await here.recordSnapshot('bp1', mine, NOW);
    await otherTab.recordSnapshot('bp1', docWithSteps('Arrive', 'Leave'), NOW + 1000);
    const panned = { ...mine, view: { x: 10, y: 0, zoom: 1 } };
    expect(await here.recordSnapshot('bp1', panned, NOW + 2000)).toEqual({
      ok: true,
      recorded: true,
    });
    expect(await otherTab.recordSnapshot('bp1', mine, NOW + 3000)).toEqual({
      ok: true,
      recorded: false,
    });
  });

  it('records a version the same as an older one (a restore) as the newest', async () => {
    const { archive } = givenArchive();
    await archive.recordSnapshot('bp1', docWithSteps('Arrive'), NOW);
    await archive.recordSnapshot('bp1', docWithSteps('Arrive', 'Check in'), NOW + 1000);
    expect(await archive.recordSnapshot('bp1', docWithSteps('Arrive'), NOW + 2000)).toEqual({
      ok: true,
      recorded: true,
    });
  });

  it('loses neither of two writes started together', async () => {
    const { archive } = givenArchive();
    await Promise.all([
      archive.recordSnapshot('bp1', docWithSteps('One'), NOW),
      archive.recordSnapshot('bp1', docWithSteps('One', 'Two'), NOW + 1),
      archive.recordSnapshot('bp1', docWithSteps('One', 'Two', 'Three'), NOW + 2),
    ]);
    const list = await archive.listSnapshots('bp1');
    expect(list.ok && list.snapshots.map((s) => s.stepCount)).toEqual([3, 2, 1]);
  });

  it('gives two versions recorded in the same millisecond different times', async () => {
    const { archive } = givenArchive();
    await archive.recordSnapshot('bp1', docWithSteps('One'), NOW);
    await archive.recordSnapshot('bp1', docWithSteps('Two'), NOW);
    const list = await archive.listSnapshots('bp1');
    expect(list.ok && list.snapshots.map((s) => s.at)).toEqual([NOW + 1, NOW]);
  });

  it(`thins as it goes: never more than ${MAX_SNAPSHOTS}, the newest always there`, async () => {
    const { archive } = givenArchive();
    const labels: string[] = [];
    for (let i = 0; i < 40; i++) {
      labels.push(`Step ${i}`);
      await archive.recordSnapshot('bp1', docWithSteps(...labels), NOW + i * 20 * 60_000);
    }
    const list = await archive.listSnapshots('bp1');
    expect(list.ok && list.snapshots.length).toBeLessThanOrEqual(MAX_SNAPSHOTS);
    expect(list.ok && list.snapshots[0]!.stepCount).toBe(40);
  });

  it('leaves out stored entries that are not versions', async () => {
    const { archive, data } = givenArchive();
    data.set('bp1', [
      { at: NOW, text: '{}', stepCount: 0, title: 'ok' },
      { at: 'yesterday', text: '{}', stepCount: 0, title: 'bad time' },
      null,
      'text',
    ]);
    const list = await archive.listSnapshots('bp1');
    expect(list.ok && list.snapshots.map((s) => s.title)).toEqual(['ok']);
    data.set('bp2', { not: 'a list' });
    expect(await archive.listSnapshots('bp2')).toEqual({ ok: true, snapshots: [] });
  });
});

describe('readSnapshot', () => {
  it('gives back the document as it was', async () => {
    const { archive } = givenArchive();
    const doc = docWithSteps('Arrive', '到达 🛎️');
    await archive.recordSnapshot('bp1', doc, NOW);
    expect(await archive.readSnapshot('bp1', NOW)).toEqual({ ok: true, doc });
  });

  it('names the problem of a damaged version instead of failing', async () => {
    const { archive, data } = givenArchive();
    const broken = { ...docWithSteps('Arrive'), steps: [{ id: 's1', lane: 'nowhere' }] };
    data.set('bp1', [
      { at: NOW, text: '{"format": "service-blu', stepCount: 1, title: 'cut short' },
      { at: NOW + 1, text: JSON.stringify(broken), stepCount: 1, title: 'bad lane' },
    ]);
    const cut = await archive.readSnapshot('bp1', NOW);
    expect(cut).toMatchObject({ ok: false, problem: 'damaged' });
    expect(!cut.ok && cut.problem === 'damaged' && cut.detail).toMatch(/not JSON/);
    const badLane = await archive.readSnapshot('bp1', NOW + 1);
    expect(!badLane.ok && badLane.problem === 'damaged' && badLane.detail).toMatch(/steps\[0\]/);
  });

  it('says when the version is no longer kept', async () => {
    const { archive } = givenArchive();
    await archive.recordSnapshot('bp1', docWithSteps('Arrive'), NOW);
    expect(await archive.readSnapshot('bp1', NOW - 1)).toEqual({ ok: false, problem: 'missing' });
  });
});

describe('deleteSnapshots and copySnapshots', () => {
  it('forgets a deleted blueprint’s versions and tells the listeners', async () => {
    const { archive, events } = givenArchive();
    await archive.recordSnapshot('bp1', docWithSteps('Arrive'), NOW);
    await archive.deleteSnapshots('bp1');
    expect(await archive.listSnapshots('bp1')).toEqual({ ok: true, snapshots: [] });
    expect(events.filter((e) => e.kind === 'changed')).toHaveLength(2);
  });

  it('gives a copy the original’s versions, before its own', async () => {
    const { archive } = givenArchive();
    await archive.recordSnapshot('bp1', docWithSteps('One'), NOW);
    await archive.recordSnapshot('bp1', docWithSteps('One', 'Two'), NOW + 1000);
    await archive.recordSnapshot('copy', docWithSteps('Mine'), NOW + 1000);
    await archive.copySnapshots('bp1', 'copy', NOW + 2000);
    const copy = await archive.listSnapshots('copy');
    expect(copy.ok && copy.snapshots.map((s) => [s.at, s.stepCount])).toEqual([
      [NOW + 1001, 1],
      [NOW + 1000, 2],
      [NOW, 1],
    ]);
    const original = await archive.listSnapshots('bp1');
    expect(original.ok && original.snapshots).toHaveLength(2);
  });
});

describe('a browser where IndexedDB does not work', () => {
  it('answers "unavailable" without throwing when there is no IndexedDB at all', async () => {
    // Vitest runs in Node: `indexedDB` is not defined, as in a browser that lacks it.
    const { archive, events } = givenArchive(indexedDbBackend());
    expect(await archive.recordSnapshot('bp1', docWithSteps('A'), NOW)).toEqual({
      ok: false,
      reason: 'unavailable',
    });
    expect(await archive.listSnapshots('bp1')).toEqual({ ok: false, reason: 'unavailable' });
    expect(await archive.readSnapshot('bp1', NOW)).toEqual({ ok: false, problem: 'unavailable' });
    expect(await archive.deleteSnapshots('bp1')).toEqual({ ok: false, reason: 'unavailable' });
    expect(archive.health()).toBe('unavailable');
    expect(events).toEqual([{ kind: 'health', health: 'unavailable' }]);
  });

  it('answers "unavailable" when opening the database is refused', async () => {
    const { archive } = givenArchive(failing(new DOMException('denied', 'InvalidStateError')));
    expect(await archive.recordSnapshot('bp1', docWithSteps('A'), NOW)).toEqual({
      ok: false,
      reason: 'unavailable',
    });
  });

  it('answers "unavailable" when the database never answers, and moves on', async () => {
    const silent: SnapshotBackend = {
      get: () => new Promise(() => undefined),
      update: () => new Promise(() => undefined),
      del: () => new Promise(() => undefined),
    };
    const archive = createSnapshotArchive(silent, { timeoutMs: 5 });
    const writes = [
      archive.recordSnapshot('bp1', docWithSteps('A'), NOW),
      archive.recordSnapshot('bp1', docWithSteps('B'), NOW + 1),
    ];
    expect(await Promise.all(writes)).toEqual([
      { ok: false, reason: 'unavailable' },
      { ok: false, reason: 'unavailable' },
    ]);
    expect(archive.health()).toBe('unavailable');
  });

  it('answers "full" when the quota is used up, and recovers when a write works again', async () => {
    const quota = new DOMException('no room', 'QuotaExceededError');
    const memory = memoryBackend();
    let full = true;
    const backend: SnapshotBackend = {
      ...memory.backend,
      update: (key, updater) =>
        full ? Promise.reject(quota) : memory.backend.update(key, updater),
    };
    const { archive, events } = givenArchive(backend);
    expect(await archive.recordSnapshot('bp1', docWithSteps('A'), NOW)).toEqual({
      ok: false,
      reason: 'full',
    });
    expect(archive.health()).toBe('full');
    await archive.listSnapshots('bp1'); // reading works, but says nothing about room
    expect(archive.health()).toBe('full');
    full = false;
    expect(await archive.recordSnapshot('bp1', docWithSteps('A'), NOW)).toEqual({
      ok: true,
      recorded: true,
    });
    expect(events.filter((e) => e.kind === 'health').map((e) => e.kind === 'health' && e.health))
      // get works (ok), the write fails (full), then both work (ok).
      .toEqual(['ok', 'full', 'ok']);
  });
});

describe('contentKey', () => {
  it('is the same for a document and its JSON, and ignores viewport and guide position', () => {
    const doc = docWithSteps('Arrive');
    const moved = { ...doc, view: { x: 1, y: 2, zoom: 3 }, guide: { ...doc.guide, step: 5 } };
    expect(contentKey(JSON.stringify(doc))).toBe(contentKey(doc));
    expect(contentKey(moved)).toBe(contentKey(doc));
    expect(contentKey(docWithSteps('Leave'))).not.toBe(contentKey(doc));
    expect(contentKey('not json')).toBe('not json');
  });
});

describe('the History list', () => {
  it('gives each version a print of its content, not its text: equal when only the view differs', async () => {
    const { archive, data } = givenArchive();
    const first = docWithSteps('Arrive');
    await archive.recordSnapshot('bp1', first, NOW);
    await archive.recordSnapshot('bp1', docWithSteps('Arrive', 'Check in'), NOW + 5000);
    const stored = data.get('bp1') as { keyPrint?: string }[];
    expect(stored.every((s) => typeof s.keyPrint === 'string')).toBe(true);

    const list = await archive.listSnapshots('bp1');
    if (!list.ok) throw new Error('unavailable');
    expect(list.snapshots.every((s) => !('text' in s))).toBe(true);
    const panned = { ...first, view: { x: 300, y: -40, zoom: 2 } };
    expect(list.snapshots[1]!.keyPrint).toBe(contentPrint(panned));
    expect(list.snapshots[0]!.keyPrint).not.toBe(contentPrint(first));
  });

  it('works out the print of a version recorded before prints were kept', async () => {
    const { archive, data } = givenArchive();
    const doc = docWithSteps('Arrive', 'Check in');
    data.set('old', [{ at: NOW, text: JSON.stringify(doc), stepCount: 2, title: doc.title }]);
    const list = await archive.listSnapshots('old');
    expect(list.ok && list.snapshots.map((s) => s.keyPrint)).toEqual([contentPrint(doc)]);
  });
});
