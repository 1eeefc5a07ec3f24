import type { Draft } from 'immer';
import { ops, type Blueprint, type Economics, type GuideStep } from '../model';

/**
 * Edits of what the blueprint is about and what it costs (the guide's facts, economics and
 * improvements): each is one named, undoable edit.
 */
export interface FactsActions {
  setEconomics(fields: Partial<Economics>, coalesceKey?: string): void;
  addImprovement(fields?: ops.ImprovementFields): string;
  updateImprovement(id: string, fields: ops.ImprovementFields, coalesceKey?: string): void;
  deleteImprovement(id: string): void;
  setGuideDone(step: GuideStep, done: boolean): void;
  setTitle(title: string, coalesceKey?: string): void;
  setMeta(fields: Partial<Blueprint['meta']>, coalesceKey?: string): void;
}

type Commit = (recipe: (doc: Draft<Blueprint>) => void, coalesceKey?: string | null) => void;

/** The actions, on the store's `commit` (refused when read-only, recorded for undo). */
export function factsActions(commit: Commit): FactsActions {
  return {
    setEconomics: (fields, key) => commit((d) => ops.setEconomics(d, fields), key ?? null),
    addImprovement(fields) {
      let id = '';
      commit((d) => {
        id = ops.addImprovement(d, fields);
      });
      return id;
    },
    updateImprovement: (id, fields, key) =>
      commit((d) => ops.updateImprovement(d, id, fields), key ?? null),
    deleteImprovement: (id) => commit((d) => ops.deleteImprovement(d, id)),
    setGuideDone: (step, done) => commit((d) => ops.setGuideDone(d, step, done)),
    setTitle: (title, key) =>
      commit((d) => {
        d.title = title;
      }, key ?? null),
    setMeta: (fields, key) => commit((d) => ops.setMeta(d, fields), key ?? null),
  };
}
