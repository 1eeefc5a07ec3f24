import type { Blueprint, Step } from '../types';
import { stepsOf } from './arrange';
import { setFailPoint, setWait, updateStep } from './steps';

/**
 * What several selected steps have in common, and setting a field on all of them at once (the
 * inspector of a multi-selection). A field whose values differ is "mixed".
 */

export type Shared<T> = { mixed: false; value: T } | { mixed: true };

export interface StepsInCommon {
  lane: Shared<string>;
  durationMin: Shared<number | undefined>;
  selfService: Shared<boolean>;
  failPoint: Shared<boolean>;
  wait: Shared<boolean>;
}

/** Fields that can be set on several steps at once. `durationMin` given as undefined clears it. */
export interface StepsFields {
  lane?: string;
  durationMin?: number | undefined;
  selfService?: boolean;
  /** On: a fail point (from the defaults) where there is none; off: none anywhere. */
  failPoint?: boolean;
  wait?: boolean;
}

function shared<T>(steps: readonly Step[], read: (step: Step) => T): Shared<T> {
  const first = read(steps[0]!);
  return steps.every((s) => Object.is(read(s), first))
    ? { mixed: false, value: first }
    : { mixed: true };
}

/** The common values of the steps among `ids`; undefined when none of them exists. */
export function stepsInCommon(
  doc: Pick<Blueprint, 'steps'>,
  ids: readonly string[],
): StepsInCommon | undefined {
  const steps = stepsOf(doc, ids);
  if (!steps.length) return undefined;
  return {
    lane: shared(steps, (s) => s.lane),
    durationMin: shared(steps, (s) => s.durationMin),
    selfService: shared(steps, (s) => !!s.selfService),
    failPoint: shared(steps, (s) => !!s.failPoint),
    wait: shared(steps, (s) => !!s.wait),
  };
}

/**
 * Sets the given fields on every one of the steps (by the rules of `updateStep`, `setFailPoint`
 * and `setWait`); a lane that is not there is refused for all. Fields not given stay as they are.
 */
export function setStepsFields(doc: Blueprint, ids: readonly string[], fields: StepsFields): void {
  if (fields.lane !== undefined && !doc.lanes.some((l) => l.id === fields.lane)) return;
  const stepFields: Parameters<typeof updateStep>[2] = {};
  if (fields.lane !== undefined) stepFields.lane = fields.lane;
  if ('durationMin' in fields) stepFields.durationMin = fields.durationMin;
  if (fields.selfService !== undefined) stepFields.selfService = fields.selfService;
  for (const step of stepsOf(doc, ids)) {
    updateStep(doc, step.id, stepFields);
    if (fields.failPoint === true && !step.failPoint) setFailPoint(doc, step.id, {});
    if (fields.failPoint === false && step.failPoint) setFailPoint(doc, step.id, null);
    if (fields.wait === true && !step.wait) setWait(doc, step.id, {});
    if (fields.wait === false && step.wait) setWait(doc, step.id, null);
  }
}
