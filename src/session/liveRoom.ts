import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import { isRoomEmpty, writeBlueprint } from '../collab';
import { newEditKey, roomIdFor } from '../collab/roomKeys';
import { newLibraryId, readIndex } from '../io/library';
import { browserStorage } from '../io/storage';
import { documentForSaving, type EditorStoreApi } from '../store/createEditorStore';
import { t } from '../i18n/t';
import { flushAutosave } from './autosave';
import { currentBlueprintStore, libraryChanged } from './currentDocument';
import { rememberForTab, startBlueprint } from './librarySession';
import { noticeStore, showAlert, showMessage } from './notices';
import { bindRoom, readRoom, type RoomBinding } from './roomBinding';
import { roomLinkFromHash, roomLinks, roomServerUrl, type RoomLink } from './roomLinks';
import { roomLibraryId, rememberRoomCopy } from './roomCopies';
import { askName } from './roomName';
import { startPresence } from './roomPresence';
import { roomStore, type RoomRole } from './roomState';

/**
 * A live room: this tab's document is a Yjs document shared through the room server
 * (Hocuspocus), kept in IndexedDB too so edits made offline survive a closed tab, and copied
 * into the user's library by the autosave (an editor's) as they go.
 */

interface Connection {
  ydoc: Y.Doc;
  socket: HocuspocusProviderWebsocket;
  provider: HocuspocusProvider;
  local: IndexeddbPersistence;
  binding: RoomBinding | null;
  stopPresence: () => void;
}

let connection: Connection | null = null;
/** A join waiting for the room's document; a newer join or a leave cancels it. */
let joinAttempt = 0;

const SEED = Symbol('seed');
const UNREACHABLE_AFTER_MS = 4000;
const REANNOUNCE_AFTER_MS = 500;

