import { newId } from '../ids';
import { addFlow } from './flows';
import { dropCommentsOn } from './comments';
import { amount, coordinate, share } from './numbers';
import type { Blueprint, FailPoint, Step, Wait } from '../types';

/** Pure document operations on steps. Each mutates the document it is given (an immer draft in the store). */

export type StepFields = Partial<
  Pick<Step, 'label' | 'description' | 'durationMin' | 'x' | 'lane' | 'selfService'>
>;

export const DEFAULT_FAIL_POINT: FailPoint = {
  risk: '',
  probability: 0.05,
  costPerFailure: 0,
  recovery: '',
  owner: '',
};
export const DEFAULT_WAIT: Wait = { expectedMin: 5, toleranceMin: 10 };

/** A lane steps may sit in: any lane but the emotion lane, which holds feelings. */
export function takesSteps(doc: Pick<Blueprint, 'lanes'>, laneId: string): boolean {
  return doc.lanes.some((l) => l.id === laneId && l.kind !== 'emotion');
}

export function findStep(doc: Blueprint, id: string): Step | undefined {
  return doc.steps.find((s) => s.id === id);
}

export function addStep(
  doc: Blueprint,
  init: { lane: string; x: number; label?: string; id?: string },
): string {
  if (!takesSteps(doc, init.lane)) throw new Error(`no lane "${init.lane}" that takes steps`);
  const id = init.id ?? newId('step', (candidate) => doc.steps.some((s) => s.id === candidate));
  doc.steps.push({
    id,
    lane: init.lane,
    x: coordinate(init.x) ?? 0,
    label: init.label ?? '',
    description: '',
  });
  return id;
}

/**
 * Sets the given fields. `durationMin` given as undefined is cleared, a false `selfService` is
 * removed rather than stored; other undefined fields and numbers that are not finite are ignored.
 */
export function updateStep(doc: Blueprint, id: string, fields: StepFields): void {
  const step = findStep(doc, id);
  if (!step) return;
  if (fields.lane !== undefined && !takesSteps(doc, fields.lane)) return;
  if (fields.label !== undefined) step.label = fields.label;
  if (fields.description !== undefined) step.description = fields.description;
  if (fields.lane !== undefined) step.lane = fields.lane;
  const x = fields.x === undefined ? undefined : coordinate(fields.x);
  if (x !== undefined) step.x = x;
  if ('durationMin' in fields) {
    if (fields.durationMin === undefined) delete step.durationMin;
    else {
      const minutes = amount(fields.durationMin);
      if (minutes !== undefined) step.durationMin = minutes;
    }
  }
  if ('selfService' in fields) {
    if (fields.selfService) step.selfService = true;
    else delete step.selfService;
  }
}

export interface StepMove {
  id: string;
  x: number;
  lane: string;
}

/**
 * Adds a step and links it to an existing one in one edit (the guide's quick adds): `from`
 * flows into the new step, or the new step flows into `to`.
 */
export function addLinkedStep(
  doc: Blueprint,
  init: { lane: string; x: number; label?: string; from?: string; to?: string },
): string {
  const id = addStep(doc, init);
  if (init.from) addFlow(doc, init.from, id);
  if (init.to) addFlow(doc, id, init.to);
  return id;
}

export function moveSteps(doc: Blueprint, moves: readonly StepMove[]): void {
  for (const move of moves) updateStep(doc, move.id, { x: move.x, lane: move.lane });
}

/** Removes the steps and every flow that touches them. */
export function deleteSteps(doc: Blueprint, ids: readonly string[]): void {
  const gone = new Set(ids);
  if (!doc.steps.some((s) => gone.has(s.id))) return;
  doc.steps = doc.steps.filter((s) => !gone.has(s.id));
  const goneFlows = new Set(
    doc.flows.filter((f) => gone.has(f.from) || gone.has(f.to)).map((f) => f.id),
  );
  if (goneFlows.size) doc.flows = doc.flows.filter((f) => !goneFlows.has(f.id));
  dropCommentsOn(doc, gone, goneFlows);
  for (const improvement of doc.improvements) {
    if (improvement.addresses.some((id) => gone.has(id))) {
      improvement.addresses = improvement.addresses.filter((id) => !gone.has(id));
    }
  }
}

/**
 * Adds a fail point (from the defaults) or changes the given fields of the existing one; null
 * removes it. `lostShare` given as undefined is cleared; numbers are clamped to their range and
 * refused when not finite, and other undefined fields are ignored.
 */
export function setFailPoint(
  doc: Blueprint,
  id: string,
  failPoint: Partial<FailPoint> | null,
): void {
  const step = findStep(doc, id);
  if (!step) return;
  if (failPoint === null) {
    delete step.failPoint;
    return;
  }
  step.failPoint ??= { ...DEFAULT_FAIL_POINT };
  const target = step.failPoint;
  for (const key of ['risk', 'recovery', 'owner'] as const) {
    const value = failPoint[key];
    if (value !== undefined) target[key] = value;
  }
  const probability =
    failPoint.probability === undefined ? undefined : share(failPoint.probability);
  if (probability !== undefined) target.probability = probability;
  const cost =
    failPoint.costPerFailure === undefined ? undefined : amount(failPoint.costPerFailure);
  if (cost !== undefined) target.costPerFailure = cost;
  if ('lostShare' in failPoint) {
    if (failPoint.lostShare === undefined) delete target.lostShare;
    else {
      const lost = share(failPoint.lostShare);
      if (lost !== undefined) target.lostShare = lost;
    }
  }
}

/** Adds a wait (from the defaults) or changes the given minutes; null removes it. */
export function setWait(doc: Blueprint, id: string, wait: Partial<Wait> | null): void {
  const step = findStep(doc, id);
  if (!step) return;
  if (wait === null) {
    delete step.wait;
    return;
  }
  step.wait ??= { ...DEFAULT_WAIT };
  const target = step.wait;
  for (const key of ['expectedMin', 'toleranceMin'] as const) {
    const value = wait[key] === undefined ? undefined : amount(wait[key]);
    if (value !== undefined) target[key] = value;
  }
}
