import type { Blueprint } from '../model';
import {
  createSnapshotArchive,
  indexedDbBackend,
  versionOf,
  type SnapshotArchive,
  type SnapshotEvent,
  type SnapshotHealth,
  type SnapshotList,
  type SnapshotRead,
  type SnapshotWrite,
} from './snapshots';
import {
  runCall,
  type SnapshotCall,
  type SnapshotMethod,
  type SnapshotReply,
} from './snapshotProtocol';

/**
 * The app's History archive. Its IndexedDB work runs in a worker (snapshotWorker.ts) so a big
 * blueprint's versions never hold up the page; the page only turns the document into text,
 * reusing each unchanged step's text. Where no worker can start (an old browser, the app opened
 * from a file:// page), the same archive runs here instead, and calls in flight are re-run on it.
 */
type Pending = { call: SnapshotCall; resolve: (value: unknown) => void };

const listeners = new Set<(event: SnapshotEvent) => void>();
let health: SnapshotHealth = 'unknown';
let worker: Worker | null = null;
let local: SnapshotArchive | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function emit(event: SnapshotEvent): void {
  if (event.kind === 'health') health = event.health;
  for (const listener of listeners) listener(event);
}

function inThisPage(): SnapshotArchive {
  if (!local) {
    local = createSnapshotArchive(indexedDbBackend());
    local.subscribe(emit);
  }
  return local;
}

const runHere = (call: SnapshotCall) => runCall(inThisPage(), call);

/** The worker, started on first use; null once it could not start. */
function theWorker(): Worker | null {
  if (worker || local) return worker;
  try {
    worker = new Worker(new URL('./snapshotWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  worker.onmessage = ({ data }: MessageEvent<SnapshotReply>) => {
    if ('event' in data) return emit(data.event);
    const call = pending.get(data.id);
    pending.delete(data.id);
    call?.resolve(data.result);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker?.terminate();
    worker = null;
    inThisPage();
    const waiting = [...pending.values()];
    pending.clear();
    for (const { call, resolve } of waiting) void runHere(call).then(resolve);
  };
  return worker;
}

function call<M extends SnapshotMethod>(
  method: M,
  args: Extract<SnapshotCall, { method: M }>['args'],
): Promise<unknown> {
  const message = { id: nextId++, method, args } as SnapshotCall;
  const target = theWorker();
  if (!target) return runHere(message);
  return new Promise((resolve) => {
    pending.set(message.id, { call: message, resolve });
    target.postMessage(message);
  });
}

export const recordSnapshot = (blueprintId: string, doc: Blueprint, now = Date.now()) =>
  call('recordVersion', [blueprintId, versionOf(doc), now]) as Promise<SnapshotWrite>;
export const listSnapshots = (blueprintId: string) =>
  call('listSnapshots', [blueprintId]) as Promise<SnapshotList>;
export const readSnapshot = (blueprintId: string, at: number) =>
  call('readSnapshot', [blueprintId, at]) as Promise<SnapshotRead>;
export const deleteSnapshots = (blueprintId: string) =>
  call('deleteSnapshots', [blueprintId]) as Promise<SnapshotWrite>;
export const copySnapshots = (fromId: string, toId: string, now = Date.now()) =>
  call('copySnapshots', [fromId, toId, now]) as Promise<SnapshotWrite>;

/** Whether the last read or write worked ('unknown' before the first). */
export const snapshotHealth = (): SnapshotHealth => health;

/** Tells `listener` when a blueprint's list or the health changes; returns the unsubscribe. */
export function subscribeSnapshots(listener: (event: SnapshotEvent) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
