import { produce, type Draft } from 'immer';
import { ops, type Blueprint } from '../model';

/** Arranging and editing several steps (or flows) at once: each is one named, undoable edit. */
export interface ArrangeActions {
  /** "Align to column": the selected steps into the column of the leftmost one. */
  alignSteps(ids: readonly string[]): void;
  /** "Distribute evenly": equal gaps between the leftmost and the rightmost (3 steps or more). */
  distributeSteps(ids: readonly string[]): void;
  /** "Tidy up": every visible step into columns by flow order, lanes unchanged. */
  tidyUp(): void;
  /** The inspector of a multi-selection: one field set on every one of the steps. */
  setStepsFields(ids: readonly string[], fields: ops.StepsFields, coalesceKey?: string): void;
  /** "Reverse flow": the selected flows turned round, as one edit. */
  reverseFlows(ids: readonly string[]): void;
}

type Commit = (recipe: (doc: Draft<Blueprint>) => void, coalesceKey?: string | null) => void;

/** The actions, on the store's `commit` (which refuses them when read-only and records undo). */
export function arrangeActions(commit: Commit): ArrangeActions {
  return {
    alignSteps: (ids) => commit((d) => ops.alignSteps(d, ids)),
    distributeSteps: (ids) => commit((d) => ops.distributeSteps(d, ids)),
    tidyUp: () => commit((d) => ops.tidyUp(d)),
    setStepsFields: (ids, fields, key) =>
      commit((d) => ops.setStepsFields(d, ids, fields), key ?? null),
    reverseFlows: (ids) => commit((d) => ops.reverseFlows(d, ids)),
  };
}

/**
 * Part of every edit (the store's `commit`): a lane the edit touched grows to fit its tallest
 * card, so no card hangs out of its lane (a resize stops at the content; a longer label makes room).
 * Gives `before` itself when, grown, the document is as it was.
 */
export function growLanesToFit(before: Blueprint, after: Blueprint): Blueprint {
  const grow = ops.lanesToGrow(before, after);
  if (!grow.length) return after;
  const grown = produce(after, (d) => {
    for (const { id, height } of grow) {
      const lane = d.lanes.find((l) => l.id === id);
      if (lane) lane.height = height;
    }
  });
  // A resize below the content that the growth undid entirely: no edit at all.
  return onlyLanesDiffer(before, grown) && sameLanes(before.lanes, grown.lanes) ? before : grown;
}

function onlyLanesDiffer(a: Blueprint, b: Blueprint): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Blueprint>;
  return [...keys].every((key) => key === 'lanes' || a[key] === b[key]);
}

function sameLanes(a: Blueprint['lanes'], b: Blueprint['lanes']): boolean {
  return (
    a.length === b.length &&
    a.every((lane, i) => {
      const other = b[i]!;
      const keys = new Set([...Object.keys(lane), ...Object.keys(other)]) as Set<keyof typeof lane>;
      return [...keys].every((key) => lane[key] === other[key]);
    })
  );
}
