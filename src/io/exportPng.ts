import { toBlob } from 'html-to-image';
import type { Bounds } from '../model';

/** Chromium refuses canvases larger than this on a side (and about 268 M pixels in all). */
export const MAX_CANVAS_SIDE = 16_384;
export const MAX_CANVAS_PIXELS = 268_000_000;

/** The largest pixel ratio ≤ wanted at which an image of these bounds fits the browser's canvas. */
export function fittingPixelRatio(
  bounds: Pick<Bounds, 'width' | 'height'>,
  wanted: number,
): number {
  const bySide = MAX_CANVAS_SIDE / Math.max(bounds.width, bounds.height);
  const byArea = Math.sqrt(MAX_CANVAS_PIXELS / (bounds.width * bounds.height));
  const ratio = Math.min(wanted, bySide, byArea);
  return Math.floor(ratio * 100) / 100;
}

export interface PngExport {
  blob: Blob;
  pixelRatio: number;
}

/**
 * Renders the React Flow viewport element (which holds lanes, lines, cards and flows) for the
 * whole blueprint's bounds, not the part on screen. `background` null leaves the space outside
 * the lanes transparent.
 */
export async function renderPng(
  viewport: HTMLElement,
  bounds: Bounds,
  wantedRatio = 2,
  background: string | null = '#ffffff',
): Promise<PngExport> {
  const pixelRatio = fittingPixelRatio(bounds, wantedRatio);
  const blob = await toBlob(viewport, {
    ...(background ? { backgroundColor: background } : {}),
    width: bounds.width,
    height: bounds.height,
    pixelRatio,
    style: {
      width: `${bounds.width}px`,
      height: `${bounds.height}px`,
      transform: `translate(${-bounds.x}px, ${-bounds.y}px) scale(1)`,
    },
  });
  if (!blob) throw new Error('the browser produced no image');
  return { blob, pixelRatio };
}
