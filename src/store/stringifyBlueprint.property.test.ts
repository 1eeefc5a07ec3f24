import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringifyBlueprint } from '../model';
import { createEditorStore, documentForSaving } from './createEditorStore';
import { editScript } from './testing/arbitraries';
import { startDocument, startDocumentName } from './testing/startDocuments';
import { play } from './testing/editScript';
import { fakeClock } from './testing/world';

/**
 * Property: the autosave's incremental serialiser writes, after every edit of any script, exactly
 * the text JSON.stringify writes — the text it reuses for unchanged steps is never stale.
 */
describe('stringifyBlueprint', () => {
  it('equals JSON.stringify after every edit of any script', () => {
    fc.assert(
      fc.property(startDocumentName, editScript(20), (start, script) => {
        const clock = fakeClock();
        const store = createEditorStore(startDocument(start), clock.now);
        for (const action of script) {
          play(store, clock, action);
          const saved = documentForSaving(store.getState());
          expect(stringifyBlueprint(saved)).toBe(JSON.stringify(saved));
        }
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('writes a mutable (unfrozen) document afresh each time', () => {
    const store = createEditorStore(startDocument('coffee-shop-order.blueprint.json'));
    const doc = structuredClone(documentForSaving(store.getState()));
    const before = stringifyBlueprint(doc);
    expect(before).toBe(JSON.stringify(doc));
    if (doc.steps[0]) doc.steps[0].label = 'changed in place';
    expect(stringifyBlueprint(doc)).toBe(JSON.stringify(doc));
    expect(stringifyBlueprint(doc)).not.toBe(before);
  });
});
