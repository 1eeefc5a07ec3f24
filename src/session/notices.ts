import { createStore } from 'zustand/vanilla';

/**
 * What the session tells the user: error banners and the autosave status. Never part of the
 * document or its history; the UI shows them.
 */

/** A button offered with a notice, e.g. "Download my blueprint" when storage fails. */
export interface NoticeAction {
  label: string;
  run: () => void;
}

export interface Notice {
  id: number;
  text: string;
  action?: NoticeAction;
}

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'pending' }
  | { state: 'saved'; at: number }
  | { state: 'failed'; reason: 'full' | 'unavailable' }
  /** Another tab wrote this blueprint: nothing is written until the user chooses. */
  | { state: 'conflict' };

export interface NoticeState {
  alerts: Notice[];
  saveStatus: SaveStatus;
  alert(text: string, action?: NoticeAction): void;
  dismiss(id: number): void;
  clear(): void;
  setSaveStatus(status: SaveStatus): void;
}

let nextId = 1;

export const noticeStore = createStore<NoticeState>()((set) => ({
  alerts: [],
  saveStatus: { state: 'idle' },
  alert: (text, action) =>
    set((s) => ({
      alerts: [...s.alerts.filter((a) => a.text !== text), { id: nextId++, text, action }].slice(
        -3,
      ),
    })),
  dismiss: (id) => set((s) => ({ alerts: s.alerts.filter((a) => a.id !== id) })),
  clear: () => set({ alerts: [] }),
  setSaveStatus: (saveStatus) => set({ saveStatus }),
}));

export const showAlert = (text: string, action?: NoticeAction) =>
  noticeStore.getState().alert(text, action);

export const clearAlerts = () => noticeStore.getState().clear();
