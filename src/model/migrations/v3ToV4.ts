import type { Migration } from './migration';

/**
 * Version 4 adds the emotion lane (lane kind `emotion`) and a feeling per step. Both are new and
 * optional, so a version 3 document needs nothing but its number raised.
 */
export const v3ToV4: Migration = {
  from: 3,
  up: (doc) => ({ ...doc }),
};
