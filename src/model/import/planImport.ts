import type { Blueprint, Lane, LaneKind } from '../types';
import { MAX_IMPORT_ROWS, normal, type ColumnMapping, type Table } from './table';

/** One step the import would add, read from spreadsheet row `row` (1-based, header is row 1). */
export interface PlannedStep {
  row: number;
  lane: string;
  label: string;
  /** The time the row gives, for placing; rows of equal time share a column. */
  order: number;
  durationMin?: number;
  /** A fail point, with the probability the cell gave if it gave one. */
  failPoint?: { probability?: number };
  /** A wait, with the expected minutes the cell gave if it gave them. */
  wait?: { expectedMin?: number };
}

/** Why a row cannot be imported: its spreadsheet row number, the column, and what is wrong. */
export interface RowProblem {
  row: number;
  column: string;
  kind:
    'noLane' | 'unknownLane' | 'noLabel' | 'badOrder' | 'badDuration' | 'badFailPoint' | 'badWait';
  value: string;
}

export type ImportPlan =
  | { ok: true; steps: PlannedStep[]; problems: RowProblem[] }
  | { ok: false; reason: 'noRows' | 'tooManyRows' | 'noLaneColumn' | 'noLabelColumn' };

/** What a lane cell may say for each kind of lane, besides the lane's own name and id. */
const KIND_WORDS: Record<Exclude<LaneKind, 'custom' | 'emotion'>, readonly string[]> = {
  evidence: [
    'evidence',
    'physicalevidence',
    'physical',
    '有形展示',
    '有形证据',
    '实体证据',
    '展示',
  ],
  customer: [
    'customer',
    'customeractions',
    'customeraction',
    'client',
    '顾客',
    '顾客行为',
    '客户',
    '客户行为',
  ],
  onstage: [
    'onstage',
    'frontstage',
    'onstageactions',
    'visible',
    '前台',
    '前台员工行为',
    '前台行为',
    '前台接触员工行为',
  ],
  backstage: [
    'backstage',
    'backstageactions',
    'invisible',
    '后台',
    '后台员工行为',
    '后台行为',
    '后台接触员工行为',
  ],
  support: [
    'support',
    'supportprocesses',
    'supportprocess',
    '支持',
    '支持过程',
    '支持流程',
    '支持行为',
  ],
};

export function laneFor(lanes: readonly Lane[], value: string): Lane | undefined {
  const wanted = normal(value);
  if (!wanted) return undefined;
  // The emotion lane holds feelings, not steps.
  const holding = lanes.filter((l) => l.kind !== 'emotion');
  return (
    holding.find((l) => normal(l.label) === wanted || normal(l.id) === wanted) ??
    holding.find(
      (l) => l.kind !== 'custom' && l.kind !== 'emotion' && KIND_WORDS[l.kind].includes(wanted),
    )
  );
}

const YES = new Set([
  'yes',
  'y',
  'true',
  '1',
  'x',
  '✓',
  '✔',
  'f',
  'w',
  'fail',
  'wait',
  '是',
  '有',
  '√',
  '对',
]);
const NO = new Set(['', 'no', 'n', 'false', '0', '-', '—', '否', '无', '没有']);

/** A number of minutes: "2", "2.5", "2,5", "2 min", "2 分钟". */
function minutes(text: string): number | undefined {
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*(?:m|min|mins|minutes|分钟|分)?\s*$/i.exec(text);
  return match ? Number(match[1]!.replace(',', '.')) : undefined;
}

/** A time or order: a number, or a clock time "8:30" (as minutes). */
function orderOf(text: string): number | undefined {
  const clock = /^\s*(\d{1,2}):(\d{2})(?::\d{2})?\s*$/.exec(text);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() && Number.isFinite(value) ? value : undefined;
}

/** "5%", "0.05": a share; anything else is not one. */
function share(text: string): number | undefined {
  const percent = /^\s*(\d+(?:[.,]\d+)?)\s*%\s*$/.exec(text);
  if (percent) {
    const value = Number(percent[1]!.replace(',', '.')) / 100;
    return value <= 1 ? value : undefined;
  }
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() && Number.isFinite(value) && value > 0 && value < 1 ? value : undefined;
}

const cell = (row: readonly string[], column: number | null) =>
  column === null ? '' : (row[column] ?? '').trim();

/**
 * Reads every row into a step to add, or a problem naming the row, column and value. The plan
 * is all or nothing: the editor adds its steps only when there is no problem.
 */
export function planImport(
  doc: Pick<Blueprint, 'lanes'>,
  table: Table,
  mapping: ColumnMapping,
): ImportPlan {
  if (mapping.lane === null) return { ok: false, reason: 'noLaneColumn' };
  if (mapping.label === null) return { ok: false, reason: 'noLabelColumn' };
  const rows = table.rows
    .map((cells, i) => ({ cells, row: i + 2 }))
    .filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  if (!rows.length) return { ok: false, reason: 'noRows' };
  if (rows.length > MAX_IMPORT_ROWS) return { ok: false, reason: 'tooManyRows' };
  const name = (column: number | null) => (column === null ? '' : (table.header[column] ?? ''));
  const steps: PlannedStep[] = [];
  const problems: RowProblem[] = [];
  rows.forEach(({ cells, row }, index) => {
    const problem = (kind: RowProblem['kind'], column: number | null, value: string) =>
      problems.push({ row, column: name(column), kind, value });
    const before = problems.length;
    const laneText = cell(cells, mapping.lane);
    const lane = laneFor(doc.lanes, laneText);
    if (!laneText) problem('noLane', mapping.lane, '');
    else if (!lane) problem('unknownLane', mapping.lane, laneText);
    const label = cell(cells, mapping.label);
    if (!label) problem('noLabel', mapping.label, '');
    const orderText = cell(cells, mapping.order);
    const order = mapping.order === null || !orderText ? index : orderOf(orderText);
    if (order === undefined) problem('badOrder', mapping.order, orderText);
    const durationText = cell(cells, mapping.duration);
    const durationMin = durationText ? minutes(durationText) : undefined;
    if (durationText && durationMin === undefined)
      problem('badDuration', mapping.duration, durationText);
    const failText = cell(cells, mapping.failPoint);
    const failKey = failText.toLowerCase();
    const failShare = share(failText);
    if (!NO.has(failKey) && !YES.has(failKey) && failShare === undefined)
      problem('badFailPoint', mapping.failPoint, failText);
    const waitText = cell(cells, mapping.wait);
    const waitKey = waitText.toLowerCase();
    const waitMinutes = minutes(waitText);
    if (!NO.has(waitKey) && !YES.has(waitKey) && waitMinutes === undefined)
      problem('badWait', mapping.wait, waitText);
    if (problems.length > before || !lane || order === undefined) return;
    const step: PlannedStep = { row, lane: lane.id, label, order };
    if (durationMin !== undefined) step.durationMin = durationMin;
    if (failShare !== undefined) step.failPoint = { probability: failShare };
    else if (YES.has(failKey)) step.failPoint = {};
    if (waitMinutes !== undefined && waitMinutes > 0) step.wait = { expectedMin: waitMinutes };
    else if (YES.has(waitKey)) step.wait = {};
    steps.push(step);
  });
  return { ok: true, steps, problems };
}
