import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Blueprint } from '../model';
import { createEditorStore } from './createEditorStore';
import { editScript } from './testing/arbitraries';
import { startDocument, startDocumentName } from './testing/startDocuments';
import { play } from './testing/editScript';
import { fakeClock } from './testing/world';

/**
 * Property: whatever was done (undos and redos included), undoing everything gives back the
 * starting document and redoing everything gives back the end document. Where the user is in
 * the guide is progress, not an edit: it stays as it was at the end.
 */

const atGuideStep = (doc: Blueprint, step: Blueprint['guide']['step']): Blueprint => ({
  ...doc,
  guide: { ...doc.guide, step },
});

describe('undo all, redo all', () => {
  it('undoing every edit gives the starting document; redoing them gives the end one', () => {
    fc.assert(
      fc.property(startDocumentName, editScript(30), (start, script) => {
        const clock = fakeClock();
        const startDoc = startDocument(start);
        const store = createEditorStore(startDoc, clock.now);
        for (const action of script) {
          play(store, clock, action);
        }
        const times = (n: number, move: () => void) => {
          for (let i = 0; i < n; i++) move();
        };
        const { undo, redo } = store.getState();
        const end = store.getState().doc;
        const guideStep = end.guide.step;
        const done = store.getState().history.past.length;
        const undone = store.getState().history.future.length;

        // The script may end with undos: redo them first to reach the newest document.
        times(undone, redo);
        const newest = store.getState().doc;
        times(done + undone, undo);
        expect(store.getState().history.past).toEqual([]);
        expect(store.getState().doc).toStrictEqual(atGuideStep(startDoc, guideStep));
        undo();
        expect(store.getState().doc).toStrictEqual(atGuideStep(startDoc, guideStep));

        times(done, redo);
        expect(store.getState().doc).toStrictEqual(end);
        times(undone, redo);
        expect(store.getState().history.future).toEqual([]);
        expect(store.getState().doc).toStrictEqual(newest);
        redo();
        expect(store.getState().doc).toStrictEqual(newest);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
