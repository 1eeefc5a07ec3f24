import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';

/**
 * Every room's Yjs state in one SQLite file (`<dataDir>/rooms.sqlite`), in WAL mode. One row per
 * room. A save merges the new state into the stored one rather than replacing it, so server
 * processes sharing the file (scale-out) can never overwrite each other's edits with an older
 * state: Yjs updates merge in any order to the same document.
 */
export interface RoomStore {
  load(roomId: string): Uint8Array | null;
  save(roomId: string, state: Uint8Array): void;
  roomCount(): number;
  close(): void;
}

export function openRoomStore(dataDir: string): RoomStore {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'rooms.sqlite'));
  // Two processes opening a new file at once both hold a read lock while asking to switch it to
  // WAL; SQLite answers one of them "busy" at once rather than waiting, so the opening is retried.
  retryWhileBusy(() => {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec(`CREATE TABLE IF NOT EXISTS rooms (
      id TEXT PRIMARY KEY,
      state BLOB NOT NULL,
      updated_at INTEGER NOT NULL
    )`);
  });
  const select = db.prepare<[string], { state: Buffer }>('SELECT state FROM rooms WHERE id = ?');
  const upsert = db.prepare<[string, Buffer, number]>(
    `INSERT INTO rooms (id, state, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
  );
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM rooms');
  // IMMEDIATE takes the write lock before reading, so two processes saving one room wait for each
  // other instead of one failing at once when its read is older than the other's write.
  const saveMerged = db.transaction((roomId: string, state: Uint8Array) => {
    const stored = select.get(roomId);
    upsert.run(roomId, Buffer.from(stored ? merged(stored.state, state) : state), Date.now());
  });
  return {
    load(roomId) {
      const row = select.get(roomId);
      return row ? new Uint8Array(row.state) : null;
    },
    save(roomId, state) {
      saveMerged.immediate(roomId, state);
    },
    roomCount() {
      return count.get()?.n ?? 0;
    },
    close() {
      db.close();
    },
  };
}

const BUSY_RETRY_MS = 50;
const BUSY_GIVE_UP_MS = 10_000;

function isBusy(error: unknown): boolean {
  return error instanceof Database.SqliteError && error.code.startsWith('SQLITE_BUSY');
}

function retryWhileBusy(work: () => void): void {
  const giveUpAt = Date.now() + BUSY_GIVE_UP_MS;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      return work();
    } catch (error) {
      if (!isBusy(error) || Date.now() > giveUpAt) throw error;
      Atomics.wait(pause, 0, 0, BUSY_RETRY_MS);
    }
  }
}

function merged(stored: Uint8Array, incoming: Uint8Array): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, stored);
  Y.applyUpdate(doc, incoming);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}
