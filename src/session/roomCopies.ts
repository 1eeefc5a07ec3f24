import { newLibraryId } from '../io/library';

/**
 * Which library entry keeps this browser's copy of each room it edited in, so a reload or a
 * later visit to the same room goes on writing the same copy rather than filling the library.
 */
const ROOM_COPIES_KEY = 'service-blueprint-studio:room-copies';

function readCopies(): Record<string, string> {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(ROOM_COPIES_KEY) ?? '{}');
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
    return Object.fromEntries(
      Object.entries(raw).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
  } catch {
    return {};
  }
}

export function roomLibraryId(roomId: string): string {
  return readCopies()[roomId] ?? newLibraryId();
}

export function rememberRoomCopy(roomId: string, libraryId: string): void {
  try {
    localStorage.setItem(ROOM_COPIES_KEY, JSON.stringify({ ...readCopies(), [roomId]: libraryId }));
  } catch {
    // Without storage a later visit makes a new copy: nothing is lost, the library just grows.
  }
}
