import { createStore } from 'zustand/vanilla';
import { ops, type Blueprint, type BlueprintVersion } from '../model';
import { defaultBaseVersion, versionChanges, type VersionChanges } from '../model/versions';

/**
 * Whether the canvas shows what changed from another version to the one edited, and from
 * which. Only looked at: never part of the document or its history.
 */
export interface VersionChangesState {
  showing: boolean;
  /** The version compared with; null for the default (the as-is, for a to-be). */
  baseId: string | null;
}

export const versionChangesStore = createStore<VersionChangesState>()(() => ({
  showing: false,
  baseId: null,
}));

export function showVersionChanges(showing: boolean): void {
  versionChangesStore.setState({ showing });
}

export function compareWithVersion(baseId: string): void {
  versionChangesStore.setState({ baseId, showing: true });
}

/** The version the edited one is compared with: the chosen one while it exists, else the default. */
export function baseVersion(doc: Blueprint, baseId: string | null): BlueprintVersion | undefined {
  const chosen = doc.versions.find((v) => v.id === baseId && v.id !== doc.meta.versionId);
  return chosen ?? defaultBaseVersion(doc);
}

let last: { doc: Blueprint; baseId: string; result: VersionChanges } | undefined;

/** What changed from the base version to the one edited, worked out once per edit. */
export function changesOf(doc: Blueprint, base: BlueprintVersion): VersionChanges | undefined {
  const before = base.content;
  if (!before) return undefined;
  if (last?.doc !== doc || last.baseId !== base.id)
    last = { doc, baseId: base.id, result: versionChanges(before, ops.currentContent(doc)) };
  return last.result;
}
