import type { Migration } from './migration';

/**
 * Version 4 adds the emotion lane (lane kind `emotion`), a feeling per step, and personas with
 * the one the blueprint is for (`meta.personaId`). A version 3 document had none: its persona
 * list starts empty; a `personas` field it carried as an unknown extra is kept for the checks.
 */
export const v3ToV4: Migration = {
  from: 3,
  up: (doc) => ({ ...doc, personas: doc.personas ?? [] }),
};
