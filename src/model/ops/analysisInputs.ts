import { newId } from '../ids';
import { CURRENCY_CODE } from '../newBlueprint';
import {
  GUIDE_STEPS,
  IMPROVEMENT_STATUSES,
  type Blueprint,
  type Economics,
  type GuideStep,
  type Improvement,
} from '../types';
import { amount, share } from './numbers';

/** Document operations for the guide's numbers: economics, improvements and progress. */

const ECONOMIC_NUMBERS = [
  'customersPerMonth',
  'spendPerVisit',
  'visitsPerYear',
  'yearsRetained',
] as const;

/**
 * Sets the given fields; a number given as undefined becomes "not known" again. Fields not
 * given, values equal to the current ones (no empty undo steps), numbers that are not finite
 * and currencies that are not three-letter codes are left alone; negative numbers become 0.
 */
export function setEconomics(doc: Blueprint, fields: Partial<Economics>): void {
  const e = doc.economics;
  for (const key of ECONOMIC_NUMBERS) {
    if (!(key in fields)) continue;
    const given = fields[key];
    if (given === undefined) {
      Reflect.deleteProperty(e, key);
      continue;
    }
    const value = amount(given);
    if (value !== undefined) e[key] = value;
  }
  if (fields.currency !== undefined && CURRENCY_CODE.test(fields.currency))
    e.currency = fields.currency;
}

export type ImprovementFields = Partial<Omit<Improvement, 'id'>>;

/** Keeps only the ids of steps that exist, so the document stays valid. */
function existingSteps(doc: Blueprint, ids: readonly string[]): string[] {
  const known = new Set(doc.steps.map((s) => s.id));
  return ids.filter((s) => known.has(s));
}

export function addImprovement(
  doc: Blueprint,
  fields: ImprovementFields = {},
  id?: string,
): string {
  const improvementId =
    id ?? newId('imp', (candidate) => doc.improvements.some((i) => i.id === candidate));
  const improvement: Improvement = {
    id: improvementId,
    title: '',
    addresses: [],
    oneOffCost: 0,
    runningCostPerMonth: 0,
    status: 'idea',
  };
  applyImprovementFields(doc, improvement, fields);
  doc.improvements.push(improvement);
  return improvementId;
}

/**
 * Sets the given fields. `newProbability` / `newWaitMin` given as undefined are cleared; other
 * undefined fields, numbers that are not finite and unknown statuses are ignored; numbers are
 * clamped to their range. Equal values change nothing.
 */
export function updateImprovement(doc: Blueprint, id: string, fields: ImprovementFields): void {
  const improvement = doc.improvements.find((i) => i.id === id);
  if (improvement) applyImprovementFields(doc, improvement, fields);
}

function applyImprovementFields(
  doc: Blueprint,
  improvement: Improvement,
  fields: ImprovementFields,
): void {
  if (fields.title !== undefined) improvement.title = fields.title;
  if (fields.status !== undefined && IMPROVEMENT_STATUSES.includes(fields.status))
    improvement.status = fields.status;
  for (const key of ['oneOffCost', 'runningCostPerMonth'] as const) {
    const value = fields[key] === undefined ? undefined : amount(fields[key]);
    if (value !== undefined) improvement[key] = value;
  }
  const clamps = { newProbability: share, newWaitMin: amount };
  for (const key of ['newProbability', 'newWaitMin'] as const) {
    if (!(key in fields)) continue;
    const given = fields[key];
    if (given === undefined) {
      Reflect.deleteProperty(improvement, key);
      continue;
    }
    const value = clamps[key](given);
    if (value !== undefined) improvement[key] = value;
  }
  if (fields.addresses) {
    const addresses = existingSteps(doc, fields.addresses);
    const same =
      addresses.length === improvement.addresses.length &&
      addresses.every((stepId, i) => stepId === improvement.addresses[i]);
    if (!same) improvement.addresses = addresses;
  }
}

export function deleteImprovement(doc: Blueprint, id: string): void {
  if (!doc.improvements.some((i) => i.id === id)) return;
  doc.improvements = doc.improvements.filter((i) => i.id !== id);
}

/** Numbers that are not guide steps (0, 7, 2.5, NaN) are refused. */
const isGuideStep = (step: number): step is GuideStep => GUIDE_STEPS.some((s) => s === step);

export function setGuideStep(doc: Blueprint, step: GuideStep): void {
  if (isGuideStep(step)) doc.guide.step = step;
}

export function setGuideDone(doc: Blueprint, step: GuideStep, done: boolean): void {
  if (!isGuideStep(step)) return;
  const has = doc.guide.done.includes(step);
  if (done && !has) doc.guide.done = [...doc.guide.done, step].sort() as GuideStep[];
  if (!done && has) doc.guide.done = doc.guide.done.filter((s) => s !== step);
}
