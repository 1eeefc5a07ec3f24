import { toCsv } from '../../io/csv';
import { FINDING_KINDS, type HandInRow } from '../../model/compare';

const COLUMN_NAMES = {
  missingStep: 'missing_steps',
  wrongLane: 'wrong_lane',
  missingFailPoint: 'missing_fail_points',
  uncostedFailPoint: 'uncosted_fail_points',
  missingWait: 'missing_waits',
  missingFlow: 'missing_flows',
  extraStep: 'extra_steps',
} as const;

export const CLASS_CSV_COLUMNS = [
  'file',
  'author',
  'title',
  'score',
  ...FINDING_KINDS.map((kind) => COLUMN_NAMES[kind]),
  'problem',
];

/** The class table as CSV, one row per hand-in, a broken file's reason in "problem". */
export function classCsv(rows: readonly HandInRow[]): string {
  return toCsv(
    CLASS_CSV_COLUMNS,
    rows.map((row) =>
      'error' in row
        ? [row.name, '', '', '', ...FINDING_KINDS.map(() => ''), row.error]
        : [
            row.name,
            row.author,
            row.title,
            row.score,
            ...FINDING_KINDS.map((kind) => row.counts[kind]),
            '',
          ],
    ),
  );
}
