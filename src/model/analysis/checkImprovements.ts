import type { Improvement } from '../types';
import type { CheckItem } from './checkTypes';
import { positive } from './num';
import type { AnalysisDoc } from './types';

/**
 * Guide step 6: at least one improvement; each addresses at least one existing step and
 * has a one-off or a running cost above zero. Two items per improvement, in list order.
 */
export function checkImprovements(
  doc: Pick<AnalysisDoc, 'steps'>,
  improvements: readonly Improvement[],
): CheckItem[] {
  const ids = new Set(doc.steps.map((s) => s.id));
  const items: CheckItem[] = [
    {
      id: 'improvements',
      ok: improvements.length > 0,
      message: { key: 'check.oneImprovement', params: { count: improvements.length } },
    },
  ];
  for (const imp of improvements) {
    const params = { title: imp.title };
    items.push(
      {
        id: `improvementAddresses:${imp.id}`,
        ok: imp.addresses.some((id) => ids.has(id)),
        improvementId: imp.id,
        message: { key: 'check.improvementAddresses', params },
      },
      {
        id: `improvementCost:${imp.id}`,
        ok: positive(imp.oneOffCost) || positive(imp.runningCostPerMonth),
        improvementId: imp.id,
        message: { key: 'check.improvementCosted', params },
      },
    );
  }
  return items;
}
