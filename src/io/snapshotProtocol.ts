import type { SnapshotArchive, SnapshotEvent } from './snapshots';

/** The archive's calls that cross to the worker (documents go as text, made on the page). */
export type SnapshotMethod =
  'recordVersion' | 'listSnapshots' | 'readSnapshot' | 'deleteSnapshots' | 'copySnapshots';

export type SnapshotCall = {
  [M in SnapshotMethod]: { id: number; method: M; args: Parameters<SnapshotArchive[M]> };
}[SnapshotMethod];

/** A call's answer, or an event the archive emitted. */
export type SnapshotReply = { id: number; result: unknown } | { event: SnapshotEvent };

/** Runs a call on an archive (in the worker, or on the page when no worker could start). */
export function runCall(archive: SnapshotArchive, call: SnapshotCall): Promise<unknown> {
  switch (call.method) {
    case 'recordVersion':
      return archive.recordVersion(...call.args);
    case 'listSnapshots':
      return archive.listSnapshots(...call.args);
    case 'readSnapshot':
      return archive.readSnapshot(...call.args);
    case 'deleteSnapshots':
      return archive.deleteSnapshots(...call.args);
    case 'copySnapshots':
      return archive.copySnapshots(...call.args);
  }
}
