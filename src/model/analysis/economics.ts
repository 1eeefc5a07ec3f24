import type { Economics, FailPoint, Step, Wait } from '../types';
import { byX } from './lookup';
import { known } from './num';
import type { AnalysisDoc } from './types';

/** Customer lifetime value = spend per visit × visits per year × years retained (domain.md §5). */
export function lifetimeValue(e: Economics): number | undefined {
  const { spendPerVisit, visitsPerYear, yearsRetained } = e;
  if (!known(spendPerVisit) || !known(visitsPerYear) || !known(yearsRetained)) return undefined;
  return spendPerVisit * visitsPerYear * yearsRetained;
}

/**
 * Expected cost of a fail point per month:
 * customers per month × probability × (cost per failure + lost share × lifetime value).
 * Without a lost share (or 0) the lifetime value is not needed. Zero customers or a zero
 * probability cost 0 even when the rest is unknown. `probability` overrides the fail
 * point's own (an improvement's expected probability).
 */
export function expectedFailureCost(
  fp: FailPoint,
  e: Economics,
  probability: number = fp.probability,
): number | undefined {
  const customers = e.customersPerMonth;
  if (!known(customers) || !known(probability)) return undefined;
  if (customers === 0 || probability === 0) return 0;
  if (!known(fp.costPerFailure)) return undefined;
  let lostValue = 0;
  if (fp.lostShare !== undefined && fp.lostShare !== 0) {
    const ltv = lifetimeValue(e);
    if (!known(fp.lostShare) || ltv === undefined) return undefined;
    lostValue = fp.lostShare * ltv;
  }
  const cost = customers * probability * (fp.costPerFailure + lostValue);
  return known(cost) ? cost : undefined;
}

export interface FailPointRow {
  stepId: string;
  label: string;
  risk: string;
  probability: number;
  costPerFailure: number;
  lostShare: number | undefined;
  expectedCostPerMonth: number | undefined;
  recovery: string;
}

/** Every fail point, costliest first; unknown costs last; ties by label, then document order. */
export function rankFailPoints(doc: Pick<AnalysisDoc, 'steps'>, e: Economics): FailPointRow[] {
  const rows: FailPointRow[] = [];
  for (const step of doc.steps) {
    const fp = step.failPoint;
    if (!fp) continue;
    rows.push({
      stepId: step.id,
      label: step.label,
      risk: fp.risk,
      probability: fp.probability,
      costPerFailure: fp.costPerFailure,
      lostShare: fp.lostShare,
      expectedCostPerMonth: expectedFailureCost(fp, e),
      recovery: fp.recovery,
    });
  }
  return rows.sort((a, b) => {
    const ca = a.expectedCostPerMonth;
    const cb = b.expectedCostPerMonth;
    if (ca !== cb) {
      if (ca === undefined) return 1;
      if (cb === undefined) return -1;
      return cb - ca;
    }
    return a.label.localeCompare(b.label);
  });
}

/** Sum of the expected costs; unknown when any is unknown (a partial total would mislead). */
export function totalFailureCost(rows: readonly FailPointRow[]): number | undefined {
  let total = 0;
  for (const row of rows) {
    if (row.expectedCostPerMonth === undefined) return undefined;
    total += row.expectedCostPerMonth;
  }
  return total;
}

export interface WaitRow {
  stepId: string;
  label: string;
  expectedMin: number | undefined;
  toleranceMin: number | undefined;
  /** Expected − tolerance when positive, else 0; undefined when either is unknown. */
  overByMin: number | undefined;
  overTolerance: boolean;
}

/** Every wait step, left to right (equal x keeps document order). */
export function waitRows(doc: Pick<AnalysisDoc, 'steps'>): WaitRow[] {
  const waits = byX(doc.steps.filter((s): s is Step & { wait: Wait } => s.wait !== undefined));
  return waits.map((step) => {
    const expected = known(step.wait.expectedMin) ? step.wait.expectedMin : undefined;
    const tolerance = known(step.wait.toleranceMin) ? step.wait.toleranceMin : undefined;
    const overBy =
      expected === undefined || tolerance === undefined
        ? undefined
        : Math.max(0, expected - tolerance);
    return {
      stepId: step.id,
      label: step.label,
      expectedMin: expected,
      toleranceMin: tolerance,
      overByMin: overBy,
      overTolerance: overBy !== undefined && overBy > 0,
    };
  });
}
