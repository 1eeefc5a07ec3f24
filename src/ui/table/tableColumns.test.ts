import { describe, expect, it } from 'vitest';
import type { Step } from '../../model';
import { COLUMN_TOLERANCE, nextColumnX, tableColumns } from './tableColumns';

const step = (id: string, x: number, lane = 'customer'): Step =>
  ({ id, lane, x, label: id, description: '' }) as Step;

describe('tableColumns', () => {
  it('groups steps less than half a card apart into one column, ordered by x', () => {
    const columns = tableColumns([
      step('c', 480),
      step('a', 0, 'onstage'),
      step('b', 240),
      step('a2', 30),
      step('b2', 240 + COLUMN_TOLERANCE - 1, 'support'),
    ]);
    expect(columns.map((c) => [c.x, c.steps.map((s) => s.id)])).toEqual([
      [0, ['a', 'a2']],
      [240, ['b', 'b2']],
      [480, ['c']],
    ]);
  });

  it('measures from the first step of a column, so shifted steps do not chain', () => {
    const xs = [0, 50, 100, 150, 200];
    const columns = tableColumns(xs.map((x) => step(`s${x}`, x)));
    expect(columns.map((c) => c.x)).toEqual([0, 100, 200]);
  });

  it('has no columns without steps; the next column follows the last step', () => {
    expect(tableColumns([])).toEqual([]);
    expect(nextColumnX([], 240)).toBe(0);
    expect(nextColumnX(tableColumns([step('a', 0), step('b', 60)]), 240)).toBe(300);
  });
});
