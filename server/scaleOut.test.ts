import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { readBlueprint, writeBlueprint, type LocalState } from '../src/collab';
import { largeBlueprint } from '../src/collab/testing/blueprints';
import { newEditKey, roomIdFor } from '../src/collab/roomKeys';
import { startRedis, startServerProcess, type Started } from './testing/processes';
import { roomClient, until, type RoomClient } from './testing/roomClient';

/** Two server processes, one Redis, one room: a client on each sees the other's edits. */

let redis: Started;
let servers: Started[] = [];
const clients: RoomClient[] = [];
let dataDir: string;

const VIEW: LocalState = { view: { x: 0, y: 0, zoom: 1 }, guideStep: 1 };
const url = (server: Started) => `ws://127.0.0.1:${server.port}/collab`;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sbs-scale-'));
  redis = await startRedis();
  servers = await Promise.all([
    startServerProcess({ dataDir, redisPort: redis.port }),
    startServerProcess({ dataDir, redisPort: redis.port }),
  ]);
}, 60_000);

afterAll(async () => {
  for (const client of clients) client.destroy();
  await Promise.all(servers.map((server) => server.stop()));
  await redis?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('scale-out through Redis', () => {
  it('carries edits between clients on different server processes', async () => {
    const key = newEditKey();
    const roomId = await roomIdFor(key);
    const [first, second] = servers as [Started, Started];
    const a = roomClient(url(first), roomId, key);
    const b = roomClient(url(second), roomId, key);
    clients.push(a, b);
    await Promise.all([a.synced, b.synced]);

    const blueprint = largeBlueprint(40);
    writeBlueprint(a.doc, blueprint, null, 'test');
    await until(
      () => {
        const read = readBlueprint(b.doc, VIEW, null);
        return read.ok && read.value.steps.length === 40;
      },
      10_000,
      "the second process to carry the first one's steps",
    );

    const read = readBlueprint(b.doc, VIEW, null);
    if (!read.ok) throw new Error('unreadable');
    writeBlueprint(b.doc, { ...read.value, title: 'From the other process' }, read.value, 'test');
    await until(
      () => {
        const back = readBlueprint(a.doc, VIEW, null);
        return back.ok && back.value.title === 'From the other process';
      },
      10_000,
      'the edit to cross back',
    );
  }, 30_000);
});
