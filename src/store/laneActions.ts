import type { Draft } from 'immer';
import { ops, type Blueprint } from '../model';

/** Lane edits that leave the selection alone: each is one named, undoable edit. */
export interface LaneActions {
  renameLane(id: string, label: string, coalesceKey?: string): void;
  resizeLane(id: string, height: number, coalesceKey?: string): void;
  setLaneHidden(id: string, hidden: boolean): void;
  addLane(label: string, index?: number): string;
  moveLane(id: string, toIndex: number): void;
  relabelStandardLanes(from: ops.LaneNames, to: ops.LaneNames): void;
  /** The emotion lane under the customer actions (one at most); returns its id. */
  addEmotionLane(label: string): string;
}

type Commit = (recipe: (doc: Draft<Blueprint>) => void, coalesceKey?: string | null) => void;

/** The actions, on the store's `commit` (refused when read-only, recorded for undo). */
export function laneActions(commit: Commit, getDoc: () => Blueprint): LaneActions {
  return {
    renameLane: (id, label, key) => commit((d) => ops.renameLane(d, id, label), key ?? null),
    resizeLane: (id, height, key) => commit((d) => ops.resizeLane(d, id, height), key ?? null),
    setLaneHidden(id, hidden) {
      commit((d) => ops.setLaneHidden(d, id, hidden));
    },
    addLane(label, index) {
      let id = '';
      commit((d) => {
        id = ops.addLane(d, label, index);
      });
      return id;
    },
    moveLane: (id, toIndex) => commit((d) => ops.moveLane(d, id, toIndex)),
    relabelStandardLanes: (from, to) => commit((d) => ops.relabelStandardLanes(d, from, to)),
    addEmotionLane(label) {
      let id = '';
      commit((d) => {
        id = ops.addEmotionLane(d, label);
      });
      return id || (getDoc().lanes.find((l) => l.kind === 'emotion')?.id ?? '');
    },
  };
}
