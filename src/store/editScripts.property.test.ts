import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeErrors, loadBlueprint, type Blueprint } from '../model';
import { createEditorStore, type EditorStore } from './createEditorStore';
import { HISTORY_LIMIT } from './history';
import { editScript } from './testing/arbitraries';
import { startDocument, startDocumentName } from './testing/startDocuments';
import { addsToMissingLane, play } from './testing/editScript';
import { fakeClock } from './testing/world';

/** Property: no sequence of edits, however odd its arguments, leaves an invalid document. */

function problems(doc: Blueprint): string {
  const result = loadBlueprint(doc);
  return result.ok ? '' : describeErrors(result.errors);
}

function danglingSelection(state: EditorStore): string[] {
  const steps = new Set(state.doc.steps.map((s) => s.id));
  const flows = new Set(state.doc.flows.map((f) => f.id));
  return [
    ...state.selection.steps.filter((id) => !steps.has(id)),
    ...state.selection.flows.filter((id) => !flows.has(id)),
    ...(state.editingStepId && !steps.has(state.editingStepId) ? [state.editingStepId] : []),
  ];
}

describe('any script of edits, undos and redos', () => {
  it('keeps the document valid, and the selection on things that exist, after every action', () => {
    fc.assert(
      fc.property(startDocumentName, editScript(30), (start, script) => {
        const clock = fakeClock();
        const store = createEditorStore(startDocument(start), clock.now);
        for (const action of script) {
          const before = store.getState();
          play(store, clock, action);
          // A step for a lane that is not there is refused, changing nothing.
          if (addsToMissingLane(before.doc, action)) expect(store.getState()).toBe(before);
          const state = store.getState();
          expect(problems(state.doc), action.kind).toBe('');
          expect(danglingSelection(state), action.kind).toEqual([]);
          expect(state.history.past.length).toBeLessThanOrEqual(HISTORY_LIMIT);
          expect(state.revision).toBeGreaterThanOrEqual(before.revision);
        }
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
