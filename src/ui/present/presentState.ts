import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { enterFullscreen } from './fullscreen';

/** Whether presentation mode is on. Never part of the document. */
const presentStore = createStore<{ presenting: boolean }>()(() => ({ presenting: false }));

/** Asks for full screen within the click that starts it (browsers want a user gesture). */
export function startPresenting(): void {
  void enterFullscreen();
  presentStore.setState({ presenting: true });
}

export function stopPresenting(): void {
  presentStore.setState({ presenting: false });
}

export function usePresenting(): boolean {
  return useStore(presentStore, (s) => s.presenting);
}
