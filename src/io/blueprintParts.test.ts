import { describe, expect, it } from 'vitest';
import { newBlueprint, type Blueprint } from '../model';
import {
  PART_PREFIX,
  readBlueprintText,
  sweepLooseParts,
  writeBlueprintText,
} from './blueprintParts';
import {
  blueprintKey,
  deleteForever,
  localStorageUse,
  readBlueprint,
  saveBlueprint,
} from './library';
import { CORRUPT_PREFIX } from './storage';
import { fakeStorage } from './testing/fakeStorage';

function bigDoc(steps: number): Blueprint {
  const d = newBlueprint('Big hotel');
  const lane = d.lanes.find((l) => l.kind === 'customer')!.id;
  for (let i = 0; i < steps; i++)
    d.steps.push({ id: `s${i}`, lane, x: i * 200, label: `Step ${i}`, description: '' });
  for (let i = 1; i < steps; i++)
    d.flows.push({ id: `f${i}`, from: `s${i - 1}`, to: `s${i}`, label: '', twoWay: false });
  return d;
}

/** A copy sharing every step and flow the change leaves alone, as the store's edits do. */
function copyWith(doc: Blueprint, change: (d: Blueprint) => void): Blueprint {
  const copy = { ...doc, steps: [...doc.steps], flows: [...doc.flows] };
  change(copy);
  return copy;
}

/** Counts the values written and removed while `run` runs. */
function counting(storage: Storage, run: () => void): { set: string[]; removed: string[] } {
  const set: string[] = [];
  const removed: string[] = [];
  const { setItem, removeItem } = storage;
  storage.setItem = (k, v) => {
    set.push(k);
    setItem(k, v);
  };
  storage.removeItem = (k) => {
    removed.push(k);
    removeItem(k);
  };
  try {
    run();
  } finally {
    storage.setItem = setItem;
    storage.removeItem = removeItem;
  }
  return { set, removed };
}

const partsIn = (storage: { data: Map<string, string> }) =>
  [...storage.data.keys()].filter((k) => k.startsWith(PART_PREFIX));

function save(storage: Storage, id: string, d: Blueprint, now = 1000) {
  const result = saveBlueprint(storage, id, d, { savedToFile: false, now });
  if (!result.ok) throw new Error(`save failed: ${result.reason}`);
}

function read(storage: Storage, id: string): Blueprint {
  const result = readBlueprint(storage, id);
  if (result.kind !== 'ok') throw new Error(`read failed: ${result.kind}`);
  return result.doc;
}

