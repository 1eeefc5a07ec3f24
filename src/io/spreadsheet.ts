import Papa from 'papaparse';
import type { Table } from '../model/import';

/** Why a file gave no table, for the message that names it. */
export type SpreadsheetProblem =
  | { kind: 'notSpreadsheet' }
  | { kind: 'tooLarge'; maxMb: number }
  | { kind: 'empty' }
  | { kind: 'unreadable'; detail: string };

export type SpreadsheetRead =
  { ok: true; table: Table } | { ok: false; problem: SpreadsheetProblem };

/** Far beyond any list of steps; a bigger file is refused before it is read. */
export const MAX_SPREADSHEET_BYTES = 10 * 1024 * 1024;

const XLSX_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // a zip file, as every .xlsx is

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** The header row and the data rows, every cell as text, short rows padded. */
function toTable(cells: readonly (readonly unknown[])[]): SpreadsheetRead {
  const rows = cells.map((row) => row.map(cellText));
  while (rows.length && rows[0]!.every((c) => c.trim() === '')) rows.shift();
  if (!rows.length) return { ok: false, problem: { kind: 'empty' } };
  const [header, ...data] = rows;
  const width = Math.max(...rows.map((r) => r.length));
  const pad = (row: string[]) => [...row, ...Array<string>(width - row.length).fill('')];
  return { ok: true, table: { header: pad(header!).map((h) => h.trim()), rows: data.map(pad) } };
}

async function isXlsx(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return XLSX_MAGIC.every((byte, i) => head[i] === byte);
}

/**
 * A CSV (any delimiter Papa Parse detects, UTF-8 with or without a BOM) or an .xlsx workbook
 * (its first sheet, read by read-excel-file, loaded only when needed) as a table of text.
 */
export async function readSpreadsheet(file: File): Promise<SpreadsheetRead> {
  if (file.size > MAX_SPREADSHEET_BYTES)
    return { ok: false, problem: { kind: 'tooLarge', maxMb: MAX_SPREADSHEET_BYTES / 1024 / 1024 } };
  try {
    if (await isXlsx(file)) {
      const { readSheet } = await import('read-excel-file/browser');
      return toTable(await readSheet(file));
    }
    if (/\.(xls|xlsb|ods|numbers|pdf|png|jpe?g|json)$/i.test(file.name))
      return { ok: false, problem: { kind: 'notSpreadsheet' } };
    const text = (await file.text()).replace(/^\uFEFF/, '');
    if (text.includes('\u0000')) return { ok: false, problem: { kind: 'notSpreadsheet' } };
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
    return toTable(parsed.data);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { kind: 'unreadable', detail } };
  }
}
