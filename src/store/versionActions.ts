import type { Draft } from 'immer';
import { ops, type Blueprint, type VersionKind } from '../model';

/** Names the UI gives new versions, in the user's language. */
export interface VersionNames {
  /** The drawing so far, when the blueprint had no versions yet. */
  asIs: string;
  toBe: string;
  copy: string;
}

/**
 * Versions of the blueprint (as-is, to-be…): each an undoable edit. Switching changes which
 * drawing the document holds, so it also clears the selection.
 */
export interface VersionActions {
  /** Makes a to-be with the planned and done improvements applied and switches to it. */
  makeToBe(names: VersionNames): { id: string; applied: string[] } | undefined;
  /** Copies the version edited as a new one (of the same kind) and switches to it. */
  copyVersion(names: VersionNames): string;
  switchVersion(id: string): void;
  renameVersion(id: string, name: string, coalesceKey?: string): void;
  setVersionKind(id: string, kind: VersionKind): void;
  deleteVersion(id: string): void;
}

type Commit = (recipe: (doc: Draft<Blueprint>) => void, coalesceKey?: string | null) => void;

export function versionActions(
  commit: Commit,
  now: () => number,
  getDoc: () => Blueprint,
  clearSelection: () => void,
): VersionActions {
  const spec = (names: VersionNames, name: string, kind: VersionKind): ops.NewVersion => ({
    firstName: names.asIs,
    firstKind: 'as-is',
    name,
    kind,
    createdAt: new Date(now()).toISOString(),
  });
  const switching = (edit: (d: Draft<Blueprint>) => void) => {
    const before = getDoc().meta.versionId;
    commit(edit);
    if (getDoc().meta.versionId !== before) clearSelection();
  };
  return {
    makeToBe(names) {
      let made: { id: string; applied: string[] } | undefined;
      switching((d) => {
        made = ops.makeToBe(d, spec(names, names.toBe, 'to-be'));
      });
      return made;
    },
    copyVersion(names) {
      let id = '';
      const kind = ops.currentVersion(getDoc())?.kind ?? 'as-is';
      switching((d) => {
        id = ops.copyVersion(d, spec(names, names.copy, kind));
      });
      return id;
    },
    switchVersion: (id) => switching((d) => ops.switchVersion(d, id)),
    renameVersion: (id, name, key) => commit((d) => ops.renameVersion(d, id, name), key ?? null),
    setVersionKind: (id, kind) => commit((d) => ops.setVersionKind(d, id, kind)),
    deleteVersion: (id) => commit((d) => ops.deleteVersion(d, id)),
  };
}
