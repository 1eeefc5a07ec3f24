import WebSocket from 'ws';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';

/**
 * A student's laptop as the server sees it, without its CPU: a real WebSocket speaking the
 * Hocuspocus protocol that authenticates, takes the room once, then sends its own edits and
 * presence and lets everything the server fans out to it arrive (read off the socket, not
 * applied). The server's load is a full client's; the bench process is spared 800 replicas.
 */

const SYNC = 0;
const AWARENESS = 1;
const AUTH = 2;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;
const AUTH_TOKEN = 0;

function varUint(value: number, out: number[]): void {
  let n = value;
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
}

function frame(parts: (number | string | Uint8Array)[]): Uint8Array {
  const out: number[] = [];
  for (const part of parts) {
    if (typeof part === 'number') varUint(part, out);
    else {
      const bytes = typeof part === 'string' ? new TextEncoder().encode(part) : part;
      varUint(bytes.length, out);
      for (const byte of bytes) out.push(byte);
    }
  }
  return Uint8Array.from(out);
}

function reader(bytes: Uint8Array) {
  let at = 0;
  const uint = () => {
    let value = 0;
    let shift = 1;
    for (;;) {
      const byte = bytes[at++]!;
      value += (byte & 0x7f) * shift;
      if (byte < 0x80) return value;
      shift *= 128;
    }
  };
  const chunk = () => {
    const length = uint();
    const part = bytes.subarray(at, at + length);
    at += length;
    return part;
  };
  return { uint, chunk };
}

export interface LightClient {
  doc: Y.Doc;
  ready: Promise<void>;
  destroy(): void;
}

export function lightClient(url: string, roomId: string, token: string, name: string): LightClient {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  const ws = new WebSocket(url);
  let loaded = false;
  let onReady!: () => void;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  const send = (bytes: Uint8Array) => {
    if (ws.readyState === WebSocket.OPEN) ws.send(bytes);
  };

  ws.on('open', () => {
    send(frame([roomId, AUTH, AUTH_TOKEN, token]));
    send(frame([roomId, SYNC, SYNC_STEP_1, Y.encodeStateVector(doc)]));
  });
  ws.on('message', (data: Buffer) => {
    if (loaded) return;
    const read = reader(new Uint8Array(data));
    read.chunk(); // room name
    if (read.uint() !== SYNC || read.uint() !== SYNC_STEP_2) return;
    Y.applyUpdate(doc, read.chunk(), 'server');
    loaded = true;
    awareness.setLocalState({ name, role: 'editor' });
    onReady();
  });
  ws.on('error', () => undefined);
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'server') send(frame([roomId, SYNC, SYNC_UPDATE, update]));
  });
  awareness.on('update', ({ added, updated }: { added: number[]; updated: number[] }) => {
    const changed = [...added, ...updated];
    if (changed.length) send(frame([roomId, AWARENESS, encodeAwarenessUpdate(awareness, changed)]));
  });
  return {
    doc,
    ready,
    destroy() {
      awareness.destroy();
      ws.close();
      doc.destroy();
    },
  };
}
