/// <reference lib="webworker" />
import { createSnapshotArchive, indexedDbBackend, type SnapshotArchive } from './snapshots';
import { runCall, type SnapshotCall, type SnapshotReply } from './snapshotProtocol';

/**
 * The History versions' archive, run in a worker: reading, comparing and writing versions of a
 * 10,000-step blueprint (megabytes each, copied in and out of IndexedDB) takes tens of ms that
 * the page would otherwise stand still for.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const archive: SnapshotArchive = createSnapshotArchive(indexedDbBackend());

archive.subscribe((event) => scope.postMessage({ event } satisfies SnapshotReply));

scope.onmessage = async ({ data }: MessageEvent<SnapshotCall>) => {
  const result = await runCall(archive, data);
  scope.postMessage({ id: data.id, result } satisfies SnapshotReply);
};