function pageBase(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

function setRoomFragment(fragment: string | null): void {
  const { pathname, search } = window.location;
  const url = fragment ? `${pathname}${search}#${fragment}` : `${pathname}${search}`;
  window.history.replaceState(window.history.state, '', url);
}

/**
 * After a reconnect the server may still drop this person's presence with the old socket, and
 * ignores the same presence sent again: a new version of it, a moment later, brings it back.
 */
function reannounce(provider: HocuspocusProvider): void {
  setTimeout(() => {
    const awareness = provider.awareness;
    const state = awareness?.getLocalState();
    if (awareness && state) awareness.setLocalState({ ...state });
  }, REANNOUNCE_AFTER_MS);
}

function connect(
  store: EditorStoreApi,
  roomId: string,
  token: string,
  role: RoomRole,
  name: string,
) {
  const ydoc = new Y.Doc();
  let everConnected = false;
  const local = new IndexeddbPersistence(`service-blueprint-studio:room:${roomId}`, ydoc);
  // Our own socket, attached once: a provider given only a URL connects twice at start and
  // drops its first socket a second later, which costs everyone this person's presence.
  const socket = new HocuspocusProviderWebsocket({
    url: roomServerUrl(window.location),
    // A classroom's Wi-Fi comes back within seconds: try again soon, never wait long.
    delay: 500,
    minDelay: 500,
    maxDelay: 5000,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: roomId,
    document: ydoc,
    token,
    onStatus: ({ status }) => {
      if (connection?.provider !== provider) return;
      if (status !== 'connected') {
        // Before the first connection it is still "connecting" (the timer below says when not).
        if (everConnected) roomStore.setState({ status: 'offline' });
        return;
      }
      if (everConnected) reannounce(provider);
      everConnected = true;
      roomStore.setState({ status: 'connected' });
    },
    onAuthenticationFailed: ({ reason }) => {
      showAlert(t('room.status.refused', { reason }));
    },
  });
  provider.attach();
  const awareness = provider.awareness;
  const stopPresence = awareness ? startPresence(awareness, store, name, role) : () => {};
  connection = { ydoc, socket, provider, local, binding: null, stopPresence };
  roomStore.setState({ status: 'connecting', role, roomId });
  setTimeout(() => {
    if (connection?.provider === provider && !everConnected)
      roomStore.setState({ status: 'offline' });
  }, UNREACHABLE_AFTER_MS);
  return connection;
}

function bind(store: EditorStoreApi, conn: Connection, canEdit: boolean): void {
  conn.binding = bindRoom(store, conn.ydoc, canEdit, {
    onRemoteApplied: (applied) => {
      if (applied.editedStepDeleted) showAlert(t('room.editedStepDeleted'));
    },
    onVersionSwitched: (name) => showMessage(t('room.versionSwitched', { name })),
    onInvalidDocument: (reason) => showAlert(t('room.invalidDocument', { reason })),
  });
}

function teardown(): void {
  joinAttempt += 1;
  const conn = connection;
  connection = null;
  if (!conn) return;
  conn.binding?.dispose();
  conn.stopPresence();
  conn.provider.destroy();
  conn.socket.destroy();
  void conn.local.destroy();
  conn.ydoc.destroy();
  roomStore.setState({
    status: 'off',
    roomId: null,
    links: null,
    people: [],
    entered: false,
    dialogOpen: false,
  });
  if (roomLinkFromHash(window.location.hash)) setRoomFragment(null);
}

// Whatever moves this tab off the room's document (Open, New, the library) leaves the room.
currentBlueprintStore.subscribe((state, prev) => {
  if (prev.home === 'liveRoom' && state.home !== 'liveRoom') teardown();
});

/** Share live…: the blueprint on screen becomes a live room (it stays this tab's library entry). */
export async function createRoom(store: EditorStoreApi): Promise<void> {
  // In a room already: its links (a watcher's: the view-only one).
  if (connection) {
    roomStore.setState({ dialogOpen: true });
    return;
  }
  const name = await askName();
  if (!name) return;
  const editKey = newEditKey();
  const roomId = await roomIdFor(editKey);
  flushAutosave();
  if (store.getState().readOnly) startBlueprint(store, documentForSaving(store.getState()));
  const libraryId = currentBlueprintStore.getState().currentId ?? newLibraryId();
  currentBlueprintStore.setState({ home: 'liveRoom', currentId: libraryId });
  rememberRoomCopy(roomId, libraryId);
  const conn = connect(store, roomId, editKey, 'editor', name);
  writeBlueprint(conn.ydoc, store.getState().doc, null, SEED);
  bind(store, conn, true);
  const links = roomLinks(pageBase(), roomId, editKey);
  roomStore.setState({ links, entered: true, dialogOpen: true });
  setRoomFragment(`live=${editKey}`);
}

/** The room's document arrived: it replaces what is on screen, in this tab's room copy. */
function enterRoom(store: EditorStoreApi, conn: Connection, roomId: string, role: RoomRole) {
  const read = readRoom(conn.ydoc, store);
  if (!read.ok) {
    teardown();
    showAlert(t('room.invalidDocument', { reason: read.errors[0]?.message ?? '' }));
    return;
  }
  flushAutosave();
  const editing = role === 'editor';
  const libraryId = editing ? roomLibraryId(roomId) : null;
  const storage = browserStorage();
  const entry =
    libraryId && storage ? readIndex(storage).entries.find((e) => e.id === libraryId) : undefined;
  currentBlueprintStore.setState({
    home: 'liveRoom',
    currentId: libraryId,
    knownWriteId: entry?.writeId ?? null,
    conflict: false,
  });
  if (libraryId) {
    rememberRoomCopy(roomId, libraryId);
    rememberForTab(libraryId);
  }
  store.getState().loadDocument(read.value, { readOnly: !editing, fromFile: false });
  bind(store, conn, editing);
  roomStore.setState({ entered: true });
  noticeStore.getState().clear();
  libraryChanged();
}

/** Opens the room in a `#live=` or `#watch=` link; the blueprint on screen stays until it arrives. */
export async function joinRoom(store: EditorStoreApi, link: RoomLink): Promise<void> {
  if (link.kind === 'bad') {
    showAlert(t('room.badLink'));
    setRoomFragment(null);
    return;
  }
  const role: RoomRole = link.kind === 'edit' ? 'editor' : 'watcher';
  const roomId = link.kind === 'edit' ? await roomIdFor(link.editKey) : link.roomId;
  if (connection && roomStore.getState().roomId === roomId) return;
  if (currentBlueprintStore.getState().home === 'liveRoom')
    currentBlueprintStore.setState({ home: 'library' });
  const name = await askName();
  if (!name) {
    setRoomFragment(null);
    return;
  }
  teardown();
  const attempt = ++joinAttempt;
  const conn = connect(store, roomId, link.kind === 'edit' ? link.editKey : 'view', role, name);
  roomStore.setState({
    links: roomLinks(pageBase(), roomId, link.kind === 'edit' ? link.editKey : null),
  });

  let entered = false;
  const enter = () => {
    if (entered || attempt !== joinAttempt || isRoomEmpty(conn.ydoc)) return;
    entered = true;
    enterRoom(store, conn, roomId, role);
  };
  // This browser's own copy first (a reload, or back after closing the tab offline)...
  void conn.local.whenSynced.then(enter);
  // ...else the server's.
  conn.provider.on('synced', () => {
    if (attempt !== joinAttempt) return;
    if (isRoomEmpty(conn.ydoc) && !entered) {
      teardown();
      showAlert(t('room.emptyRoom'));
      return;
    }
    enter();
  });
  conn.ydoc.on('update', enter);
}

/** Leave live room: the room goes on without this tab; the blueprint stays in the library. */
export function leaveRoom(store: EditorStoreApi): void {
  if (!connection) return;
  const state = store.getState();
  const watcher = roomStore.getState().role === 'watcher';
  flushAutosave();
  if (watcher) {
    startBlueprint(store, documentForSaving(state), { fromFile: false });
  } else {
    currentBlueprintStore.setState({ home: 'library' });
    store.getState().loadDocument(documentForSaving(state), { fromFile: false });
  }
  teardown();
  showAlert(t('room.left'));
}

export function openRoomFromHash(store: EditorStoreApi, hash: string): Promise<void> | undefined {
  const link = roomLinkFromHash(hash);
  return link ? joinRoom(store, link) : undefined;
}
