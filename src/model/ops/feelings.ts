import { newId } from '../ids';
import { FEELING_MAX, FEELING_MIN, type Blueprint, type Feeling } from '../types';
import { findStep } from './steps';

/** The emotion lane is lower than the others: five levels of feeling need little room. */
export const EMOTION_LANE_HEIGHT = 120;

/**
 * Adds the emotion lane right under the first customer lane (at the top when there is none);
 * a blueprint has one at most, so asking again returns the one there.
 */
export function addEmotionLane(doc: Blueprint, label: string): string {
  const existing = doc.lanes.find((l) => l.kind === 'emotion');
  if (existing) return existing.id;
  const id = newId('emotion', (candidate) => doc.lanes.some((l) => l.id === candidate));
  const customer = doc.lanes.findIndex((l) => l.kind === 'customer');
  doc.lanes.splice(customer + 1, 0, { id, kind: 'emotion', label, height: EMOTION_LANE_HEIGHT });
  return id;
}

export function clampFeeling(score: number): number | undefined {
  if (!Number.isFinite(score)) return undefined;
  return Math.min(FEELING_MAX, Math.max(FEELING_MIN, Math.round(score)));
}

/** Sets how the customer feels at a step (score, note or both); null takes the feeling away. */
export function setFeeling(doc: Blueprint, stepId: string, feeling: Partial<Feeling> | null): void {
  const step = findStep(doc, stepId);
  if (!step) return;
  if (feeling === null) {
    delete step.feeling;
    return;
  }
  const score = feeling.score === undefined ? undefined : clampFeeling(feeling.score);
  if (feeling.score !== undefined && score === undefined) return;
  const next = {
    score: score ?? step.feeling?.score ?? 0,
    note: feeling.note ?? step.feeling?.note ?? '',
  };
  if (step.feeling?.score === next.score && step.feeling.note === next.note) return;
  step.feeling = next;
}
