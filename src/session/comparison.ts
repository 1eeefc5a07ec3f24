import { createStore } from 'zustand/vanilla';
import type { Blueprint } from '../model';
import { compareBlueprints, type Comparison } from '../model/compare';

/**
 * The reference this tab checks its blueprint against, if any. It is only looked at: the
 * comparison never changes the reference or the blueprint, and it stays while other
 * blueprints are opened, so a teacher can go through hand-ins one after another.
 */
export interface ComparisonState {
  reference: Blueprint | null;
}

export const comparisonStore = createStore<ComparisonState>()(() => ({ reference: null }));

export function compareWith(reference: Blueprint): void {
  comparisonStore.setState({ reference });
}

export function stopComparing(): void {
  comparisonStore.setState({ reference: null });
}

let last: { reference: Blueprint; doc: Blueprint; result: Comparison } | undefined;

/** The comparison of `doc` with the reference, worked out once per edit for every view. */
export function comparisonOf(reference: Blueprint, doc: Blueprint): Comparison {
  if (last?.reference !== reference || last.doc !== doc)
    last = { reference, doc, result: compareBlueprints(reference, doc) };
  return last.result;
}
