import type { Bounds } from '../model';
import type { SvgDrawing } from './exportSvg';

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
 * Rasterises the SVG drawing of the whole blueprint (the same picture as Export SVG, drawn from
 * the document rather than copied from the page, so its cost does not grow with what the page
 * holds) at the largest pixel ratio ≤ `wantedRatio` that fits the browser's canvas.
 * `background` null leaves the space outside the lanes transparent.
 */
export async function renderPng(
  drawing: SvgDrawing,
  wantedRatio = 2,
  background: string | null = '#ffffff',
): Promise<PngExport> {
  const { bounds } = drawing;
  const pixelRatio = fittingPixelRatio(bounds, wantedRatio);
  const width = Math.max(1, Math.floor(bounds.width * pixelRatio));
  const height = Math.max(1, Math.floor(bounds.height * pixelRatio));
  const svg = drawing.markup({ background, scale: pixelRatio });
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('the browser gave no canvas to draw on');
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the browser produced no image');
    return { blob, pixelRatio };
  } finally {
    URL.revokeObjectURL(url);
  }
}
