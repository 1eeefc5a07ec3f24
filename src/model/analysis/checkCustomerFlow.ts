import type { CheckItem } from './checkTypes';
import { stepItem } from './checkItem';
import { customerActions, validFlows } from './lookup';
import type { AnalysisDoc } from './types';

/**
 * Guide step 2: at least two customer actions, connected left to right. Every action but
 * the rightmost needs a flow to an action to its right, every one but the leftmost a flow
 * from an action to its left ("right" = later in x order; equal x keeps document order).
 * A two-way flow counts both ways. Offenders get one item each; else one ok item.
 */
export function checkCustomerFlow(doc: AnalysisDoc): CheckItem[] {
  const actions = customerActions(doc);
  const count: CheckItem = {
    id: 'customerActions',
    ok: actions.length >= 2,
    message: { key: 'check.twoCustomerActions', params: { count: actions.length } },
  };
  if (actions.length < 2) return [count];

  const order = new Map(actions.map((s, i) => [s.id, i] as const));
  const hasNext = new Array<boolean>(actions.length).fill(false);
  const hasPrevious = new Array<boolean>(actions.length).fill(false);
  const link = (from: number | undefined, to: number | undefined): void => {
    if (from === undefined || to === undefined || from >= to) return;
    hasNext[from] = true;
    hasPrevious[to] = true;
  };
  for (const flow of validFlows(doc)) {
    const a = order.get(flow.from);
    const b = order.get(flow.to);
    link(a, b);
    if (flow.twoWay) link(b, a);
  }

  const last = actions.length - 1;
  const offenders: CheckItem[] = [];
  actions.forEach((step, i) => {
    const noNext = i < last && !hasNext[i];
    const noPrevious = i > 0 && !hasPrevious[i];
    if (!noNext && !noPrevious) return;
    const key =
      noNext && noPrevious
        ? 'check.customerActionDisconnected'
        : noNext
          ? 'check.customerActionNoFlowToNext'
          : 'check.customerActionNoFlowFromPrevious';
    offenders.push(stepItem('customerFlow', false, step, key));
  });
  if (offenders.length > 0) return [count, ...offenders];
  return [
    count,
    { id: 'customerFlow', ok: true, message: { key: 'check.customerActionsConnected' } },
  ];
}
