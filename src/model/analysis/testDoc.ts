import { newBlueprint } from '../newBlueprint';
import type { Blueprint, FailPoint, Flow, Step, Wait } from '../types';

/** Test helper: a document with the five standard lanes (ids = kinds) and the given steps/flows. */

export type StepSpec = [id: string, lane: string, x: number, extra?: Partial<Step>];
/** [from, to] or [from, to, true] for a two-way flow. */
export type FlowSpec = [from: string, to: string, twoWay?: boolean];

export function testDoc(steps: StepSpec[], flows: FlowSpec[] = []): Blueprint {
  const doc = newBlueprint('Test');
  doc.steps = steps.map(([id, lane, x, extra]) => ({
    id,
    lane,
    x,
    label: id.toUpperCase(),
    description: '',
    ...extra,
  }));
  doc.flows = flows.map(([from, to, twoWay]): Flow => ({
    id: `${from}-${to}`,
    from,
    to,
    label: '',
    twoWay: twoWay ?? false,
  }));
  return doc;
}

/** A left-to-right chain of customer actions c0 → c1 → … 240 apart. */
export function chain(n: number, extra: Partial<Step> = {}): Blueprint {
  const steps: StepSpec[] = [];
  const flows: FlowSpec[] = [];
  for (let i = 0; i < n; i++) {
    steps.push([`c${i}`, 'customer', i * 240, extra]);
    if (i > 0) flows.push([`c${i - 1}`, `c${i}`]);
  }
  return testDoc(steps, flows);
}

export function failPoint(fields: Partial<FailPoint> = {}): FailPoint {
  return {
    risk: 'goes wrong',
    probability: 0.05,
    costPerFailure: 20,
    recovery: 'apologise and fix',
    owner: '',
    ...fields,
  };
}

export function wait(expectedMin: number, toleranceMin: number): Wait {
  return { expectedMin, toleranceMin };
}
