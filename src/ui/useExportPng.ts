import { useCallback, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { blueprintBounds } from '../model';
import { downloadBlob, fileNameFor } from '../io/files';
import { renderPng } from '../io/exportPng';
import { useEditorApi } from '../store/useEditor';
import { t } from '../i18n/t';
import { showAlert } from './notices';

export const EXPORT_PIXEL_RATIO = 2;

/** "Export PNG": the whole blueprint, whatever part of it is on screen, at 2× on white. */
export function useExportPng(): { exportPng: () => Promise<void>; exporting: boolean } {
  const api = useEditorApi();
  const { getNode } = useReactFlow();
  const [exporting, setExporting] = useState(false);

  const exportPng = useCallback(async () => {
    const root = document.querySelector<HTMLElement>('.react-flow');
    const viewport = root?.querySelector<HTMLElement>('.react-flow__viewport');
    if (!root || !viewport) return;
    const { doc } = api.getState();
    const bounds = blueprintBounds(doc, (step) => getNode(step.id)?.measured?.height ?? 0);
    setExporting(true);
    root.classList.add('is-exporting');
    try {
      const { blob, pixelRatio } = await renderPng(viewport, bounds, EXPORT_PIXEL_RATIO);
      downloadBlob(blob, fileNameFor(doc.title, '.png'));
      if (pixelRatio < EXPORT_PIXEL_RATIO) {
        showAlert(t('errors.exportScaled', { scale: EXPORT_PIXEL_RATIO, used: pixelRatio }));
      }
    } catch (error) {
      showAlert(
        t('errors.exportFailed', {
          reason: error instanceof Error ? error.message : String(error),
        }),
      );
    } finally {
      root.classList.remove('is-exporting');
      setExporting(false);
    }
  }, [api, getNode]);

  return { exportPng, exporting };
}
