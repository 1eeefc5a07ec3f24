import type { Migration } from './migration';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Version 2 adds the guide and the numbers behind it: scenario start/end and an overall
 * tolerance in `meta`, `economics`, `improvements`, `guide`, and per fail point `lostShare`.
 * A version 1 document had none of these, so they start empty; nothing is taken away.
 */
export const v1ToV2: Migration = {
  from: 1,
  up(doc) {
    const out: Record<string, unknown> = {
      ...doc,
      economics: doc.economics ?? { currency: 'USD' },
      improvements: doc.improvements ?? [],
      guide: doc.guide ?? { step: 1, done: [] },
    };
    // A missing meta is filled in by the schema's defaults. A meta that is not an object is
    // left as it is, so that loading reports it instead of the migration replacing it.
    const meta = doc.meta;
    if (isObject(meta)) {
      out.meta = {
        ...meta,
        scenarioStart: meta.scenarioStart ?? '',
        scenarioEnd: meta.scenarioEnd ?? '',
      };
    }
    return out;
  },
};
