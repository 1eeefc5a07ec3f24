import type { CheckItem } from './checkTypes';
import { stepItem } from './checkItem';
import { customerActions, linkedSteps, stepZones, stepsOfKind } from './lookup';
import type { AnalysisDoc } from './types';

/**
 * Guide step 3: each customer action that involves staff (not `selfService`) is linked by a
 * flow, either way, to a contact employee's step: onstage (zone 1), or backstage (zone 2) for
 * contact the customer cannot see, such as a phone order taken in the back office (the
 * textbook hotel's room service); each backstage step (lane kind "backstage")
 * is linked to a step above the line of visibility (zone 0 or 1). One item per step.
 */
export function checkStaffLinks(doc: AnalysisDoc): CheckItem[] {
  const links = linkedSteps(doc);
  const zones = stepZones(doc);
  const linkedTo = (id: string, inZone: (zone: number) => boolean): boolean => {
    for (const other of links.get(id) ?? []) {
      const zone = zones.get(other);
      if (zone !== undefined && inZone(zone)) return true;
    }
    return false;
  };
  const items: CheckItem[] = [];
  for (const step of customerActions(doc)) {
    if (step.selfService) continue;
    const ok = linkedTo(step.id, (z) => z === 1 || z === 2);
    items.push(stepItem('onstage', ok, step, 'check.customerHasOnstage'));
  }
  for (const step of stepsOfKind(doc, 'backstage')) {
    const ok = linkedTo(step.id, (z) => z < 2);
    items.push(stepItem('backstage', ok, step, 'check.backstageLinkedAbove'));
  }
  if (items.length > 0) return items;
  return [{ id: 'staffLinks', ok: true, message: { key: 'check.nothingToCheck' } }];
}
