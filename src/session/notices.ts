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
  /** News that is not a problem ("Added 4 steps…"), shown in the status bar for a while. */
  message: Notice | null;
  saveStatus: SaveStatus;
  alert(text: string, action?: NoticeAction): void;
  dismiss(id: number): void;
  clear(): void;
  setSaveStatus(status: SaveStatus): void;
  inform(text: string): void;
}

/** How long a status message stays: long enough to read twice. */
export const MESSAGE_MS = 15_000;
let messageTimer: ReturnType<typeof setTimeout> | undefined;

let nextId = 1;

export const noticeStore = createStore<NoticeState>()((set) => ({
  alerts: [],
  message: null,
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
  inform: (text) => {
    const message = { id: nextId++, text };
    set({ message });
    clearTimeout(messageTimer);
    messageTimer = setTimeout(
      () => set((s) => (s.message?.id === message.id ? { message: null } : {})),
      MESSAGE_MS,
    );
  },
}));

export const showMessage = (text: string) => noticeStore.getState().inform(text);

export const showAlert = (text: string, action?: NoticeAction) =>
  noticeStore.getState().alert(text, action);

export const clearAlerts = () => noticeStore.getState().clear();
