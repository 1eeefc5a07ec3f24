import { useCallback, useState } from 'react';
import { ops } from '../model';
import { downloadBlob, fileNameFor, serializeBlueprint } from '../io/files';
import { renderPng, type PngExport } from '../io/exportPng';
import { drawBlueprintSvg } from '../io/exportSvg';
import { embedBlueprint } from '../io/pngChunk';
import { documentForSaving } from '../store/createEditorStore';
import { useEditorApi } from '../store/useEditor';
import { t } from '../i18n/t';
import { showAlert } from '../session/notices';
import { svgCommentLabels, svgLabels } from './downloadSvg';
import { DEFAULT_PNG_OPTIONS, type PngOptions } from './pngOptions';
import { pictureTitle } from './versions/versionText';

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export type PngWork = 'export' | 'copy' | null;

/**
 * "Export PNG" and "Copy as PNG": the whole blueprint, whatever part of it is on screen, at the
 * chosen scale (lowered, with a message, when the browser's canvas limit demands). The exported
 * file carries the blueprint itself, so opening it restores the editable blueprint.
 */
export function useExportPng(): {
  exportPng: (options?: PngOptions) => Promise<void>;
  copyPng: (options?: PngOptions) => Promise<boolean>;
  working: PngWork;
} {
  const api = useEditorApi();
  const [working, setWorking] = useState<PngWork>(null);

  /** Draws the whole blueprint from the document; says so if it had to scale down. */
  const render = useCallback(
    async ({ scale, transparent, comments }: PngOptions): Promise<PngExport> => {
      const { doc } = api.getState();
      const drawing = drawBlueprintSvg(
        doc,
        svgLabels(),
        comments ? svgCommentLabels(doc) : undefined,
      );
      const result = await renderPng(drawing, scale, transparent ? null : '#ffffff');
      if (result.pixelRatio < scale)
        showAlert(t('errors.exportScaled', { scale, used: result.pixelRatio }));
      return result;
    },
    [api],
  );

  const exportPng = useCallback(
    async (options: PngOptions = DEFAULT_PNG_OPTIONS) => {
      const whole = documentForSaving(api.getState());
      // The image and the blueprint inside it agree: comments in both or in neither.
      const saved = options.comments ? whole : ops.withoutComments(whole);
      setWorking('export');
      try {
        const { blob } = await render(options);
        const png = await embedBlueprint(
          new Uint8Array(await blob.arrayBuffer()),
          serializeBlueprint(saved),
        );
        downloadBlob(
          new Blob([new Uint8Array(png)], { type: 'image/png' }),
          fileNameFor(pictureTitle(saved), '.png'),
        );
      } catch (error) {
        showAlert(t('errors.exportFailed', { reason: reasonOf(error) }));
      } finally {
        setWorking(null);
      }
    },
    [api, render],
  );

  /**
   * The clipboard takes the image as a promise, so the click's permission to write holds while
   * the picture is drawn. Browsers re-encode clipboard images, so no blueprint travels with it.
   */
  const copyPng = useCallback(
    async (options: PngOptions = DEFAULT_PNG_OPTIONS): Promise<boolean> => {
      if (
        typeof ClipboardItem === 'undefined' ||
        typeof navigator.clipboard?.write !== 'function' ||
        (typeof ClipboardItem.supports === 'function' && !ClipboardItem.supports('image/png'))
      ) {
        showAlert(t('exporting.copyUnavailable'));
        return false;
      }
      setWorking('copy');
      let renderError: unknown;
      const image = render(options).then(
        ({ blob }) => blob,
        (error: unknown) => {
          renderError = error;
          throw error;
        },
      );
      image.catch(() => undefined); // reported below, once the clipboard has answered
      try {
        await navigator.clipboard.write([new ClipboardItem({ 'image/png': image })]);
        return true;
      } catch (error) {
        if (renderError !== undefined)
          showAlert(t('errors.exportFailed', { reason: reasonOf(renderError) }));
        else showAlert(t('exporting.copyRefused', { reason: reasonOf(error) }));
        return false;
      } finally {
        setWorking(null);
      }
    },
    [render],
  );

  return { exportPng, copyPng, working };
}
