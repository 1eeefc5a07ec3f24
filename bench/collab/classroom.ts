import * as Y from 'yjs';
import { writeBlueprint } from '../../src/collab';
import { largeBlueprint } from '../../src/collab/testing/blueprints';
import { newEditKey, roomIdFor } from '../../src/collab/roomKeys';
import type { Blueprint } from '../../src/model';
import { roomClient, until, type RoomClient } from '../../server/testing/roomClient';
import { lightClient, type LightClient } from './lightClient';

/**
 * One simulated classroom: a 300-step room and its students relabelling steps at a class's
 * pace. The first `fullClients` are whole Hocuspocus clients (provider, Y.Doc kept current):
 * they measure latency and are checked for identical documents. The rest may be light clients
 * (see lightClient.ts) that load the server as much but not this process. Every label written
 * carries a marker (`room:client:edit:keystroke`), so a client can tell when another's edit
 * reaches it.
 */

export const ROOM_STEPS = 300;
const EDIT_EVERY_MS = 2000;
const KEYSTROKE_MS = 100;
/** One edit in five is a typing burst of 5–8 keystrokes. */
const BURST_SHARE = 0.2;
/** One edit in ten goes to one of a few steps everyone edits (the same field at once). */
const HOT_SHARE = 0.1;
const HOT_STEPS = 5;

export interface Sent {
  marker: string;
  stepId: string;
  client: number;
  at: number;
  /** Full clients other than the writer that have seen this label. */
  seenBy: Set<number>;
  lastSeenAt: number;
  /** The last keystroke of its edit (what the label should end as, unless overwritten). */
  final: boolean;
}

export interface Classroom {
  roomId: string;
  editKey: string;
  /** The full clients. */
  clients: RoomClient[];
  /** Everyone's document (the light clients' ones are their own edits on the first state). */
  students: Y.Doc[];
  sent: Map<string, Sent>;
  /** Per step: the markers written to it, in the order they were sent. */
  writes: Map<string, string[]>;
  start(durationMs: number): Promise<void>;
  destroy(): void;
}

export function stepsOf(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap('blueprint').get('steps') as Y.Map<Y.Map<unknown>>;
}

function stepCount(doc: Y.Doc): number {
  const steps = doc.getMap('blueprint').get('steps');
  return steps instanceof Y.Map ? steps.size : 0;
}

function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function openClassroom(
  url: string,
  index: number,
  students: number,
  fullClients = students,
): Promise<Classroom> {
  const editKey = newEditKey();
  const roomId = await roomIdFor(editKey);
  const sent = new Map<string, Sent>();
  const writes = new Map<string, string[]>();
  const clients: RoomClient[] = [];
  const light: LightClient[] = [];

  const teacher = roomClient(url, roomId, editKey);
  await teacher.synced;
  const seed: Blueprint = largeBlueprint(ROOM_STEPS);
  writeBlueprint(teacher.doc, seed, null, 'seed');
  clients.push(teacher);
  for (let i = 1; i < fullClients; i++) clients.push(roomClient(url, roomId, editKey));
  await Promise.all(clients.map((c) => c.synced));
  await until(
    () => clients.every((c) => stepCount(c.doc) === ROOM_STEPS),
    60_000,
    'every student to have the room',
  );
  for (let i = fullClients; i < students; i++)
    light.push(lightClient(url, roomId, editKey, `Student ${i}`));
  await Promise.all(light.map((c) => c.ready));
  const docs = [...clients.map((c) => c.doc), ...light.map((c) => c.doc)];

  clients.forEach((client, clientIndex) => {
    client.provider.awareness?.setLocalState({ name: `Student ${clientIndex}`, role: 'editor' });
    stepsOf(client.doc).observeDeep((events) => {
      const now = performance.now();
      for (const event of events) {
        if (!(event instanceof Y.YMapEvent) || !event.keysChanged.has('label')) continue;
        const label = (event.target as Y.Map<unknown>).get('label');
        const record = typeof label === 'string' ? sent.get(label) : undefined;
        if (!record || record.client === clientIndex || record.seenBy.has(clientIndex)) continue;
        record.seenBy.add(clientIndex);
        record.lastSeenAt = now;
      }
    });
  });

  async function student(clientIndex: number, endAt: number) {
    const doc = docs[clientIndex]!;
    const next = random(index * 1000 + clientIndex + 1);
    let base: Blueprint = seed;
    let editNo = 0;
    await wait(next() * EDIT_EVERY_MS);
    while (performance.now() < endAt) {
      const started = performance.now();
      // Only full clients write the shared steps: a light client never sees others' edits, so
      // its writes there would all be concurrent with theirs, which no real student's are.
      const hot = clientIndex < fullClients && next() < HOT_SHARE;
      const ownSteps = Math.floor((ROOM_STEPS - HOT_STEPS) / students) * students;
      const stepIndex = hot
        ? Math.floor(next() * HOT_STEPS)
        : HOT_STEPS + ((clientIndex + editNo * students) % ownSteps);
      const stepId = `s${stepIndex}`;
      const keystrokes = next() < BURST_SHARE ? 5 + Math.floor(next() * 4) : 1;
      for (let k = 0; k < keystrokes; k++) {
        const marker = `${index}:${clientIndex}:${editNo}:${k}`;
        const edited: Blueprint = {
          ...base,
          steps: base.steps.map((s) => (s.id === stepId ? { ...s, label: marker } : s)),
        };
        const record: Sent = {
          marker,
          stepId,
          client: clientIndex,
          at: performance.now(),
          seenBy: new Set(),
          lastSeenAt: 0,
          final: k === keystrokes - 1,
        };
        sent.set(marker, record);
        const list = writes.get(stepId) ?? [];
        list.push(marker);
        writes.set(stepId, list);
        writeBlueprint(doc, edited, base, 'local');
        base = edited;
        if (k < keystrokes - 1) await wait(KEYSTROKE_MS);
      }
      editNo += 1;
      await wait(Math.max(0, EDIT_EVERY_MS - (performance.now() - started)));
    }
  }

  return {
    roomId,
    editKey,
    clients,
    students: docs,
    sent,
    writes,
    async start(durationMs) {
      const end = performance.now() + durationMs;
      await Promise.all(docs.map((_, i) => student(i, end)));
    },
    destroy() {
      for (const client of clients) client.destroy();
      for (const client of light) client.destroy();
    },
  };
}
