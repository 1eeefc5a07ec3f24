import type { EditorStoreApi } from '../store/createEditorStore';
import { roomLinkFromHash } from './roomLinks';
import { roomStore } from './roomState';
import { showAlert } from './notices';
import { t } from '../i18n/t';

/**
 * The live-room commands the UI calls. Yjs, the Hocuspocus provider and y-indexeddb are not part
 * of the editor's first load: they come in the background once it is up, or when a room is
 * first used.
 */

const WARM_AFTER_MS = 3000;
let loading: Promise<typeof import('./liveRoom')> | null = null;

function liveRoom(): Promise<typeof import('./liveRoom')> {
  loading ??= import('./liveRoom').catch((error: unknown) => {
    loading = null; // try again next time
    throw error;
  });
  return loading;
}

/** The room code, or null with a message when it cannot be fetched (the page's server is gone). */
function roomsOrSay(): Promise<typeof import('./liveRoom') | null> {
  return liveRoom().catch(() => {
    showAlert(t('room.status.unreachable'));
    return null;
  });
}

/**
 * Fetches the room code while the editor is idle, so a link opened after the network drops
 * still works (and says the room cannot be reached) instead of failing to load.
 */
export function prepareRooms(): void {
  const warm = () => void liveRoom().catch(() => undefined);
  // Well after the first render, so it never competes with what the editor needs to start.
  setTimeout(() => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(warm, { timeout: 5000 });
    else warm();
  }, WARM_AFTER_MS);
}

export async function createRoom(store: EditorStoreApi): Promise<void> {
  const rooms = await roomsOrSay();
  await rooms?.createRoom(store);
}

export async function leaveRoom(store: EditorStoreApi): Promise<void> {
  const rooms = await roomsOrSay();
  rooms?.leaveRoom(store);
}

/** Joins the room of a `#live=` / `#watch=` link in `hash`, if it holds one. */
export async function openRoomFromHash(store: EditorStoreApi, hash: string): Promise<void> {
  if (roomLinkFromHash(hash) === null) return;
  const rooms = await roomsOrSay();
  await rooms?.openRoomFromHash(store, hash);
}

export function openShareDialog(): void {
  if (roomStore.getState().status !== 'off') roomStore.setState({ dialogOpen: true });
}

export function closeShareDialog(): void {
  roomStore.setState({ dialogOpen: false });
}
