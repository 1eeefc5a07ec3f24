import { newId } from '../ids';
import { addFlow } from './flows';
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

export function findStep(doc: Blueprint, id: string): Step | undefined {
  return doc.steps.find((s) => s.id === id);
}

export function addStep(
  doc: Blueprint,
  init: { lane: string; x: number; label?: string; id?: string },
): string {
  if (!doc.lanes.some((l) => l.id === init.lane)) throw new Error(`no lane "${init.lane}"`);
  const id = init.id ?? newId('step', (candidate) => doc.steps.some((s) => s.id === candidate));
  doc.steps.push({
    id,
    lane: init.lane,
    x: Math.round(init.x),
    label: init.label ?? '',
    description: '',
  });
  return id;
}

export function updateStep(doc: Blueprint, id: string, fields: StepFields): void {
  const step = findStep(doc, id);
  if (!step) return;
  if (fields.lane !== undefined && !doc.lanes.some((l) => l.id === fields.lane)) return;
  for (const [key, value] of Object.entries(fields) as [keyof StepFields, unknown][]) {
    if (key === 'durationMin' && value === undefined) delete step.durationMin;
    else if (key === 'selfService' && !value) delete step.selfService;
    else if (value !== undefined) (step as unknown as Record<string, unknown>)[key] = value;
  }
  if (fields.x !== undefined) step.x = Math.round(fields.x);
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
  doc.flows = doc.flows.filter((f) => !gone.has(f.from) && !gone.has(f.to));
  for (const improvement of doc.improvements) {
    if (improvement.addresses.some((id) => gone.has(id))) {
      improvement.addresses = improvement.addresses.filter((id) => !gone.has(id));
    }
  }
}

export function setFailPoint(
  doc: Blueprint,
  id: string,
  failPoint: Partial<FailPoint> | null,
): void {
  const step = findStep(doc, id);
  if (!step) return;
  if (failPoint === null) delete step.failPoint;
  else step.failPoint = { ...DEFAULT_FAIL_POINT, ...step.failPoint, ...failPoint };
}

export function setWait(doc: Blueprint, id: string, wait: Partial<Wait> | null): void {
  const step = findStep(doc, id);
  if (!step) return;
  if (wait === null) delete step.wait;
  else step.wait = { ...DEFAULT_WAIT, ...step.wait, ...wait };
}
