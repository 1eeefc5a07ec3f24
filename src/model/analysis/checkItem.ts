import type { CheckItem, CheckKey } from './checkTypes';

/** An item about one step: id "<check>:<stepId>", the step's label as the `label` param. */
export function stepItem(
  id: string,
  ok: boolean,
  step: { id: string; label: string },
  key: CheckKey,
): CheckItem {
  return {
    id: `${id}:${step.id}`,
    ok,
    stepId: step.id,
    message: { key, params: { label: step.label } },
  };
}
