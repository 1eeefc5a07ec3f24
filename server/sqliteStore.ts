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
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`CREATE TABLE IF NOT EXISTS rooms (
    id TEXT PRIMARY KEY,
    state BLOB NOT NULL,
    updated_at INTEGER NOT NULL
  )`);
  const select = db.prepare<[string], { state: Buffer }>('SELECT state FROM rooms WHERE id = ?');
  const upsert = db.prepare<[string, Buffer, number]>(
    `INSERT INTO rooms (id, state, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
  );
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM rooms');
  return {
    load(roomId) {
      const row = select.get(roomId);
      return row ? new Uint8Array(row.state) : null;
    },
    save: db.transaction((roomId: string, state: Uint8Array) => {
      const stored = select.get(roomId);
      upsert.run(roomId, Buffer.from(stored ? merged(stored.state, state) : state), Date.now());
    }),
    roomCount() {
      return count.get()?.n ?? 0;
    },
    close() {
      db.close();
    },
  };
}

function merged(stored: Uint8Array, incoming: Uint8Array): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, stored);
  Y.applyUpdate(doc, incoming);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}
