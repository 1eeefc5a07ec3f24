import { useEffect, useState } from 'react';
import { renderPng } from '../../io/exportPng';
import { drawBlueprintSvg } from '../../io/exportSvg';
import { useEditor } from '../../store/useEditor';
import { svgLabels } from '../downloadSvg';

/** 2× keeps lines and text sharp on paper; `renderPng` lowers it for very large blueprints. */
export const REPORT_PIXEL_RATIO = 2;
/** Lets the overlay paint first, and lets a burst of undo steps settle before drawing again. */
const RENDER_DELAY_MS = 120;

export type BlueprintImage =
  | { state: 'rendering' }
  | { state: 'ready'; url: string; width: number; height: number }
  | { state: 'failed'; reason: string };

/**
 * The whole blueprint as a PNG object URL, drawn from the document (the same way Export PNG
 * draws it). Drawn again when the document changes; every URL is revoked
 * when it is replaced and when the report closes.
 */
export function useBlueprintImage(): BlueprintImage {
  const doc = useEditor((s) => s.doc);
  const [image, setImage] = useState<BlueprintImage>({ state: 'rendering' });

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      const drawing = drawBlueprintSvg(doc, svgLabels());
      const { width, height } = drawing.bounds;
      renderPng(drawing, REPORT_PIXEL_RATIO)
        .then(({ blob }) => {
          if (cancelled) return;
          setImage({ state: 'ready', url: URL.createObjectURL(blob), width, height });
        })
        .catch((error: unknown) => {
          if (cancelled) return;
          setImage({
            state: 'failed',
            reason: error instanceof Error ? error.message : String(error),
          });
        });
    }, RENDER_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [doc]);

  // Revokes each URL once a newer image (or none) has replaced it, and on close.
  useEffect(() => {
    if (image.state !== 'ready') return;
    const { url } = image;
    return () => URL.revokeObjectURL(url);
  }, [image]);

  return image;
}
