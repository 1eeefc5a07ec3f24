import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkShape, describeErrors, loadBlueprintText } from '../model';
import { createEditorStore, documentForSaving } from './createEditorStore';
import { editScript } from './testing/arbitraries';
import { startDocument, startDocumentName } from './testing/startDocuments';
import { play } from './testing/editScript';
import { fakeClock } from './testing/world';

/**
 * Property: after any edits, the saved file reads back as exactly the document that was saved
 * (the Save and Open path: documentForSaving → JSON → loadBlueprintText), and the document is
 * already in the schema's form (loading adds, drops and changes nothing).
 */

describe('save → load', () => {
  it('is the identity after any script of edits', () => {
    fc.assert(
      fc.property(startDocumentName, editScript(30), (start, script) => {
        const clock = fakeClock();
        const store = createEditorStore(startDocument(start), clock.now);
        for (const action of script) {
          play(store, clock, action);
        }
        const saved = documentForSaving(store.getState());
        const shaped = checkShape(saved);
        expect(shaped.ok && shaped.value).toStrictEqual(saved);

        const loaded = loadBlueprintText(JSON.stringify(saved, null, 2));
        if (!loaded.ok) throw new Error(describeErrors(loaded.errors));
        expect(loaded.value).toStrictEqual(saved);

        const reopened = createEditorStore(loaded.value, clock.now);
        expect(documentForSaving(reopened.getState())).toStrictEqual(saved);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
