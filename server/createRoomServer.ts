import { createServer, type IncomingMessage, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { Hocuspocus, type Extension, type onAuthenticatePayload } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { canEdit, isRoomId } from '../src/collab/roomKeys';
import { tokenBucket } from './rateLimit';
import { openRoomStore, type RoomStore } from './sqliteStore';
import { staticFiles } from './staticFiles';

/**
 * The room server: Hocuspocus (a maintained Yjs server) behind our own HTTP and WebSocket
 * front door, which takes rooms only on `/collab`, refuses oversized messages and cuts off a
 * flooding client before Hocuspocus sees it. Rooms persist to SQLite; with `redis`, several
 * processes serve one room through Hocuspocus's Redis extension.
 */

export interface RoomServerOptions {
  port: number;
  host: string;
  /** The folder for `rooms.sqlite`. */
  dataDir: string;
  redis?: { host: string; port: number } | null;
  /** Serve a built editor from this folder too. */
  staticDir?: string | null;
  /** Largest message accepted, in bytes. */
  maxMessageBytes?: number;
  /** Per connection: messages per second (sustained) and in one burst. */
  messageRate?: { perSecond: number; burst: number };
  /** Per connection: bytes per second (sustained) and in one burst. */
  byteRate?: { perSecond: number; burst: number };
  /** How long after the last edit a room is written to SQLite. */
  storeDebounceMs?: number;
  log?: (line: string) => void;
}

export interface RoomServer {
  /** ws://host:port/collab */
  url: string;
  port: number;
  hocuspocus: Hocuspocus;
  /** Rooms stored in SQLite. */
  storedRooms(): number;
  /** Closes every connection, writes every open room, stops listening. */
  close(): Promise<void>;
}

export const COLLAB_PATH = '/collab';
const DEFAULTS = {
  maxMessageBytes: 4 * 1024 * 1024,
  messageRate: { perSecond: 200, burst: 600 },
  byteRate: { perSecond: 4 * 1024 * 1024, burst: 16 * 1024 * 1024 },
  storeDebounceMs: 500,
};
/** WebSocket close code for a policy violation (RFC 6455). */
const POLICY_VIOLATION = 1008;

function sqliteExtension(store: RoomStore): Extension {
  return new Database({
    fetch: async ({ documentName }) => store.load(documentName),
    store: async ({ documentName, state }) => store.save(documentName, state),
  });
}

function peer(request: IncomingMessage): string {
  return request.socket.remoteAddress ?? 'unknown';
}

function refuseUpgrade(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

export async function startRoomServer(options: RoomServerOptions): Promise<RoomServer> {
  const log = options.log ?? ((line: string) => console.log(`[room-server] ${line}`));
  const maxMessageBytes = options.maxMessageBytes ?? DEFAULTS.maxMessageBytes;
  const messageRate = options.messageRate ?? DEFAULTS.messageRate;
  const byteRate = options.byteRate ?? DEFAULTS.byteRate;
  const store = openRoomStore(options.dataDir);

  const extensions: Extension[] = [sqliteExtension(store)];
  if (options.redis) {
    extensions.push(
      new Redis({
        host: options.redis.host,
        port: options.redis.port,
        // ioredis's ready check sends INFO, which a connection already subscribing refuses
        // ("Connection in subscriber mode"): the subscription of a room opened right after
        // start was then lost, and edits stopped crossing between processes.
        options: { enableReadyCheck: false },
      }),
    );
  }

  const hocuspocus = new Hocuspocus({
    quiet: true,
    debounce: options.storeDebounceMs ?? DEFAULTS.storeDebounceMs,
    maxDebounce: 5000,
    extensions,
    async onAuthenticate({
      documentName,
      token,
      connectionConfig,
      request,
    }: onAuthenticatePayload) {
      if (!isRoomId(documentName)) {
        log(
          `refused: unknown room id format ${JSON.stringify(documentName.slice(0, 40))} from ${peer(request)}`,
        );
        throw Object.assign(new Error('unknown room'), { reason: 'unknown-room' });
      }
      // The edit key opens the room for editing; anything else watches. Hocuspocus then drops
      // every document update a read-only connection sends.
      if (!(await canEdit(documentName, token))) connectionConfig.readOnly = true;
    },
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes });
  const serveStatic = options.staticDir ? staticFiles(options.staticDir) : null;
  const http: HttpServer = createServer((request, response) => {
    if (serveStatic) serveStatic(request, response);
    else
      response
        .writeHead(200, { 'Content-Type': 'text/plain' })
        .end('Service Blueprint Studio room server\n');
  });

  http.on('upgrade', (request, socket, head) => {
    socket.on('error', () => socket.destroy());
    let path: string;
    try {
      path = new URL(request.url ?? '', 'http://localhost').pathname;
    } catch {
      path = '';
    }
    if (path !== COLLAB_PATH && path !== `${COLLAB_PATH}/`) {
      refuseUpgrade(socket, '404 Not Found');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => accept(ws, request));
  });

  function accept(ws: WebSocket, request: IncomingMessage): void {
    const who = peer(request);
    const messages = tokenBucket(messageRate.perSecond, messageRate.burst);
    const bytes = tokenBucket(byteRate.perSecond, byteRate.burst);
    let cutOff = false;
    ws.on('error', (error) => {
      // ws reports an oversized or malformed frame here, then closes the socket.
      log(`closed a connection from ${who}: ${error.message}`);
    });
    // Registered before Hocuspocus's own listener, so a flood is stopped at the first message
    // over the limit.
    ws.on('message', (data: RawData) => {
      if (cutOff) return;
      const size = Array.isArray(data)
        ? data.reduce((n, part) => n + part.length, 0)
        : (data as Buffer | ArrayBuffer).byteLength;
      if (!messages.take(1) || !bytes.take(size)) {
        cutOff = true;
        log(
          `rate limit: closed a connection from ${who} (over ${messageRate.perSecond} messages or ${byteRate.perSecond} bytes a second)`,
        );
        ws.close(POLICY_VIOLATION, 'rate limit');
        setTimeout(() => ws.terminate(), 1000).unref();
      }
    });
    hocuspocus.handleConnection(ws, request);
  }

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, () => {
      http.off('error', reject);
      resolve();
    });
  });
  const port = (http.address() as AddressInfo).port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      http.close();
      for (const ws of sockets.clients) ws.terminate();
      sockets.close();
      hocuspocus.closeConnections();
      // Write every open room now rather than after the debounce.
      await Promise.all(
        [...hocuspocus.documents.values()].map((document) =>
          hocuspocus.storeDocumentHooks(
            document,
            {
              instance: hocuspocus,
              clientsCount: 0,
              context: {},
              document,
              documentName: document.name,
              requestHeaders: {},
              requestParameters: new URLSearchParams(),
              socketId: 'server-shutdown',
            },
            true,
          ),
        ),
      ).catch((error: unknown) => log(`could not write a room on shutdown: ${String(error)}`));
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
      store.close();
    })();
    return closing;
  };

  return {
    url: `ws://${host}:${port}${COLLAB_PATH}`,
    port,
    hocuspocus,
    storedRooms: () => store.roomCount(),
    close,
  };
}
