import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from './spreadsheet';

const xlsxBytes = readFileSync(new URL('./testing/steps.xlsx', import.meta.url));

describe('reading a spreadsheet of steps', () => {
  it('reads a CSV with a BOM, quoted commas and semicolons detected', async () => {
    const comma = await readSpreadsheet(
      new File(
        ['\uFEFFLane,Step,Time\nCustomer,"Pay, then leave",1\n\nOnstage,Thank,2\n'],
        's.csv',
      ),
    );
    expect(comma).toEqual({
      ok: true,
      table: {
        header: ['Lane', 'Step', 'Time'],
        rows: [
          ['Customer', 'Pay, then leave', '1'],
          ['Onstage', 'Thank', '2'],
        ],
      },
    });
    const semicolon = await readSpreadsheet(new File(['泳道;步骤\n顾客;点单'], 'zh.csv'));
    expect(semicolon.ok && semicolon.table.rows).toEqual([['顾客', '点单']]);
  });

  it('reads the first sheet of an .xlsx workbook, numbers as text', async () => {
    const read = await readSpreadsheet(new File([xlsxBytes], 'steps.xlsx'));
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    expect(read.table.header).toEqual(['Lane', 'Step', 'Time', 'Duration', 'Fail point', 'Wait']);
    expect(read.table.rows[1]).toEqual(['顾客', '点单', '2', '1.5', '5%', '']);
    expect(read.table.rows).toHaveLength(4);
  });

  it('says what is wrong with a file that is not a spreadsheet', async () => {
    expect(await readSpreadsheet(new File([''], 'empty.csv'))).toEqual({
      ok: false,
      problem: { kind: 'empty' },
    });
    expect(await readSpreadsheet(new File(['{}'], 'a.blueprint.json'))).toEqual({
      ok: false,
      problem: { kind: 'notSpreadsheet' },
    });
    const broken = await readSpreadsheet(new File([xlsxBytes.subarray(0, 200)], 'cut.xlsx'));
    expect(broken.ok ? '' : broken.problem.kind).toBe('unreadable');
  });
});
