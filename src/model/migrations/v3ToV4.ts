import type { Migration } from './migration';

/**
 * Version 4 adds the emotion lane (lane kind `emotion`), a feeling per step, personas with the
 * one the blueprint is for (`meta.personaId`), and versions (as-is, to-be) with the one edited
 * (`meta.versionId`). A version 3 document had none: its persona and version lists start empty;
 * a `personas` or `versions` field it carried as an unknown extra is kept for the checks.
 */
export const v3ToV4: Migration = {
  from: 3,
  up: (doc) => ({ ...doc, personas: doc.personas ?? [], versions: doc.versions ?? [] }),
};
