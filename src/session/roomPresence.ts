import type { Awareness } from 'y-protocols/awareness';
import type { EditorStoreApi } from '../store/createEditorStore';
import { roomStore, type Person, type RoomRole } from './roomState';

/**
 * Who is in the room, through Yjs awareness (presence that is never part of the document):
 * each tab shares its name, colour, role, pointer and selected steps.
 */

/** Colours that read on the light canvas and differ from the F (red) and W (amber) markers. */
const PERSON_COLORS = [
  '#2563eb',
  '#7c3aed',
  '#0f766e',
  '#c026d3',
  '#0369a1',
  '#4d7c0f',
  '#be185d',
  '#6d28d9',
  '#047857',
  '#1d4ed8',
  '#9333ea',
  '#0e7490',
];

export function colorFor(clientId: number): string {
  return PERSON_COLORS[clientId % PERSON_COLORS.length]!;
}

const NAME_KEY = 'service-blueprint-studio:room-name';
const MAX_NAME = 40;

export function rememberedName(): string | null {
  try {
    return localStorage.getItem(NAME_KEY);
  } catch {
    return null;
  }
}

export function rememberName(name: string): void {
  try {
    localStorage.setItem(NAME_KEY, name);
  } catch {
    // Without storage the name is asked again next time: a small cost.
  }
}

/** Names come from other people's browsers: keep them short and printable. */
export function cleanName(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  return raw
    .replace(/\p{Cc}/gu, '')
    .trim()
    .slice(0, MAX_NAME);
}

interface SharedPresence {
  name?: unknown;
  role?: unknown;
  cursor?: unknown;
  selection?: unknown;
}

function cursorOf(raw: unknown): Person['cursor'] {
  if (!raw || typeof raw !== 'object') return null;
  const { x, y } = raw as { x?: unknown; y?: unknown };
  return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x + y) ? { x, y } : null;
}

function peopleIn(awareness: Awareness): Person[] {
  const people: Person[] = [];
  awareness.getStates().forEach((raw, clientId) => {
    const state = raw as SharedPresence;
    const name = cleanName(state.name);
    if (!name) return;
    people.push({
      clientId,
      name,
      color: colorFor(clientId),
      role: state.role === 'watcher' ? 'watcher' : 'editor',
      cursor: cursorOf(state.cursor),
      selectedSteps: Array.isArray(state.selection)
        ? state.selection.filter((id): id is string => typeof id === 'string').slice(0, 500)
        : [],
      isSelf: clientId === awareness.clientID,
    });
  });
  return people.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name));
}

let shareCursor: (cursor: { x: number; y: number } | null) => void = () => {};

/** The canvas reports the pointer (canvas coordinates), or null when it leaves. */
export function setRoomCursor(cursor: { x: number; y: number } | null): void {
  shareCursor(cursor);
}

const CURSOR_INTERVAL_MS = 50;
const PEOPLE_INTERVAL_MS = 30;

/** Shares this tab's presence and keeps the people list current; returns the cleanup. */
export function startPresence(
  awareness: Awareness,
  store: EditorStoreApi,
  name: string,
  role: RoomRole,
): () => void {
  awareness.setLocalState({
    name,
    role,
    cursor: null,
    selection: store.getState().selection.steps,
  });
  // Forty pointers moving make hundreds of awareness changes a second: list people at most
  // once per PEOPLE_INTERVAL_MS.
  let listTimer: ReturnType<typeof setTimeout> | null = null;
  const listPeople = () => {
    listTimer = null;
    roomStore.setState({ people: peopleIn(awareness) });
  };
  const onChange = () => {
    listTimer ??= setTimeout(listPeople, PEOPLE_INTERVAL_MS);
  };
  awareness.on('change', onChange);
  listPeople();

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.selection.steps !== prev.selection.steps)
      awareness.setLocalStateField('selection', state.selection.steps);
  });

  let pending: { x: number; y: number } | null | undefined;
  let timer: ReturnType<typeof setTimeout> | null = null;
  shareCursor = (cursor) => {
    pending = cursor;
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      if (pending !== undefined) awareness.setLocalStateField('cursor', pending);
      pending = undefined;
    }, CURSOR_INTERVAL_MS);
  };

  return () => {
    shareCursor = () => {};
    if (timer) clearTimeout(timer);
    if (listTimer) clearTimeout(listTimer);
    unsubscribe();
    awareness.off('change', onChange);
    awareness.setLocalState(null);
    roomStore.setState({ people: [] });
  };
}
