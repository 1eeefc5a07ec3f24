import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

/** A room client in Node speaking the real protocol (tests and the load benchmark). */
export interface RoomClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Resolves once the first sync with the server is done. */
  synced: Promise<void>;
  /** Rejects with the server's reason if authentication fails. */
  refused: Promise<string>;
  destroy(): void;
}

export function roomClient(
  url: string,
  roomId: string,
  token: string,
  doc = new Y.Doc(),
): RoomClient {
  const websocketProvider = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocket,
    // Tests and the benchmark reconnect fast after a server restart.
    delay: 100,
    minDelay: 50,
    maxDelay: 500,
    factor: 1.5,
  });
  let onSynced!: () => void;
  let onRefused!: (reason: string) => void;
  const synced = new Promise<void>((resolve) => (onSynced = resolve));
  const refused = new Promise<string>((resolve) => (onRefused = resolve));
  const provider = new HocuspocusProvider({
    websocketProvider,
    name: roomId,
    document: doc,
    token,
    onSynced: () => onSynced(),
    onAuthenticationFailed: ({ reason }) => onRefused(reason),
  });
  provider.attach();
  return {
    doc,
    provider,
    synced,
    refused,
    destroy() {
      provider.destroy();
      websocketProvider.destroy();
    },
  };
}

/** Resolves when `check` holds, polling; rejects after `timeoutMs`. */
export async function until(
  check: () => boolean,
  timeoutMs = 5000,
  what = 'condition',
): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
