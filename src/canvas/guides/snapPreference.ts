import { useSyncExternalStore } from 'react';

/**
 * "Snap to grid": a view preference of this browser, kept in localStorage and never in the
 * document (a shared or opened blueprint does not change how the user likes to drag).
 */

export const SNAP_KEY = 'service-blueprint-studio:snap-to-grid';

const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return localStorage.getItem(SNAP_KEY) === 'on';
  } catch {
    return false; // storage refused (private mode): off
  }
}

let current = read();

export function snapToGridOn(): boolean {
  return current;
}

export function setSnapToGrid(on: boolean): void {
  current = on;
  try {
    if (on) localStorage.setItem(SNAP_KEY, 'on');
    else localStorage.removeItem(SNAP_KEY);
  } catch {
    // Not remembered, but still on for this page.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSnapToGrid(): boolean {
  return useSyncExternalStore(subscribe, snapToGridOn, () => false);
}
