/** The guide's checklist items (domain.md §7): data for the UI, words come from i18n. */

export const CHECK_KEYS = [
  // Step 1: the process and who it serves.
  'check.titleNamed',
  'check.serviceNamed',
  'check.segmentNamed',
  'check.scenarioStartStated',
  'check.scenarioEndStated',
  // Step 2: the customer's flow. params: {count} / {label}.
  'check.twoCustomerActions',
  'check.customerActionsConnected',
  'check.customerActionNoFlowToNext',
  'check.customerActionNoFlowFromPrevious',
  'check.customerActionDisconnected',
  // Step 3: onstage and backstage. params: {label}.
  'check.customerHasOnstage',
  'check.backstageLinkedAbove',
  // Step 4: support and evidence. params: {label}.
  'check.customerHasEvidence',
  'check.supportLinked',
  // Step 5: fail points and waits. params: {label}.
  'check.markFailOrWait',
  'check.failPointProbability',
  'check.failPointCost',
  'check.failPointRecovery',
  'check.waitExpected',
  'check.waitTolerance',
  // Step 6: improvements. params: {count} / {title}.
  'check.oneImprovement',
  'check.improvementAddresses',
  'check.improvementCosted',
  // Steps 3 and 4 when the blueprint has nothing they look at.
  'check.nothingToCheck',
] as const;

export type CheckKey = (typeof CHECK_KEYS)[number];

export interface CheckMessage {
  key: CheckKey;
  params?: Record<string, string | number>;
}

export interface CheckItem {
  /** Stable across calls, e.g. "title" or "onstage:step-abc" (for React keys and "seen" state). */
  id: string;
  ok: boolean;
  /** The step the item is about, to select it on click. */
  stepId?: string;
  /** The improvement the item is about (step 6). */
  improvementId?: string;
  message: CheckMessage;
}
