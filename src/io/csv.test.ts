import { describe, expect, it } from 'vitest';
import {
  BOM,
  csvBlob,
  csvField,
  csvNumber,
  failPointsCsv,
  improvementsCsv,
  toCsv,
  waitsCsv,
} from './csv';
import { improvementRows, rankFailPoints, waitRows } from '../model/analysis';
import { failPoint, testDoc, wait } from '../model/analysis/testDoc';
import type { Economics } from '../model';

/** A strict RFC 4180 reader, to prove what a spreadsheet would read back. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  const body = text.slice(BOM.length);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') {
      expect(field).toBe(''); // a quote only opens a field
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r') {
      expect(body[i + 1]).toBe('\n');
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      expect(c).not.toBe('\n'); // a bare LF never ends a line
      field += c;
    }
  }
  expect(quoted).toBe(false);
  expect(row).toEqual([]);
  expect(field).toBe('');
  return rows;
}

describe('csvNumber', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [8, '8'],
    [0.08 * 100, '8'],
    [10640.000000000002, '10640'],
    [1234567.5, '1234567.5'],
    [6000 / 7580, '0.7916'],
    [0.00001, '0'],
    [-3.25, '-3.25'],
    [100, '100'],
    [1e9, '1000000000'],
    [undefined, ''],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
  ])('%s → %j', (value, expected) => {
    expect(csvNumber(value)).toBe(expected);
  });
});

describe('csvField', () => {
  it.each<[string | number | undefined, string]>([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tindent', "'\tindent"],
    ['\r=1+1', `"'\r=1+1"`],
    ['\t=1+1', "'\t=1+1"],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["@SUM(1+9)*cmd|' /C calc'!A0", "'@SUM(1+9)*cmd|' /C calc'!A0"],
    ['-2+3', "'-2+3"],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['=HYPERLINK("x","y")', '"\'=HYPERLINK(""x"",""y"")"'],
    ['a=b', 'a=b'],
    ['入住登记', '入住登记'],
    ['', ''],
    [undefined, ''],
    [-5, '-5'],
    [2.5, '2.5'],
  ])('%j → %j', (cell, expected) => {
    expect(csvField(cell)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('starts with a BOM, ends every line with CRLF and reads back to the same cells', () => {
    const nasty = ['a,b', '"quoted"', 'line\nbreak', '中文, "引号"', ' spaced '];
    const text = toCsv(['h1', 'h2', 'h3', 'h4', 'h5'], [nasty, [1, -2.5, undefined, '', 'x']]);
    expect(text.startsWith('\uFEFFh1,h2,h3,h4,h5\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([
      ['h1', 'h2', 'h3', 'h4', 'h5'],
      nasty,
      ['1', '-2.5', '', '', 'x'],
    ]);
  });

  it('writes only the header when there are no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe('\uFEFFa,b\r\n');
  });

  it('encodes the BOM and Chinese as UTF-8 bytes', async () => {
    const bytes = new Uint8Array(await csvBlob(toCsv(['步骤'], [])).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.subarray(3))).toBe('步骤\r\n');
    expect(csvBlob('').type).toBe('text/csv;charset=utf-8');
  });
});

/** 1000 customers a month; lifetime value 90 × 2 × 3 = 540. */
const economics: Economics = {
  customersPerMonth: 1000,
  spendPerVisit: 90,
  visitsPerYear: 2,
  yearsRetained: 3,
  currency: 'CNY',
};

const doc = testDoc([
  ['queue', 'customer', 0, { label: '排队', wait: wait(12, 5) }],
  [
    'checkin',
    'customer',
    240,
    {
      label: 'Check in',
      failPoint: failPoint({
        risk: 'Booking not found, "lost"',
        probability: 0.08,
        costPerFailure: 25,
        lostShare: 0.2,
        recovery: '=apologise',
      }),
    },
  ],
  [
    'room',
    'customer',
    480,
    { label: 'Room', failPoint: failPoint({ probability: 0.05, costPerFailure: 40 }) },
  ],
  ['leave', 'customer', 720, { label: 'Leave', wait: wait(4, 10) }],
  ['odd', 'customer', 960, { label: 'Odd', wait: { expectedMin: Number.NaN, toleranceMin: 3 } }],
]);

