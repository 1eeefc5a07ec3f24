import type { Improvement, ImprovementStatus, VersionContent } from '../types';
import { known } from '../analysis/num';
import { plainCopy } from '../plainCopy';

/** Improvements a to-be takes as carried out: those planned, and those already done. */
export const APPLIED_STATUSES: readonly ImprovementStatus[] = ['planned', 'done'];

export interface AppliedImprovements {
  content: VersionContent;
  /** Ids of the improvements applied, in their order. */
  applied: string[];
}

/**
 * The drawing as it will be once the planned (and done) improvements are carried out: each
 * addressed fail point takes the improvement's new probability and each addressed wait its new
 * wait (the lowest, when several improvements address one step); a probability or wait of 0
 * means the fail point or wait is gone. The applied improvements leave the to-be's list (they
 * stay in the as-is, where they were planned); ideas stay to be weighed. Review comments are
 * about the drawing they were made on and are not copied. `content` is not changed.
 */
export function applyImprovements(content: VersionContent): AppliedImprovements {
  const copy = plainCopy(content);
  const applying = copy.improvements.filter((imp) => APPLIED_STATUSES.includes(imp.status));
  const probability = new Map<string, number>();
  const wait = new Map<string, number>();
  const lower = (map: Map<string, number>, id: string, value: number | undefined) => {
    if (!known(value)) return;
    const had = map.get(id);
    map.set(id, had === undefined ? value : Math.min(had, value));
  };
  for (const imp of applying) {
    for (const id of imp.addresses) {
      lower(probability, id, imp.newProbability);
      lower(wait, id, imp.newWaitMin);
    }
  }
  for (const step of copy.steps) {
    const p = probability.get(step.id);
    if (step.failPoint && p !== undefined) {
      if (p === 0) delete step.failPoint;
      else step.failPoint.probability = p;
    }
    const w = wait.get(step.id);
    if (step.wait && w !== undefined) {
      if (w === 0) delete step.wait;
      else step.wait.expectedMin = w;
    }
  }
  const appliedIds = new Set(applying.map((imp) => imp.id));
  copy.improvements = copy.improvements.filter((imp) => !appliedIds.has(imp.id));
  copy.comments = [];
  return { content: copy, applied: applying.map((imp) => imp.id) };
}

/** Whether `applyImprovements` would change anything: some improvement is planned or done. */
export function hasImprovementsToApply(improvements: readonly Improvement[]): boolean {
  return improvements.some((imp) => APPLIED_STATUSES.includes(imp.status));
}
