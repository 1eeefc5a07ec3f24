import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { readBlueprint, writeBlueprint, type LocalState } from '../src/collab';
import { largeBlueprint } from '../src/collab/testing/blueprints';
import { newEditKey, roomIdFor } from '../src/collab/roomKeys';
import { startRoomServer, type RoomServer, type RoomServerOptions } from './createRoomServer';
import { roomClient, until, type RoomClient } from './testing/roomClient';

let dataDir: string;
let server: RoomServer;
let logs: string[];
const clients: RoomClient[] = [];

async function start(options: Partial<RoomServerOptions> = {}) {
  server = await startRoomServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    log: (line) => logs.push(line),
    ...options,
  });
  return server;
}

function join_(roomId: string, token: string): RoomClient {
  const client = roomClient(server.url, roomId, token);
  clients.push(client);
  return client;
}

async function newRoom() {
  const key = newEditKey();
  return { key, id: await roomIdFor(key) };
}

function rawSocket(path = '/collab'): Promise<WebSocket> {
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}${path}`);
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

function closed(ws: WebSocket): Promise<number> {
  return new Promise((resolve) => ws.once('close', (code) => resolve(code)));
}

const VIEW: LocalState = { view: { x: 0, y: 0, zoom: 1 }, guideStep: 1 };

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'sbs-rooms-'));
  logs = [];
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('room server', () => {
  it('shares a blueprint between editors, both ways', async () => {
    await start();
    const room = await newRoom();
    const a = join_(room.id, room.key);
    const b = join_(room.id, room.key);
    await Promise.all([a.synced, b.synced]);
    const blueprint = largeBlueprint(300);
    writeBlueprint(a.doc, blueprint, null, 'test');
    await until(
      () => {
        const read = readBlueprint(b.doc, VIEW, null);
        return read.ok && read.value.steps.length === 300;
      },
      5000,
      'b to see 300 steps',
    );
    const read = readBlueprint(b.doc, VIEW, null);
    if (!read.ok) throw new Error('unreadable');
    const renamed = { ...read.value, title: 'Edited by b' };
    writeBlueprint(b.doc, renamed, read.value, 'test');
    await until(
      () => {
        const back = readBlueprint(a.doc, VIEW, null);
        return back.ok && back.value.title === 'Edited by b';
      },
      5000,
      'a to see the title',
    );
  });

  it('lets a view-only client watch and refuses its updates on the server', async () => {
    await start();
    const room = await newRoom();
    const editor = join_(room.id, room.key);
    const watcher = join_(room.id, 'view');
    await Promise.all([editor.synced, watcher.synced]);
    editor.doc.getMap('blueprint').set('title', 'from the editor');
    await until(() => watcher.doc.getMap('blueprint').get('title') === 'from the editor');

    // The watcher's document changes locally and its provider sends the update: refused.
    watcher.doc.getMap('blueprint').set('title', 'from the watcher');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(editor.doc.getMap('blueprint').get('title')).toBe('from the editor');
    const serverDoc = server.hocuspocus.documents.get(room.id);
    expect(serverDoc?.getMap('blueprint').get('title')).toBe('from the editor');
    // A latecomer gets the server's document, without the watcher's edit.
    const late = join_(room.id, room.key);
    await late.synced;
    expect(late.doc.getMap('blueprint').get('title')).toBe('from the editor');
  });

  it('treats a wrong edit key as view-only', async () => {
    await start();
    const room = await newRoom();
    const editor = join_(room.id, room.key);
    const impostor = join_(room.id, newEditKey());
    await Promise.all([editor.synced, impostor.synced]);
    impostor.doc.getMap('blueprint').set('title', 'hijacked');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(editor.doc.getMap('blueprint').get('title')).toBeUndefined();
  });

  it('keeps every room through a restart', async () => {
    await start({ storeDebounceMs: 10_000 });
    const room = await newRoom();
    const a = join_(room.id, room.key);
    await a.synced;
    writeBlueprint(a.doc, largeBlueprint(50), null, 'test');
    await until(
      () => (server.hocuspocus.documents.get(room.id)?.getMap('blueprint').size ?? 0) > 0,
    );
    for (const client of clients.splice(0)) client.destroy();
    // Closing writes open rooms at once, not after the (long) debounce.
    await server.close();
    await start();
    expect(server.storedRooms()).toBe(1);
    const b = join_(room.id, room.key);
    await b.synced;
    const read = readBlueprint(b.doc, VIEW, null);
    expect(read.ok && read.value.steps.length).toBe(50);
  });

  it('refuses a room id of an unknown format and logs it', async () => {
    await start();
    const client = join_('../../etc/passwd', newEditKey());
    expect(await client.refused).toBe('unknown-room');
    expect(logs.some((line) => line.includes('unknown room id format'))).toBe(true);
  });

  it('answers only /collab for rooms', async () => {
    await start();
    await expect(rawSocket('/elsewhere')).rejects.toThrow(/404/);
  });

  describe('bad input leaves the room and other clients unaffected', () => {
    async function roomInUse() {
      const room = await newRoom();
      const a = join_(room.id, room.key);
      const b = join_(room.id, room.key);
      await Promise.all([a.synced, b.synced]);
      return { room, a, b };
    }
    async function stillSyncing(a: RoomClient, b: RoomClient, value: string) {
      a.doc.getMap('blueprint').set('title', value);
      await until(
        () => b.doc.getMap('blueprint').get('title') === value,
        5000,
        'sync after bad input',
      );
    }

    it('an oversized message', async () => {
      await start({ maxMessageBytes: 64 * 1024 });
      const { a, b } = await roomInUse();
      const ws = await rawSocket();
      const code = closed(ws);
      ws.send(Buffer.alloc(200 * 1024, 7));
      expect(await code).toBe(1009);
      expect(logs.some((line) => /Max payload size exceeded/i.test(line))).toBe(true);
      await stillSyncing(a, b, 'after oversize');
    });

    it('garbage frames', async () => {
      await start();
      const { room, a, b } = await roomInUse();
      const ws = await rawSocket();
      const code = closed(ws);
      const garbage = [
        Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
        Buffer.from('not a yjs message at all'),
        // A valid room name followed by nonsense.
        Buffer.concat([
          Buffer.from([room.id.length]),
          Buffer.from(room.id),
          Buffer.from([9, 9, 9, 0xff]),
        ]),
      ];
      for (const frame of garbage) ws.send(frame);
      ws.send('text frame');
      expect(await code).toBeGreaterThan(0);
      await stillSyncing(a, b, 'after garbage');
      const served = server.hocuspocus.documents.get(room.id);
      expect(served?.getMap('blueprint').get('title')).toBe('after garbage');
    });

    it('a flood from one client is cut off', async () => {
      await start({ messageRate: { perSecond: 50, burst: 100 } });
      const { a, b } = await roomInUse();
      const ws = await rawSocket();
      const code = closed(ws);
      const update = Y.encodeStateAsUpdate(new Y.Doc());
      for (let i = 0; i < 2000; i += 1) ws.send(update);
      expect(await code).toBe(1008);
      expect(logs.some((line) => line.startsWith('rate limit'))).toBe(true);
      await stillSyncing(a, b, 'after flood');
    });
  });
});
