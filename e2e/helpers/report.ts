import { expect, type Locator } from '@playwright/test';
import type { SavedDoc, SavedStep } from '../fixtures';
import { blueprintDoc, step } from './io';

/** Helpers for the report spec: a costed format-v2 document, table cells and CSV parsing. */

type FailPoint = NonNullable<SavedStep['failPoint']> & { lostShare?: number };

function failPoint(fields: Omit<FailPoint, 'owner'>): FailPoint {
  return { owner: '', ...fields };
}

export const REPORT_TITLE = 'Hotel stay report';

/**
 * A hotel check-in with known numbers (format version 2):
 * - economics: 1000 customers / month; lifetime value = 90 spend × 2 visits × 3 years = 540 USD;
 * - fail points on "Check in" (8 %, 25, 20 % lost), "Desk clerk registers guest" (10 %, 15,
 *   5 % lost; its risk starts with "=") and "入住房间" (5 %, 40, no lost share);
 * - waits at "Queue at the desk" (12 min, tolerance 5: over) and "Check out" (4 min, 10);
 * - improvements "Online pre-check-in" and "Housekeeping checklist, 清洁检查".
 */
export function reportDoc(): SavedDoc {
  const steps: SavedStep[] = [
    step('e1', 'evidence', 0, 'Lobby sign'),
    step('c1', 'customer', 0, 'Arrive at the hotel', { durationMin: 2 }),
    step('c2', 'customer', 240, 'Queue at the desk', {
      wait: { expectedMin: 12, toleranceMin: 5 },
    }),
    step('c3', 'customer', 480, 'Check in', {
      durationMin: 5,
      failPoint: failPoint({
        risk: 'Booking not found',
        probability: 0.08,
        costPerFailure: 25,
        lostShare: 0.2,
        recovery: 'Upgrade and apologise',
      }),
    }),
    step('c4', 'customer', 720, '入住房间', {
      durationMin: 10,
      failPoint: failPoint({
        risk: '房间未打扫',
        probability: 0.05,
        costPerFailure: 40,
        recovery: '换房并致歉',
      }),
    }),
    step('c5', 'customer', 960, 'Check out', {
      durationMin: 3,
      wait: { expectedMin: 4, toleranceMin: 10 },
    }),
    step('o1', 'onstage', 480, 'Desk clerk registers guest', {
      durationMin: 4,
      failPoint: failPoint({
        risk: '=SUM(1,2) card reader "offline"',
        probability: 0.1,
        costPerFailure: 15,
        lostShare: 0.05,
        recovery: 'Take payment by phone',
      }),
    }),
    step('s1', 'support', 480, 'Booking system'),
  ];
  const flow = (id: string, from: string, to: string, twoWay = false) => ({
    id,
    from,
    to,
    label: '',
    twoWay,
  });
  return {
    ...blueprintDoc({
      title: REPORT_TITLE,
      steps,
      flows: [
        flow('f1', 'c1', 'c2'),
        flow('f2', 'c2', 'c3'),
        flow('f3', 'c3', 'c4'),
        flow('f4', 'c4', 'c5'),
        flow('f5', 'c3', 'o1', true),
        flow('f6', 'o1', 's1'),
      ],
    }),
    version: 2,
    meta: {
      service: 'Overnight stay at a city hotel',
      customerSegment: 'Business travellers',
      scenario: '',
      scenarioStart: 'The guest arrives',
      scenarioEnd: 'The guest leaves',
      toleranceMin: 30,
      locale: 'en',
    },
    economics: {
      customersPerMonth: 1000,
      spendPerVisit: 90,
      visitsPerYear: 2,
      yearsRetained: 3,
      currency: 'USD',
    },
    improvements: [
      {
        id: 'i2',
        title: 'Housekeeping checklist, 清洁检查',
        addresses: ['c4'],
        oneOffCost: 500,
        runningCostPerMonth: 2500,
        newProbability: 0.01,
        status: 'idea',
      },
      {
        id: 'i1',
        title: 'Online pre-check-in',
        addresses: ['c3', 'c2'],
        oneOffCost: 6000,
        runningCostPerMonth: 400,
        newProbability: 0.02,
        newWaitMin: 3,
        status: 'planned',
      },
    ],
    guide: { step: 6, done: [] },
  };
}

/** The text of every cell (row headers included), row by row, as a person reads the table. */
export async function tableCells(table: Locator, part = 'tbody'): Promise<string[][]> {
  return table
    .locator(`${part} tr`)
    .evaluateAll((rows) =>
      rows.map((row) =>
        Array.from(row.querySelectorAll('th, td'), (cell) =>
          (cell as HTMLElement).innerText.trim().replace(/\s*\n\s*/g, ' | '),
        ),
      ),
    );
}

/** Column headings of a table. */
export async function tableHeadings(table: Locator): Promise<string[]> {
  return (await tableCells(table, 'thead'))[0] ?? [];
}

/**
 * Reads a downloaded CSV as a spreadsheet would: checks the UTF-8 BOM and CRLF line ends,
 * then splits fields by RFC 4180 (quoted fields may hold commas, doubled quotes, line breaks).
 */
export function parseCsv(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  expect(text.endsWith('\r\n'), 'the last line ends with CRLF').toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      expect(c, 'no bare line feed outside quotes').not.toBe('\n');
      field += c;
    }
  }
  return rows;
}
