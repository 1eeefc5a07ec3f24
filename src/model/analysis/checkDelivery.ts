import { STEP_WIDTH } from '../layout';
import type { CheckItem } from './checkTypes';
import { stepItem } from './checkItem';
import { customerActions, linkedSteps, stepsOfKind } from './lookup';
import type { AnalysisDoc } from './types';

/**
 * Guide step 4: each customer action has physical evidence "above it" — a step in an
 * evidence lane whose card overlaps the action's [x, x + STEP_WIDTH] (touching edges do
 * not count), or one linked to it by a flow; no support step stands without a flow.
 * One item per customer action and per support step.
 */
export function checkDelivery(doc: AnalysisDoc): CheckItem[] {
  const links = linkedSteps(doc);
  const evidence = stepsOfKind(doc, 'evidence');
  const evidenceIds = new Set(evidence.map((s) => s.id));
  const items: CheckItem[] = [];
  for (const step of customerActions(doc)) {
    const above = evidence.some((e) => e.x < step.x + STEP_WIDTH && e.x + STEP_WIDTH > step.x);
    const linked = [...(links.get(step.id) ?? [])].some((id) => evidenceIds.has(id));
    items.push(stepItem('evidence', above || linked, step, 'check.customerHasEvidence'));
  }
  for (const step of stepsOfKind(doc, 'support')) {
    const ok = (links.get(step.id)?.size ?? 0) > 0;
    items.push(stepItem('support', ok, step, 'check.supportLinked'));
  }
  if (items.length > 0) return items;
  return [{ id: 'delivery', ok: true, message: { key: 'check.nothingToCheck' } }];
}
