import { newId } from '../ids';
import type { Blueprint, Economics, GuideStep, Improvement } from '../types';

/** Document operations for the guide's numbers: economics, improvements and progress. */

const ECONOMIC_NUMBERS = [
  'customersPerMonth',
  'spendPerVisit',
  'visitsPerYear',
  'yearsRetained',
] as const;

/**
 * Sets the given fields; a number given as undefined becomes "not known" again. Fields not
 * given, and values equal to the current ones, are left alone (no empty undo steps).
 */
export function setEconomics(doc: Blueprint, fields: Partial<Economics>): void {
  const e = doc.economics;
  for (const key of ECONOMIC_NUMBERS) {
    if (!(key in fields) || fields[key] === e[key]) continue;
    const value = fields[key];
    if (value === undefined) Reflect.deleteProperty(e, key);
    else e[key] = value;
  }
  if (fields.currency !== undefined && fields.currency !== e.currency) e.currency = fields.currency;
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
  doc.improvements.push({
    id: improvementId,
    title: '',
    addresses: [],
    oneOffCost: 0,
    runningCostPerMonth: 0,
    status: 'idea',
    ...fields,
  });
  const improvement = doc.improvements[doc.improvements.length - 1]!;
  improvement.addresses = existingSteps(doc, improvement.addresses);
  return improvementId;
}

const OPTIONAL_IMPROVEMENT_FIELDS = ['newProbability', 'newWaitMin'] as const;
const REQUIRED_IMPROVEMENT_FIELDS = [
  'title',
  'oneOffCost',
  'runningCostPerMonth',
  'status',
] as const;

/**
 * Sets the given fields. `newProbability` / `newWaitMin` given as undefined are cleared; other
 * undefined fields are ignored; equal values change nothing.
 */
export function updateImprovement(doc: Blueprint, id: string, fields: ImprovementFields): void {
  const improvement = doc.improvements.find((i) => i.id === id);
  if (!improvement) return;
  for (const key of OPTIONAL_IMPROVEMENT_FIELDS) {
    if (!(key in fields) || fields[key] === improvement[key]) continue;
    const value = fields[key];
    if (value === undefined) Reflect.deleteProperty(improvement, key);
    else improvement[key] = value;
  }
  for (const key of REQUIRED_IMPROVEMENT_FIELDS) {
    const value = fields[key];
    if (value !== undefined && value !== improvement[key])
      (improvement as Record<typeof key, unknown>)[key] = value;
  }
  if (fields.addresses) {
    const addresses = existingSteps(doc, fields.addresses);
    if (addresses.join('\n') !== improvement.addresses.join('\n'))
      improvement.addresses = addresses;
  }
}

export function deleteImprovement(doc: Blueprint, id: string): void {
  if (!doc.improvements.some((i) => i.id === id)) return;
  doc.improvements = doc.improvements.filter((i) => i.id !== id);
}

export function setGuideStep(doc: Blueprint, step: GuideStep): void {
  doc.guide.step = step;
}

export function setGuideDone(doc: Blueprint, step: GuideStep, done: boolean): void {
  const has = doc.guide.done.includes(step);
  if (done && !has) doc.guide.done = [...doc.guide.done, step].sort() as GuideStep[];
  if (!done && has) doc.guide.done = doc.guide.done.filter((s) => s !== step);
}