describe('failPointsCsv', () => {
  it('writes the ranked fail points with plain numbers and percent columns', () => {
    const rows = parseCsv(failPointsCsv(rankFailPoints(doc, economics), economics.currency));
    expect(rows).toEqual([
      [
        'step',
        'risk',
        'probability_pct',
        'cost_per_failure',
        'lost_share_pct',
        'expected_cost_per_month',
        'recovery',
        'currency',
      ],
      // 1000 × 0.08 × (25 + 0.2 × 540) = 80 × 133 = 10640
      ['Check in', 'Booking not found, "lost"', '8', '25', '20', '10640', "'=apologise", 'CNY'],
      // 1000 × 0.05 × 40 = 2000; no lost share → empty cell
      ['Room', 'goes wrong', '5', '40', '', '2000', 'apologise and fix', 'CNY'],
    ]);
  });

  it('leaves the expected cost empty when the customer numbers are unknown', () => {
    const rows = parseCsv(failPointsCsv(rankFailPoints(doc, { currency: 'USD' }), 'USD'));
    expect(rows.slice(1).map((r) => r[5])).toEqual(['', '']);
    expect(rows.join()).not.toContain('NaN');
  });
});

describe('waitsCsv', () => {
  it('writes expected, tolerance and over-by minutes, empty where unknown', () => {
    expect(parseCsv(waitsCsv(waitRows(doc)))).toEqual([
      ['step', 'expected_min', 'tolerance_min', 'over_by_min'],
      ['排队', '12', '5', '7'],
      ['Leave', '4', '10', '0'],
      ['Odd', '', '3', ''],
    ]);
  });
});

describe('improvementsCsv', () => {
  it('writes addresses joined with "; ", payback as a number, "never" or empty', () => {
    const improvements = improvementRows(doc, economics, [
      {
        id: 'i1',
        title: 'Online check-in',
        addresses: ['checkin', 'queue'],
        oneOffCost: 6000,
        runningCostPerMonth: 400,
        newProbability: 0.02,
        newWaitMin: 3,
        status: 'planned',
      },
      {
        id: 'i2',
        title: 'Checklist, 清洁',
        addresses: ['room'],
        oneOffCost: 500,
        runningCostPerMonth: 2500,
        newProbability: 0.01,
        status: 'idea',
      },
      {
        id: 'i3',
        title: '-minus title',
        addresses: ['checkin'],
        oneOffCost: 100,
        runningCostPerMonth: 0,
        newProbability: 0.01,
        status: 'done',
      },
    ]);
    const unknown = improvementRows(doc, { currency: 'USD' }, [
      {
        id: 'i4',
        title: 'Unknown',
        addresses: ['room'],
        oneOffCost: 1,
        runningCostPerMonth: 0,
        newProbability: 0.01,
        status: 'idea',
      },
    ]);
    expect(parseCsv(improvementsCsv([...improvements, ...unknown]))).toEqual([
      [
        'title',
        'addresses',
        'one_off_cost',
        'running_cost_per_month',
        'benefit_per_month',
        'payback_months',
        'status',
      ],
      // benefit 1000 × (0.08 − 0.01) × 133 = 9310; payback 100 / 9310 = 0.01074…
      ["'-minus title", 'Check in', '100', '0', '9310', '0.0107', 'done'],
      // benefit 10640 − 1000 × 0.02 × 133 = 7980; payback 6000 / (7980 − 400) = 0.79155…
      ['Online check-in', 'Check in; 排队', '6000', '400', '7980', '0.7916', 'planned'],
      // benefit 2000 − 1000 × 0.01 × 40 = 1600 < running 2500 → never
      ['Checklist, 清洁', 'Room', '500', '2500', '1600', 'never', 'idea'],
      ['Unknown', 'Room', '1', '0', '', '', 'idea'],
    ]);
  });
});
