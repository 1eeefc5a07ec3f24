import type { Migration } from './migration';

/**
 * Version 3 adds review comments. A version 2 document had none, so the list starts empty;
 * a `comments` field a v2 file carried as an unknown extra is kept for the schema to judge.
 */
export const v2ToV3: Migration = {
  from: 2,
  up(doc) {
    return { ...doc, comments: doc.comments ?? [] };
  },
};
