import { laneBands, type Blueprint, type Step } from '../../model';

/**
 * Finding steps by their text for the search box: the label and the notes (the description,
 * and a fail point's risk and recovery plan), without regard to case or to full-width and
 * half-width forms, so "CHECK", "check" and "ｃｈｅｃｋ" all find "Check in". Steps in hidden
 * lanes are not on the canvas and are not found. Matches come lane by lane, left to right, the
 * order Tab walks.
 */

export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase();
}

function searchableText(step: Step): string {
  const parts = [step.label, step.description];
  if (step.failPoint) parts.push(step.failPoint.risk, step.failPoint.recovery);
  return normaliseText(parts.join('\n'));
}

export function findSteps(doc: Pick<Blueprint, 'lanes' | 'steps'>, query: string): Step[] {
  const needle = normaliseText(query.trim());
  if (!needle) return [];
  const rank = new Map(laneBands(doc.lanes).map((band, i) => [band.lane.id, i]));
  return doc.steps
    .filter((step) => rank.has(step.lane) && searchableText(step).includes(needle))
    .sort((a, b) => rank.get(a.lane)! - rank.get(b.lane)! || a.x - b.x);
}
