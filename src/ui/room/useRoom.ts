import { useStore } from 'zustand';
import { roomStore, type RoomState } from '../../session/roomState';

/** Reads this tab's live room (status, links, people) for the UI. */
export function useRoom<T>(selector: (state: RoomState) => T): T {
  return useStore(roomStore, selector);
}
