/**
 * Which autosave snapshots of one blueprint to keep.
 *
 * The policy (pure: list in, list out):
 * 1. Up to MAX_SNAPSHOTS, every version is kept: a short history is never thinned.
 * 2. Beyond that, versions are dropped one at a time until MAX_SNAPSHOTS remain. Never the
 *    ALWAYS_KEEP_NEWEST most recent ("what I had a minute ago" is the version people reach
 *    for most) and never the oldest (the version the blueprint started from). Of the others,
 *    the one dropped is the one whose absence leaves the smallest hole for its age: the time
 *    between its two neighbours divided by how long ago it was.
 * So the versions kept end up spaced roughly in proportion to their age — minutes apart for
 * the last hour, hours apart for yesterday, days apart for last month — and twenty of them
 * reach from a minute ago back to the start, however long the blueprint has been worked on.
 *
 * Time is what the user's clock said, which can jump. "Newest" means most recently *recorded*
 * (the order of the list), never the largest timestamp, so the last version recorded is always
 * kept. For spacing, a version counts as no later than now and no later than any version
 * recorded after it: a timestamp from a clock that ran ahead is treated as simultaneous with
 * its successor, so one of the two is thinned first, rather than it being kept for ever as
 * "brand new".
 */
export const MAX_SNAPSHOTS = 20;
export const ALWAYS_KEEP_NEWEST = 3;

/** Ages under a minute count as a minute: the newest versions are not worth infinitely more. */
const MIN_AGE_MS = 60_000;

/** Each snapshot's time for spacing: clamped to now and to every later-recorded snapshot. */
export function spacingTimes(recorded: readonly { at: number }[], now: number): number[] {
  const times = new Array<number>(recorded.length);
  let latest = now;
  for (let i = recorded.length - 1; i >= 0; i--) {
    const at = recorded[i]!.at;
    if (Number.isFinite(at) && at < latest) latest = at;
    times[i] = latest;
  }
  return times;
}

/** How much dropping a version at `time` loses: the hole left, relative to its age. */
function holeForAge(previous: number, time: number, next: number, now: number): number {
  return (next - previous) / Math.max(now - time, MIN_AGE_MS);
}

/**
 * The snapshots to keep, from a list in recording order (oldest first). Returns a subset in
 * the same order: never more than MAX_SNAPSHOTS, always with the newest few and the oldest.
 */
export function thinSnapshots<T extends { at: number }>(recorded: readonly T[], now: number): T[] {
  if (recorded.length <= MAX_SNAPSHOTS) return [...recorded];
  const times = spacingTimes(recorded, now);
  const kept = recorded.map((_, i) => i);
  while (kept.length > MAX_SNAPSHOTS) {
    let drop = 1;
    let smallest = Infinity;
    // Candidates: all but the oldest (k = 0) and the newest few.
    for (let k = 1; k < kept.length - ALWAYS_KEEP_NEWEST; k++) {
      const hole = holeForAge(times[kept[k - 1]!]!, times[kept[k]!]!, times[kept[k + 1]!]!, now);
      if (hole < smallest) {
        smallest = hole;
        drop = k;
      }
    }
    kept.splice(drop, 1);
  }
  return kept.map((i) => recorded[i]!);
}
