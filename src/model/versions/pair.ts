import { currentVersion, versionContent } from '../ops/versions';
import type { Blueprint, BlueprintVersion, VersionContent } from '../types';

export interface VersionSide {
  version: BlueprintVersion;
  content: VersionContent;
}

function side(doc: Blueprint, version: BlueprintVersion | undefined): VersionSide | undefined {
  const content = version && versionContent(doc, version.id);
  return version && content ? { version, content } : undefined;
}

/**
 * The as-is and the to-be the report compares: the one being edited, when it is of its kind;
 * else the first as-is and the last to-be. Undefined unless the blueprint has both kinds.
 */
export function asIsAndToBe(doc: Blueprint): { asIs: VersionSide; toBe: VersionSide } | undefined {
  const current = currentVersion(doc);
  const asIs = current?.kind === 'as-is' ? current : doc.versions.find((v) => v.kind === 'as-is');
  const toBe =
    current?.kind === 'to-be' ? current : doc.versions.findLast((v) => v.kind === 'to-be');
  const a = side(doc, asIs);
  const b = side(doc, toBe);
  return a && b ? { asIs: a, toBe: b } : undefined;
}

/**
 * The version the edited one is compared with by default: for a to-be, the first as-is; else
 * the first other version. Undefined with no other version.
 */
export function defaultBaseVersion(doc: Blueprint): BlueprintVersion | undefined {
  const current = currentVersion(doc);
  if (!current) return undefined;
  const others = doc.versions.filter((v) => v.id !== current.id);
  return (current.kind === 'to-be' && others.find((v) => v.kind === 'as-is')) || others[0];
}
