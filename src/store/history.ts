/**
 * Undo history of documents. Snapshots are immutable (immer shares what did not change),
 * so keeping whole documents is cheap. Consecutive commits with the same coalesce key within
 * COALESCE_MS (a burst of typing in one field) make one entry.
 */
export const HISTORY_LIMIT = 200;
export const COALESCE_MS = 1500;

export interface History<T> {
  past: T[];
  future: T[];
  lastKey: string | null;
  lastAt: number;
}

export function emptyHistory<T>(): History<T> {
  return { past: [], future: [], lastKey: null, lastAt: 0 };
}

/** The history after `before` was replaced by a new document. */
export function record<T>(
  history: History<T>,
  before: T,
  key: string | null,
  now: number,
): History<T> {
  const coalesces = key !== null && key === history.lastKey && now - history.lastAt < COALESCE_MS;
  const past = coalesces ? history.past : [...history.past, before].slice(-HISTORY_LIMIT);
  return { past, future: [], lastKey: key, lastAt: now };
}

export function undo<T>(history: History<T>, current: T): { history: History<T>; doc: T } | null {
  const doc = history.past[history.past.length - 1];
  if (doc === undefined) return null;
  return {
    doc,
    history: {
      past: history.past.slice(0, -1),
      future: [current, ...history.future],
      lastKey: null,
      lastAt: 0,
    },
  };
}

export function redo<T>(history: History<T>, current: T): { history: History<T>; doc: T } | null {
  const doc = history.future[0];
  if (doc === undefined) return null;
  return {
    doc,
    history: {
      past: [...history.past, current],
      future: history.future.slice(1),
      lastKey: null,
      lastAt: 0,
    },
  };
}
