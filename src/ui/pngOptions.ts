import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/**
 * How Export PNG draws: scale, background, and whether comments go in. A preference kept in this browser, never part of
 * the document or its history; "Export PNG" always uses the last choice.
 */

export const PNG_SCALES = [1, 2, 3] as const;
export type PngScale = (typeof PNG_SCALES)[number];

export interface PngOptions {
  scale: PngScale;
  transparent: boolean;
  /** Draw open comments (and keep them in the PNG's embedded blueprint); off unless asked. */
  comments: boolean;
}

export const DEFAULT_PNG_OPTIONS: PngOptions = { scale: 2, transparent: false, comments: false };
const KEY = 'service-blueprint-studio:png-options';

function remembered(): PngOptions {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return DEFAULT_PNG_OPTIONS;
    const { scale, transparent, comments } = raw as Record<string, unknown>;
    return {
      scale: PNG_SCALES.find((s) => s === scale) ?? DEFAULT_PNG_OPTIONS.scale,
      transparent: transparent === true,
      comments: comments === true,
    };
  } catch {
    return DEFAULT_PNG_OPTIONS;
  }
}

export const pngOptionsStore = createStore<PngOptions>()(() =>
  typeof localStorage === 'undefined' ? DEFAULT_PNG_OPTIONS : remembered(),
);

export function setPngOptions(change: Partial<PngOptions>): void {
  pngOptionsStore.setState(change);
  try {
    localStorage.setItem(KEY, JSON.stringify(pngOptionsStore.getState()));
  } catch {
    // A convenience: without storage the choice lasts until the page is closed.
  }
}

export function usePngOptions(): PngOptions {
  return useStore(pngOptionsStore);
}
