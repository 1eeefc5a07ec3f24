import type { Blueprint, Lane, Step } from '../types';
import { labelSimilarity, prepareLabel, type PreparedLabel } from './similarity';

/** Below this, two labels are not the same step. */
export const MATCH_THRESHOLD = 0.5;
/** A step found in another lane kind must be this alike: a loose match there is just a new step. */
export const WRONG_LANE_THRESHOLD = 0.75;
const SAME_LANE_BONUS = 0.3;
/** Prefers, among equal labels ("Wait", "Pay"), the one at the same place in time. */
const ORDER_WEIGHT = 0.1;

export interface StepMatch {
  ref: Step;
  own: Step;
  similarity: number;
  sameLane: boolean;
}

export interface StepMatching {
  matches: StepMatch[];
  /** Reference step id → its match here. */
  byRef: Map<string, StepMatch>;
  /** Ids of this blueprint's steps that matched a reference step. */
  matchedOwn: Set<string>;
}

/** Standard lanes compare by kind; custom lanes by their name, since "custom" says nothing. */
export function laneKey(lane: Lane | undefined): string {
  if (!lane) return '';
  return lane.kind === 'custom' ? `custom:${prepareLabel(lane.label).text}` : lane.kind;
}

interface Candidate {
  step: Step;
  index: number;
  lane: string;
  label: PreparedLabel;
  /** Place in time, 0–1. */
  place: number;
}

function candidates(doc: Blueprint): Candidate[] {
  const laneById = new Map(doc.lanes.map((lane) => [lane.id, lane]));
  const xs = doc.steps.map((s) => s.x);
  const min = Math.min(...xs);
  const span = Math.max(...xs) - min || 1;
  return doc.steps.map((step, index) => ({
    step,
    index,
    lane: laneKey(laneById.get(step.lane)),
    label: prepareLabel(step.label),
    place: (step.x - min) / span,
  }));
}

/**
 * Pairs each reference step with the most similar step here, one to one: best pairs first, a
 * pair in the same lane kind preferred, and a pair across lane kinds only when the labels are
 * close (that is a step drawn in the wrong lane, not a different step).
 */
export function matchSteps(reference: Blueprint, own: Blueprint): StepMatching {
  const refs = candidates(reference);
  const owns = candidates(own);
  const pairs: { ref: Candidate; own: Candidate; similarity: number; score: number }[] = [];
  for (const ref of refs) {
    for (const mine of owns) {
      const sameLane = ref.lane === mine.lane;
      const similarity = labelSimilarity(
        ref.label,
        mine.label,
        sameLane ? MATCH_THRESHOLD : WRONG_LANE_THRESHOLD,
      );
      if (similarity < MATCH_THRESHOLD) continue;
      if (!sameLane && similarity < WRONG_LANE_THRESHOLD) continue;
      const score =
        similarity +
        (sameLane ? SAME_LANE_BONUS : 0) -
        ORDER_WEIGHT * Math.abs(ref.place - mine.place);
      pairs.push({ ref, own: mine, similarity, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.ref.index - b.ref.index || a.own.index - b.own.index);

  const byRef = new Map<string, StepMatch>();
  const matchedOwn = new Set<string>();
  for (const pair of pairs) {
    if (byRef.has(pair.ref.step.id) || matchedOwn.has(pair.own.step.id)) continue;
    byRef.set(pair.ref.step.id, {
      ref: pair.ref.step,
      own: pair.own.step,
      similarity: pair.similarity,
      sameLane: pair.ref.lane === pair.own.lane,
    });
    matchedOwn.add(pair.own.step.id);
  }
  const matches = reference.steps.flatMap((step) => {
    const match = byRef.get(step.id);
    return match ? [match] : [];
  });
  return { matches, byRef, matchedOwn };
}
