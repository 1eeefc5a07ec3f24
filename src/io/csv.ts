import type { FailPointRow, ImprovementRow, Payback, WaitRow } from '../model/analysis';

/**
 * CSV for spreadsheets (RFC 4180): comma-separated, CRLF line ends, fields with a comma, quote or
 * line break quoted (quotes doubled), and a byte-order mark so Excel reads UTF-8 (Chinese
 * labels) correctly. Pure: building the text never touches the DOM.
 */

export const BOM = '\uFEFF';
export const CSV_MIME = 'text/csv;charset=utf-8';

/**
 * A cell: text typed by a person (neutralised against formulas), a number we computed (written
 * plainly), or unknown (an empty cell).
 */
export type CsvCell = string | number | undefined;

const MAX_DECIMALS = 4;

/** A plain number: no thousands separators, dot decimal, up to 4 decimals; '' when unknown. */
export function csvNumber(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  let text = value.toFixed(MAX_DECIMALS);
  if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  return text === '-0' ? '0' : text;
}

/** Spreadsheets run text starting with these as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text as a spreadsheet shows it, never run as a formula: a leading `'` disarms it. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Quotes a field when it holds a comma, a quote or a line break (RFC 4180 §2.6–2.7). */
export function quoteField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

export function csvField(cell: CsvCell): string {
  if (typeof cell === 'number') return csvNumber(cell);
  if (cell === undefined) return '';
  return quoteField(neutralise(cell));
}

/** The whole file: BOM, header, rows, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${BOM}${lines.map((line) => `${line}\r\n`).join('')}`;
}

/** A fraction 0–1 as a percent number (0.08 → 8). */
const percent = (fraction: number | undefined): number | undefined =>
  fraction === undefined ? undefined : fraction * 100;

export const FAIL_POINT_COLUMNS = [
  'step',
  'risk',
  'probability_pct',
  'cost_per_failure',
  'lost_share_pct',
  'expected_cost_per_month',
  'recovery',
  'currency',
] as const;

export function failPointsCsv(rows: readonly FailPointRow[], currency: string): string {
  return toCsv(
    FAIL_POINT_COLUMNS,
    rows.map((row) => [
      row.label,
      row.risk,
      percent(row.probability),
      row.costPerFailure,
      percent(row.lostShare),
      row.expectedCostPerMonth,
      row.recovery,
      currency,
    ]),
  );
}

export const WAIT_COLUMNS = ['step', 'expected_min', 'tolerance_min', 'over_by_min'] as const;

export function waitsCsv(rows: readonly WaitRow[]): string {
  return toCsv(
    WAIT_COLUMNS,
    rows.map((row) => [row.label, row.expectedMin, row.toleranceMin, row.overByMin]),
  );
}

export const IMPROVEMENT_COLUMNS = [
  'title',
  'addresses',
  'one_off_cost',
  'running_cost_per_month',
  'benefit_per_month',
  'payback_months',
  'status',
] as const;

/** Payback as a cell: a number of months, the word `never`, or empty when unknown. */
function paybackCell(payback: Payback): CsvCell {
  return payback === 'never' ? 'never' : payback;
}

export function improvementsCsv(rows: readonly ImprovementRow[]): string {
  return toCsv(
    IMPROVEMENT_COLUMNS,
    rows.map((row) => [
      row.title,
      row.addresses.join('; '),
      row.oneOffCost,
      row.runningCostPerMonth,
      row.benefitPerMonth,
      paybackCell(row.paybackMonths),
      row.status,
    ]),
  );
}

/** The file's bytes: UTF-8 (a JavaScript string in a Blob is encoded as UTF-8), BOM included. */
export function csvBlob(text: string): Blob {
  return new Blob([text], { type: CSV_MIME });
}

export const COMMENT_COLUMNS = ['on', 'author', 'written', 'status', 'comment'] as const;

/** A comment as the table shows it: what it is on, in words, and its status. */
export interface CommentRow {
  on: string;
  author: string;
  createdAt: string;
  resolved: boolean;
  text: string;
}

export function commentsCsv(rows: readonly CommentRow[]): string {
  return toCsv(
    COMMENT_COLUMNS,
    rows.map((r) => [r.on, r.author, r.createdAt, r.resolved ? 'resolved' : 'open', r.text]),
  );
}
