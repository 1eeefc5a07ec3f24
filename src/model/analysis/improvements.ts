import type { Economics, Improvement, ImprovementStatus, Step } from '../types';
import { expectedFailureCost } from './economics';
import { known } from './num';
import type { AnalysisDoc } from './types';

export type Payback = number | 'never' | undefined;

export interface ImprovementRow {
  id: string;
  title: string;
  /** Labels of the existing steps it addresses (ids it names that no longer exist are skipped). */
  addresses: string[];
  /** Ids of those steps, in the same order as `addresses`. */
  addressedStepIds: string[];
  oneOffCost: number;
  runningCostPerMonth: number;
  /** Failure cost removed per month; 0 when nothing monetary is addressed; undefined when unknown. */
  benefitPerMonth: number | undefined;
  /** Σ over addressed waits of max(0, expected − new wait), when a new wait is set. */
  minutesSavedPerCustomer: number;
  /** Months until the one-off cost is paid back; 'never' when benefit ≤ running cost. */
  paybackMonths: Payback;
  status: ImprovementStatus;
}

/** The existing steps an improvement addresses, each once, in the order it names them. */
function addressedSteps(byId: Map<string, Step>, improvement: Improvement): Step[] {
  const seen = new Set<string>();
  const steps: Step[] = [];
  for (const id of improvement.addresses) {
    const step = byId.get(id);
    if (!step || seen.has(id)) continue;
    seen.add(id);
    steps.push(step);
  }
  return steps;
}

/**
 * Failure cost an improvement removes per month: for each addressed fail point, the
 * expected cost at its probability minus the expected cost at `newProbability`.
 */
export function improvementBenefit(
  steps: readonly Step[],
  e: Economics,
  newProbability: number | undefined,
): number | undefined {
  if (!known(newProbability)) return 0;
  let benefit = 0;
  for (const step of steps) {
    if (!step.failPoint) continue;
    const before = expectedFailureCost(step.failPoint, e);
    const after = expectedFailureCost(step.failPoint, e, newProbability);
    if (before === undefined || after === undefined) return undefined;
    benefit += before - after;
  }
  return benefit;
}

/** Minutes an improvement saves each customer at the waits it addresses. */
export function minutesSaved(steps: readonly Step[], newWaitMin: number | undefined): number {
  if (!known(newWaitMin)) return 0;
  let saved = 0;
  for (const step of steps) {
    const expected = step.wait?.expectedMin;
    if (known(expected)) saved += Math.max(0, expected - newWaitMin);
  }
  return saved;
}

/** oneOff / (benefit − running) when benefit > running; 'never' otherwise; undefined if unknown. */
export function paybackMonths(
  oneOffCost: number,
  runningCostPerMonth: number,
  benefitPerMonth: number | undefined,
): Payback {
  if (!known(benefitPerMonth) || !known(oneOffCost) || !known(runningCostPerMonth)) {
    return undefined;
  }
  const net = benefitPerMonth - runningCostPerMonth;
  if (net <= 0) return 'never';
  const months = oneOffCost / net;
  return known(months) ? months : undefined;
}

const rank = (p: Payback): number => (typeof p === 'number' ? 0 : p === 'never' ? 1 : 2);

/** Compares paybacks: finite ascending, then 'never', then unknown. */
export function comparePayback(a: Payback, b: Payback): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return rank(a) - rank(b);
}

/** One row per improvement, quickest payback first ('never' next, unknown last; ties keep order). */
export function improvementRows(
  doc: Pick<AnalysisDoc, 'steps'>,
  e: Economics,
  improvements: readonly Improvement[],
): ImprovementRow[] {
  const byId = new Map<string, Step>();
  for (const step of doc.steps) if (!byId.has(step.id)) byId.set(step.id, step);
  const rows = improvements.map((imp): ImprovementRow => {
    const steps = addressedSteps(byId, imp);
    const benefit = improvementBenefit(steps, e, imp.newProbability);
    return {
      id: imp.id,
      title: imp.title,
      addresses: steps.map((s) => s.label),
      addressedStepIds: steps.map((s) => s.id),
      oneOffCost: imp.oneOffCost,
      runningCostPerMonth: imp.runningCostPerMonth,
      benefitPerMonth: benefit,
      minutesSavedPerCustomer: minutesSaved(steps, imp.newWaitMin),
      paybackMonths: paybackMonths(imp.oneOffCost, imp.runningCostPerMonth, benefit),
      status: imp.status,
    };
  });
  return rows.sort((a, b) => comparePayback(a.paybackMonths, b.paybackMonths));
}
