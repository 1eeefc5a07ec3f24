import { useEffect, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { blueprintBounds } from '../../model';
import { renderPng } from '../../io/exportPng';
import { useEditor } from '../../store/useEditor';
import { t } from '../../i18n/t';

/** 2× keeps lines and text sharp on paper; `renderPng` lowers it for very large blueprints. */
export const REPORT_PIXEL_RATIO = 2;
/** Lets the overlay paint first, and lets a burst of undo steps settle before drawing again. */
const RENDER_DELAY_MS = 120;

export type BlueprintImage =
  | { state: 'rendering' }
  | { state: 'ready'; url: string; width: number; height: number }
  | { state: 'failed'; reason: string };

/**
 * The whole blueprint as a PNG object URL, drawn from the live canvas under the report (the
 * same way Export PNG draws it). Drawn again when the document changes; every URL is revoked
 * when it is replaced and when the report closes.
 */
export function useBlueprintImage(): BlueprintImage {
  const doc = useEditor((s) => s.doc);
  const { getNode } = useReactFlow();
  const [image, setImage] = useState<BlueprintImage>({ state: 'rendering' });

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      const root = document.querySelector<HTMLElement>('.react-flow');
      const viewport = root?.querySelector<HTMLElement>('.react-flow__viewport');
      if (!root || !viewport) {
        setImage({ state: 'failed', reason: t('report.image.noCanvas') });
        return;
      }
      const bounds = blueprintBounds(doc, (step) => getNode(step.id)?.measured?.height ?? 0);
      root.classList.add('is-exporting');
      renderPng(viewport, bounds, REPORT_PIXEL_RATIO)
        .then(({ blob }) => {
          if (cancelled) return;
          const url = URL.createObjectURL(blob);
          setImage({ state: 'ready', url, width: bounds.width, height: bounds.height });
        })
        .catch((error: unknown) => {
          if (cancelled) return;
          setImage({
            state: 'failed',
            reason: error instanceof Error ? error.message : String(error),
          });
        })
        .finally(() => root.classList.remove('is-exporting'));
    }, RENDER_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [doc, getNode]);

  // Revokes each URL once a newer image (or none) has replaced it, and on close.
  useEffect(() => {
    if (image.state !== 'ready') return;
    const { url } = image;
    return () => URL.revokeObjectURL(url);
  }, [image]);

  return image;
}
