import { createStore } from 'zustand/vanilla';

/** This tab's live room, if it is in one: connection, role and who else is there. */

export type RoomStatus =
  | 'off'
  /** Not connected yet (see `entered` for whether the room's document is on screen). */
  | 'connecting'
  | 'connected'
  /** Was connected (or has the document) and lost the server: editing goes on, edits wait. */
  | 'offline';

export type RoomRole = 'editor' | 'watcher';

export interface Person {
  /** The Yjs client id: unique per tab in the room. */
  clientId: number;
  name: string;
  color: string;
  role: RoomRole;
  /** Pointer position in canvas coordinates, when over the canvas. */
  cursor: { x: number; y: number } | null;
  /** Ids of the steps this person has selected. */
  selectedSteps: string[];
  isSelf: boolean;
}

export interface RoomLinks {
  edit: string | null;
  view: string;
}

export interface RoomState {
  status: RoomStatus;
  role: RoomRole;
  roomId: string | null;
  links: RoomLinks | null;
  people: Person[];
  /** The room's document is on screen (false while joining). */
  entered: boolean;
  /** The Share live dialog is open. */
  dialogOpen: boolean;
  /** Asking for the person's name before joining (the answer resolves the pending join). */
  askingName: boolean;
}

export const roomStore = createStore<RoomState>()(() => ({
  status: 'off',
  role: 'editor',
  roomId: null,
  links: null,
  people: [],
  entered: false,
  dialogOpen: false,
  askingName: false,
}));