describe('big blueprints kept in parts', () => {
  it('keeps a small blueprint as one JSON value', () => {
    const storage = fakeStorage();
    save(storage, 'a', bigDoc(20));
    expect(JSON.parse(storage.getItem(blueprintKey('a'))!)).toMatchObject({ title: 'Big hotel' });
    expect(partsIn(storage)).toEqual([]);
  });

  it('keeps a big one in parts and reads it back as it was', () => {
    const storage = fakeStorage();
    const doc = bigDoc(1500);
    save(storage, 'a', doc);
    const manifest = JSON.parse(storage.getItem(blueprintKey('a'))!) as { steps: string[] };
    expect(manifest.steps.length).toBeGreaterThan(5);
    expect(partsIn(storage).length).toBeGreaterThan(10);
    expect(read(storage, 'a')).toEqual(doc);
  });

  it('writes only the run of steps that changed, then drops the run it replaced', () => {
    const storage = fakeStorage();
    const doc = bigDoc(3000);
    save(storage, 'a', doc);
    const partsBefore = partsIn(storage).length;
    const edited = copyWith(doc, (d) => {
      d.steps[1234] = { ...d.steps[1234]!, label: 'Check in at the kiosk' };
    });
    const { set, removed } = counting(storage, () => save(storage, 'a', edited, 2000));
    // One run, the manifest and the library index.
    expect(set.filter((k) => k.startsWith(PART_PREFIX))).toHaveLength(1);
    expect(set).toContain(blueprintKey('a'));
    expect(removed).toHaveLength(1);
    expect(partsIn(storage)).toHaveLength(partsBefore);
    expect(read(storage, 'a').steps[1234]!.label).toBe('Check in at the kiosk');
    expect(read(storage, 'a')).toEqual(edited);
  });

  it('adds or removes a step by rewriting the one run it is in, not every run after it', () => {
    const storage = fakeStorage();
    const doc = bigDoc(3000);
    save(storage, 'a', doc);
    const lane = doc.steps[0]!.lane;
    const inserted = copyWith(doc, (d) => {
      d.steps.splice(100, 0, { id: 'new', lane, x: 1, label: 'New', description: '' });
      d.steps.splice(2001, 1);
      d.flows = d.flows.filter((f) => f.from !== 's2000' && f.to !== 's2000');
    });
    const { set } = counting(storage, () => save(storage, 'a', inserted, 2000));
    // The run with the new step, the one without s2000, and at most two runs of flows.
    expect(set.filter((k) => k.startsWith(PART_PREFIX)).length).toBeLessThanOrEqual(4);
    expect(read(storage, 'a')).toEqual(inserted);
  });

  it('leaves the saved copy whole when storage fills up midway through a save', () => {
    const doc = bigDoc(2000);
    const probe = fakeStorage();
    save(probe, 'a', doc);
    const used = localStorageUse(probe).all;
    const storage = fakeStorage({}, { capacity: used + 20_000 });
    save(storage, 'a', doc);
    const renamed = copyWith(doc, (d) => {
      d.title = 'Renamed';
      d.steps = d.steps.map((s) => ({
        ...s,
        label: `${s.label} with a much longer label than before`,
      }));
    });
    const result = saveBlueprint(storage, 'a', renamed, { savedToFile: false, now: 2000 });
    expect(result).toMatchObject({ ok: false, reason: 'full' });
    expect(read(storage, 'a')).toEqual(doc);
    expect(partsIn(storage).length).toBe(partsIn(probe).length);
  });

  it('does not reuse parts another tab has replaced since', () => {
    const storage = fakeStorage();
    const otherTab = Object.create(storage) as Storage;
    const doc = bigDoc(1500);
    save(storage, 'a', doc);
    const theirs = copyWith(doc, (d) => {
      d.title = 'Theirs';
      d.steps[3] = { ...d.steps[3]!, label: 'Their label' };
    });
    writeBlueprintText(otherTab, 'a', theirs, 2000);
    // Another change here, written over theirs (the library would have asked first).
    const mine = copyWith(theirs, (d) => {
      d.steps[1400] = { ...d.steps[1400]!, label: 'Mine' };
    });
    writeBlueprintText(storage, 'a', mine, 3000);
    expect(read(storage, 'a')).toEqual(mine);
  });

  it('goes back to one value when a blueprint shrinks, and removes its parts', () => {
    const storage = fakeStorage();
    const doc = bigDoc(1500);
    save(storage, 'a', doc);
    const small = copyWith(doc, (d) => {
      d.steps.splice(10);
      d.flows.splice(9);
    });
    save(storage, 'a', small, 2000);
    expect(partsIn(storage)).toEqual([]);
    expect(read(storage, 'a')).toEqual(small);
  });

  it('removes the parts with the blueprint when it is deleted for good', () => {
    const storage = fakeStorage();
    save(storage, 'a', bigDoc(1500));
    save(storage, 'b', bigDoc(600));
    deleteForever(storage, ['a']);
    expect(partsIn(storage).every((k) => k.includes(':b:'))).toBe(true);
    expect(read(storage, 'b').steps).toHaveLength(600);
  });

  it('sweeps parts no blueprint names once they are old, and never fresh or named ones', () => {
    const now = 10_000_000;
    const storage = fakeStorage();
    save(storage, 'a', bigDoc(600), now);
    const named = partsIn(storage);
    storage.setItem(`${PART_PREFIX}x:${(now - 3_600_000).toString(36)}-old`, '{}');
    storage.setItem(`${PART_PREFIX}x:${(now - 1000).toString(36)}-fresh`, '{}');
    expect(sweepLooseParts(storage, now)).toBe(1);
    expect(partsIn(storage).sort()).toEqual(
      [...named, `${PART_PREFIX}x:${(now - 1000).toString(36)}-fresh`].sort(),
    );
    expect(read(storage, 'a').steps).toHaveLength(600);
  });

  it('reports a blueprint with a part missing as damaged, and keeps what is left aside', () => {
    const storage = fakeStorage();
    save(storage, 'a', bigDoc(600));
    storage.removeItem(partsIn(storage)[2]!);
    expect(readBlueprintText(storage, 'a').kind).toBe('partMissing');
    const result = readBlueprint(storage, 'a');
    expect(result).toMatchObject({ kind: 'corrupt', reason: expect.stringContaining('missing') });
    const keptAs = result.kind === 'corrupt' ? result.keptAs : null;
    expect(keptAs?.startsWith(CORRUPT_PREFIX)).toBe(true);
    // The parts that are left are named by what was kept aside, so no sweep removes them.
    expect(sweepLooseParts(storage, Date.now() + 3_600_000)).toBe(0);
  });

  it('counts the parts as this app’s storage', () => {
    const storage = fakeStorage();
    save(storage, 'a', bigDoc(1500));
    const use = localStorageUse(storage);
    expect(use.ours).toBe(use.all);
    expect(use.ours).toBeGreaterThan(100_000);
  });
});
