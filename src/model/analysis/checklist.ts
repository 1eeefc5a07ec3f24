import type { GuideStep, Improvement } from '../types';
import { checkCosts } from './checkCosts';
import { checkCustomerFlow } from './checkCustomerFlow';
import { checkDelivery } from './checkDelivery';
import { checkFacts } from './checkFacts';
import { checkImprovements } from './checkImprovements';
import { checkStaffLinks } from './checkStaffLinks';
import type { CheckItem } from './checkTypes';
import type { BlueprintFacts } from './facts';
import type { AnalysisDoc } from './types';

/** The checklist for one step of the six-step guide (domain.md §4, §7). Never empty. */
export function guideChecklist(
  step: GuideStep,
  doc: AnalysisDoc,
  facts: BlueprintFacts,
  improvements: readonly Improvement[],
): CheckItem[] {
  switch (step) {
    case 1:
      return checkFacts(facts);
    case 2:
      return checkCustomerFlow(doc);
    case 3:
      return checkStaffLinks(doc);
    case 4:
      return checkDelivery(doc);
    case 5:
      return checkCosts(doc);
    case 6:
      return checkImprovements(doc, improvements);
  }
}

/** True when every item of the list passes. */
export function checklistPassed(items: readonly CheckItem[]): boolean {
  return items.every((item) => item.ok);
}
