import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openRoomStore } from './sqliteStore';

/** Several server processes sharing one rooms.sqlite (scale-out), started at the same moment. */

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function writer(dataDir: string, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'server/testing/storeWriter.ts', dataDir, name],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(name) : reject(new Error(`writer ${name} exited ${code}:\n${output}`)),
    );
  });
}

describe('the room store shared by processes', () => {
  it('opens a new file from many processes at once and keeps every one of their saves', async () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f'];
    for (let round = 0; round < 3; round += 1) {
      const dataDir = mkdtempSync(join(tmpdir(), 'sbs-store-'));
      folders.push(dataDir);
      await Promise.all(names.map((name) => writer(dataDir, name)));

      const store = openRoomStore(dataDir);
      const state = store.load('shared-room');
      store.close();
      expect(state).not.toBeNull();
      const doc = new Y.Doc();
      Y.applyUpdate(doc, state ?? new Uint8Array());
      expect([...doc.getMap('writers').keys()].sort()).toEqual(names);
    }
  }, 60_000);
});
