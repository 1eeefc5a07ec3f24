import { describe, expect, it } from 'vitest';
import { newBlueprint } from '../newBlueprint';
import { checkShape, validateReferences } from '../schema';
import { importSteps, IMPORT_COLUMN_SPACING } from '../ops/importSteps';
import type { Blueprint } from '../types';
import { guessMapping, laneFor, NO_COLUMNS, planImport, type Table } from './index';

const doc = newBlueprint('Café');

function table(header: string[], ...rows: string[][]): Table {
  return { header, rows };
}

describe('guessing the columns from the header', () => {
  it('knows English and Chinese headers', () => {
    expect(guessMapping(['Lane', 'Step', 'Time', 'Duration (min)', 'Fail point', 'Wait'])).toEqual({
      lane: 0,
      label: 1,
      order: 2,
      duration: 3,
      failPoint: 4,
      wait: 5,
    });
    expect(guessMapping(['序号', '泳道', '步骤', '时长', '失败点', '等待'])).toEqual({
      lane: 1,
      label: 2,
      order: 0,
      duration: 3,
      failPoint: 4,
      wait: 5,
    });
    expect(guessMapping(['a', 'b'])).toEqual(NO_COLUMNS);
  });
});

describe('finding the lane a cell names', () => {
  it('by the lane’s name, its id, or the kind in English or Chinese', () => {
    expect(laneFor(doc.lanes, ' customer actions ')?.kind).toBe('customer');
    expect(laneFor(doc.lanes, 'Backstage')?.kind).toBe('backstage');
    expect(laneFor(doc.lanes, '前台')?.kind).toBe('onstage');
    expect(laneFor(doc.lanes, '支持过程')?.kind).toBe('support');
    expect(laneFor(doc.lanes, '有形展示')?.kind).toBe('evidence');
    expect(laneFor(doc.lanes, 'Kitchen')).toBeUndefined();
  });
});

describe('planning an import', () => {
  const mapping = guessMapping(['Lane', 'Step', 'Time', 'Duration', 'Fail point', 'Wait']);

  it('reads every row, with markers and numbers as a designer writes them', () => {
    const plan = planImport(
      doc,
      table(
        ['Lane', 'Step', 'Time', 'Duration', 'Fail point', 'Wait'],
        ['Customer', 'Queue', '1', '4 min', '', 'yes'],
        ['', '', '', '', '', ''],
        ['顾客', '点单', '2', '1,5', '5%', '8'],
        ['Onstage', 'Take order', '2', '', 'x', 'no'],
      ),
      mapping,
    );
    expect(plan).toEqual({
      ok: true,
      problems: [],
      steps: [
        { row: 2, lane: 'customer', label: 'Queue', order: 1, durationMin: 4, wait: {} },
        {
          row: 4,
          lane: 'customer',
          label: '点单',
          order: 2,
          durationMin: 1.5,
          failPoint: { probability: 0.05 },
          wait: { expectedMin: 8 },
        },
        { row: 5, lane: 'onstage', label: 'Take order', order: 2, failPoint: {} },
      ],
    });
  });

  it('names every bad row by its spreadsheet row number, column and value', () => {
    const plan = planImport(
      doc,
      table(
        ['Lane', 'Step', 'Time', 'Duration', 'Fail point', 'Wait'],
        ['Customer', 'Fine', '1', '', '', ''],
        ['Kitchen', 'Cook', 'soon', 'long', 'maybe', 'later'],
        ['', '', '3', '', '', ''],
      ),
      mapping,
    );
    expect(plan.ok && plan.problems).toEqual([
      { row: 3, column: 'Lane', kind: 'unknownLane', value: 'Kitchen' },
      { row: 3, column: 'Time', kind: 'badOrder', value: 'soon' },
      { row: 3, column: 'Duration', kind: 'badDuration', value: 'long' },
      { row: 3, column: 'Fail point', kind: 'badFailPoint', value: 'maybe' },
      { row: 3, column: 'Wait', kind: 'badWait', value: 'later' },
      { row: 4, column: 'Lane', kind: 'noLane', value: '' },
      { row: 4, column: 'Step', kind: 'noLabel', value: '' },
    ]);
  });

  it('refuses without a lane or label column, or without rows', () => {
    const header = ['Lane', 'Step'];
    expect(planImport(doc, table(header), guessMapping(header))).toEqual({
      ok: false,
      reason: 'noRows',
    });
    expect(planImport(doc, table(['x', 'Step'], ['a', 'b']), guessMapping(['x', 'Step']))).toEqual({
      ok: false,
      reason: 'noLaneColumn',
    });
  });
});

describe('adding the planned steps', () => {
  it('places them after the last step, equal times in one column, and stays valid', () => {
    const start: Blueprint = {
      ...doc,
      steps: [{ id: 'a', lane: 'customer', x: 100, label: 'Enter', description: '' }],
    };
    const plan = planImport(
      start,
      table(
        ['Lane', 'Step', 'Time', 'Fail point', 'Wait'],
        ['Customer', 'Pay', '10', 'yes', ''],
        ['Customer', 'Order', '5', '', '12'],
        ['Onstage', 'Take order', '5', '', ''],
      ),
      guessMapping(['Lane', 'Step', 'Time', 'Fail point', 'Wait']),
    );
    if (!plan.ok) throw new Error('plan failed');
    const after = structuredClone(start);
    const ids = importSteps(after, plan.steps);
    expect(ids).toHaveLength(3);
    const added = after.steps.slice(1);
    expect(added.map((s) => [s.label, s.x])).toEqual([
      ['Pay', 100 + 2 * IMPORT_COLUMN_SPACING],
      ['Order', 100 + IMPORT_COLUMN_SPACING],
      ['Take order', 100 + IMPORT_COLUMN_SPACING],
    ]);
    expect(added[0]!.failPoint?.probability).toBe(0.05);
    expect(added[1]!.wait).toEqual({ expectedMin: 12, toleranceMin: 10 });
    const shaped = checkShape(JSON.parse(JSON.stringify(after)));
    expect(shaped.ok && validateReferences(shaped.value)).toEqual([]);
  });
});
