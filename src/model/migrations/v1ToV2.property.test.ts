import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeErrors, loadBlueprintText } from '../load';
import { checkShape, validateReferences } from '../schema';
import { CURRENT_VERSION, type Blueprint } from '../types';
import type { JsonObject } from '../testing/json';
import { v1Document } from '../testing/v1Documents';
import { migrate } from './index';

/**
 * Property: every valid version-1 document opens as a valid current one, keeping everything it
 * had, and the upgraded document saves and reopens unchanged.
 */

function opened(text: string): Blueprint {
  const result = loadBlueprintText(text);
  if (!result.ok) throw new Error(describeErrors(result.errors));
  return result.value;
}

describe('migrating version-1 documents', () => {
  it('gives a valid current document that keeps everything the old one had', () => {
    fc.assert(
      fc.property(v1Document, (generated) => {
        const text = JSON.stringify(generated);
        // What a file holds: the document as JSON reads it back.
        const v1 = JSON.parse(text) as JsonObject & { meta?: JsonObject };
        const untouched = structuredClone(v1);
        expect(migrate(v1).ok).toBe(true);
        expect(v1, 'the migration works on a copy').toStrictEqual(untouched);
        const doc = opened(text);

        expect(doc.version).toBe(CURRENT_VERSION);
        expect(validateReferences(doc)).toEqual([]);
        const { format, version, meta, economics, improvements, guide, ...rest } = v1;
        void [format, version, economics, improvements, guide];
        expect(doc).toMatchObject(rest);
        expect(doc.meta).toMatchObject({ ...meta, scenarioStart: '', scenarioEnd: '' });
        expect('toleranceMin' in doc.meta).toBe(false);
        expect(doc.economics).toEqual({ currency: 'USD' });
        expect(doc.improvements).toEqual([]);
        expect(doc.guide).toEqual({ step: 1, done: [] });
        for (const step of doc.steps) {
          expect('selfService' in step).toBe(false);
          if (step.failPoint) expect('lostShare' in step.failPoint).toBe(false);
        }

        // The upgraded document is saved as the current version and reopens unchanged.
        const saved = JSON.stringify(doc);
        expect(opened(saved)).toStrictEqual(doc);
        expect(checkShape(JSON.parse(saved)).ok).toBe(true);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});
