import { STEP_WIDTH, type Step } from '../../model';

/** One moment in time of the table view: the steps that sit at about the same x. */
export interface TableColumn {
  /** Where a step added to this column goes: the leftmost x among its steps. */
  x: number;
  steps: readonly Step[];
}

/**
 * Steps whose cards start less than half a card apart (STEP_WIDTH / 2) read as the same moment
 * on the canvas, so they share a column.
 *
 * How: sort the steps by x; walk left to right, opening a new column whenever a step starts at
 * least half a card to the right of the current column's first step. Measuring from the
 * column's first step (not the previous step) keeps a long run of slightly shifted steps from
 * chaining into one wide column. The order within a column is by x, then document order.
 */
export const COLUMN_TOLERANCE = STEP_WIDTH / 2;

export function tableColumns(steps: readonly Step[]): TableColumn[] {
  const sorted = steps
    .map((step, index) => ({ step, index }))
    .sort((a, b) => a.step.x - b.step.x || a.index - b.index)
    .map((s) => s.step);
  const columns: { x: number; steps: Step[] }[] = [];
  for (const step of sorted) {
    const current = columns.at(-1);
    if (current && step.x - current.x < COLUMN_TOLERANCE) current.steps.push(step);
    else columns.push({ x: step.x, steps: [step] });
  }
  return columns;
}

/** Where the extra "new column" after the last one adds its steps. */
export function nextColumnX(columns: readonly TableColumn[], spacing: number): number {
  const last = columns.at(-1);
  if (!last) return 0;
  return Math.max(...last.steps.map((s) => s.x)) + spacing;
}
