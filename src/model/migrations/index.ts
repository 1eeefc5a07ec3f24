import { CURRENT_VERSION } from '../types';
import type { Migration } from './migration';
import { v1ToV2 } from './v1ToV2';
import { v2ToV3 } from './v2ToV3';
import { v3ToV4 } from './v3ToV4';

export type { Migration } from './migration';

/** When the format changes, add `{ from: N, up }` here, bump CURRENT_VERSION and add a fixture test. */
export const migrations: readonly Migration[] = [v1ToV2, v2ToV3, v3ToV4];

export type MigrationResult =
  { ok: true; value: Record<string, unknown> } | { ok: false; path: string; message: string };

export function migrate(
  doc: Record<string, unknown>,
  target: number = CURRENT_VERSION,
  steps: readonly Migration[] = migrations,
): MigrationResult {
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, path: 'version', message: 'must be a whole number from 1 up' };
  }
  if (version > target) {
    return {
      ok: false,
      path: 'version',
      message: `this file is format version ${version}, made by a newer Service Blueprint Studio; this editor reads versions up to ${target}`,
    };
  }
  let current = doc;
  for (let v = version; v < target; v++) {
    const step = steps.find((m) => m.from === v);
    if (!step) return { ok: false, path: 'version', message: `no migration from version ${v}` };
    current = { ...step.up(current), version: v + 1 };
  }
  return { ok: true, value: current };
}
