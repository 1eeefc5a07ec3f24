import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ALWAYS_KEEP_NEWEST, MAX_SNAPSHOTS, spacingTimes, thinSnapshots } from './snapshotThinning';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2024, 0, 1, 12);

interface Shot {
  at: number;
  n: number;
}

/** Snapshots taken at these times, in this recording order, numbered from 0. */
function shots(...times: number[]): Shot[] {
  return times.map((at, n) => ({ at, n }));
}

/** Snapshots taken these many ms ago, oldest first. */
const agesAgo = (...ages: number[]) => shots(...ages.map((age) => NOW - age));

const kept = (list: readonly Shot[], now = NOW) => thinSnapshots(list, now).map((s) => s.n);

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Records one snapshot at each time, thinning after each as the archive does. */
function recordOneByOne(times: readonly number[]): Shot[] {
  let list: Shot[] = [];
  times.forEach((at, n) => {
    list = thinSnapshots([...list, { at, n }], at);
  });
  return list;
}

describe('thinSnapshots', () => {
  it('keeps an empty list empty', () => {
    expect(thinSnapshots([], NOW)).toEqual([]);
  });

  it(`keeps every version up to ${MAX_SNAPSHOTS}, even a burst within one second`, () => {
    const burst = range(MAX_SNAPSHOTS).map((i) => NOW - SECOND + i * 10);
    expect(kept(shots(...burst))).toEqual(range(MAX_SNAPSHOTS));
  });

  it(`drops exactly one of ${MAX_SNAPSHOTS + 1}: never the oldest or the newest few`, () => {
    // One a minute for 21 minutes: the hole is smallest for its age among the oldest.
    const everyMinute = agesAgo(...range(MAX_SNAPSHOTS + 1).map((i) => (21 - i) * MINUTE));
    const result = kept(everyMinute);
    expect(result).toHaveLength(MAX_SNAPSHOTS);
    expect(result).toEqual(range(MAX_SNAPSHOTS + 1).filter((n) => n !== 1));
  });

  it('drops the version that crowds an evenly spread history', () => {
    // Ages doubling from 1 minute (a year back at 2^19): every version equally precious…
    const doubling = range(MAX_SNAPSHOTS).map((i) => 2 ** (MAX_SNAPSHOTS - 1 - i) * MINUTE);
    // …then one more squeezed between 8.5 h and 17 h ago, recorded in its place.
    const crowded = [...doubling.slice(0, 10), 768 * MINUTE, ...doubling.slice(10)];
    const result = thinSnapshots(agesAgo(...crowded), NOW).map((s) => NOW - s.at);
    expect(result).toEqual(doubling);
  });

  it('spaces versions by age through a month of daily sessions, keeping the first', () => {
    // Two hours a day, a snapshot every two minutes, for 30 days; thinned after each.
    const times: number[] = [];
    for (let day = 30; day >= 0; day--)
      for (let minute = 0; minute < 120; minute += 2) times.push(NOW - day * DAY + minute * MINUTE);
    const result = recordOneByOne(times);
    const last = times.at(-1)!;
    const ages = result.map((s) => last - s.at);
    expect(result).toHaveLength(MAX_SNAPSHOTS);
    expect(result[0]!.at).toBe(times[0]); // where it started
    expect(result.slice(-ALWAYS_KEEP_NEWEST).map((s) => s.at)).toEqual(
      times.slice(-ALWAYS_KEEP_NEWEST),
    );
    const within = (from: number, to: number) =>
      ages.filter((age) => age >= from && age < to).length;
    expect(within(0, HOUR)).toBeGreaterThanOrEqual(8); // fine grain for today's session
    expect(within(20 * HOUR, 2 * DAY)).toBeGreaterThanOrEqual(1); // yesterday
    expect(within(2 * DAY, 7 * DAY)).toBeGreaterThanOrEqual(2); // earlier this week
    expect(within(7 * DAY, 31 * DAY)).toBeGreaterThanOrEqual(3); // earlier weeks
  });

  it('spreads an hour of snapshots two seconds apart over the whole hour', () => {
    const times = range(1800).map((i) => NOW + i * 2 * SECOND);
    const ages = recordOneByOne(times).map((s) => times.at(-1)! - s.at);
    expect(ages[0]).toBe(times.at(-1)! - times[0]!);
    expect(ages.filter((age) => age > 30 * MINUTE).length).toBeGreaterThanOrEqual(3);
    expect(ages.filter((age) => age < 2 * MINUTE).length).toBeGreaterThanOrEqual(5);
  });

  it('always keeps the last one recorded, whatever its clock says', () => {
    const list = shots(...range(25).map((i) => NOW - (25 - i) * MINUTE), NOW - 400 * DAY);
    expect(kept(list).at(-1)).toBe(25);
    expect(kept(shots(...range(25).map((i) => NOW - i), NaN)).at(-1)).toBe(25);
  });

  it('thins first at a clock that ran ahead, rather than keep it as brand new', () => {
    const times = range(MAX_SNAPSHOTS + 1).map((i) => NOW - (21 - i) * HOUR);
    times[8] = NOW + 5 * DAY;
    // #8 counts as simultaneous with #9: one of the two goes, where an hour apart nothing would.
    const dropped = range(MAX_SNAPSHOTS + 1).filter((n) => !kept(shots(...times)).includes(n));
    expect(dropped).toHaveLength(1);
    expect([8, 9]).toContain(dropped[0]);
  });

  it('holds its invariants for any recording history', () => {
    const history = fc.array(
      fc.oneof(fc.integer({ min: -60 * DAY, max: 2 * DAY }), fc.constant(Number.NaN)),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(history, (offsets) => {
        const list = shots(...offsets.map((offset) => NOW + offset));
        const result = thinSnapshots(list, NOW);
        const ns = result.map((s) => s.n);
        expect(result).toHaveLength(Math.min(list.length, MAX_SNAPSHOTS));
        // The oldest and the newest few recorded are all there.
        if (list.length) expect(ns[0]).toBe(0);
        const newest = list.slice(-ALWAYS_KEEP_NEWEST).map((s) => s.n);
        expect(ns.slice(-newest.length)).toEqual(newest);
        // A subset in recording order.
        expect(ns).toEqual([...ns].sort((a, b) => a - b));
        // Thinning again at the same moment changes nothing.
        expect(thinSnapshots(result, NOW)).toEqual(result);
      }),
    );
  });
});

describe('spacingTimes', () => {
  it('takes each timestamp as it is when the clock behaved', () => {
    expect(spacingTimes(agesAgo(3 * HOUR, 2 * HOUR, HOUR), NOW)).toEqual([
      NOW - 3 * HOUR,
      NOW - 2 * HOUR,
      NOW - HOUR,
    ]);
  });

  it('holds a future or later-than-its-successor timestamp back, and fills in a missing one', () => {
    const list = shots(NOW - 2 * HOUR, NOW + DAY, NOW - HOUR, NaN, NOW + HOUR);
    expect(spacingTimes(list, NOW)).toEqual([NOW - 2 * HOUR, NOW - HOUR, NOW - HOUR, NOW, NOW]);
  });
});
