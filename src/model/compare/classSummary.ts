import type { Blueprint } from '../types';
import { compareBlueprints } from './compareBlueprints';
import { FINDING_KINDS, type Comparison, type FindingKind } from './findings';

/** One file of a batch of hand-ins: a blueprint, or why it is not one. */
export type HandIn =
  | { name: string; doc: Blueprint; error?: undefined }
  | { name: string; doc?: undefined; error: string };

export type FindingCounts = Record<FindingKind, number>;

export type HandInRow =
  | {
      name: string;
      /** The blueprint's author as its file gives it ('' when not given). */
      author: string;
      title: string;
      score: number;
      counts: FindingCounts;
      comparison: Comparison;
    }
  | { name: string; error: string };

export function countFindings(comparison: Comparison): FindingCounts {
  const counts = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0])) as FindingCounts;
  for (const finding of comparison.findings) counts[finding.kind]++;
  return counts;
}

/** Every hand-in checked against the reference, in the order they came. */
export function classRows(reference: Blueprint, handIns: readonly HandIn[]): HandInRow[] {
  return handIns.map((handIn) => {
    if (!handIn.doc) return { name: handIn.name, error: handIn.error };
    const comparison = compareBlueprints(reference, handIn.doc);
    return {
      name: handIn.name,
      author: handIn.doc.meta.author?.trim() ?? '',
      title: handIn.doc.title,
      score: comparison.score.total,
      counts: countFindings(comparison),
      comparison,
    };
  });
}

export interface OftenMissing {
  refStepId: string;
  label: string;
  /** Hand-ins without the step at all. */
  missing: number;
  /** Hand-ins with the step in another lane. */
  wrongLane: number;
}

/** The reference steps most hand-ins lack (or put in the wrong lane), most often first. */
export function mostOftenMissing(
  reference: Blueprint,
  rows: readonly HandInRow[],
  limit = 10,
): OftenMissing[] {
  const tally = new Map<string, OftenMissing>(
    reference.steps.map((s) => [
      s.id,
      { refStepId: s.id, label: s.label, missing: 0, wrongLane: 0 },
    ]),
  );
  for (const row of rows) {
    if ('error' in row) continue;
    for (const finding of row.comparison.findings) {
      if (finding.kind === 'missingStep') tally.get(finding.refStepId)!.missing++;
      else if (finding.kind === 'wrongLane') tally.get(finding.refStepId)!.wrongLane++;
    }
  }
  const order = new Map(reference.steps.map((s, i) => [s.id, i]));
  return [...tally.values()]
    .filter((t) => t.missing + t.wrongLane > 0)
    .sort(
      (a, b) =>
        b.missing - a.missing ||
        b.wrongLane - a.wrongLane ||
        order.get(a.refStepId)! - order.get(b.refStepId)!,
    )
    .slice(0, limit);
}

export type ClassSortKey = 'name' | 'score' | FindingKind;
export type SortDirection = 'ascending' | 'descending';

/** Rows sorted by a column; files that did not load stay at the end whichever way. */
export function sortRows(
  rows: readonly HandInRow[],
  key: ClassSortKey,
  direction: SortDirection,
): HandInRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const value = (row: HandInRow): number | string =>
    'error' in row ? '' : key === 'name' ? row.name : key === 'score' ? row.score : row.counts[key];
  return [...rows].sort((a, b) => {
    const aBad = 'error' in a;
    const bBad = 'error' in b;
    if (aBad !== bBad) return aBad ? 1 : -1;
    const va = value(a);
    const vb = value(b);
    const byValue =
      typeof va === 'number' && typeof vb === 'number'
        ? va - vb
        : String(va).localeCompare(String(vb), undefined, { numeric: true });
    return sign * byValue || a.name.localeCompare(b.name, undefined, { numeric: true });
  });
}
