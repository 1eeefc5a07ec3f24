import type { CheckItem } from './checkTypes';
import { stepItem } from './checkItem';
import { byX } from './lookup';
import { filled, positive } from './num';
import type { AnalysisDoc } from './types';

/**
 * Guide step 5: each fail point has a probability > 0, a cost per failure > 0 and a
 * recovery plan; each wait has an expected time > 0 and a tolerance > 0. One item per
 * field, steps left to right. Not ok when nothing is marked at all.
 */
export function checkCosts(doc: Pick<AnalysisDoc, 'steps'>): CheckItem[] {
  const items: CheckItem[] = [];
  for (const step of byX(doc.steps)) {
    const fp = step.failPoint;
    if (fp) {
      items.push(
        stepItem('failProbability', positive(fp.probability), step, 'check.failPointProbability'),
        stepItem('failCost', positive(fp.costPerFailure), step, 'check.failPointCost'),
        stepItem('failRecovery', filled(fp.recovery), step, 'check.failPointRecovery'),
      );
    }
    const wait = step.wait;
    if (wait) {
      items.push(
        stepItem('waitExpected', positive(wait.expectedMin), step, 'check.waitExpected'),
        stepItem('waitTolerance', positive(wait.toleranceMin), step, 'check.waitTolerance'),
      );
    }
  }
  if (items.length > 0) return items;
  return [{ id: 'failOrWait', ok: false, message: { key: 'check.markFailOrWait' } }];
}
