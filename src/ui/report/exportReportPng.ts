import { toBlob } from 'html-to-image';
import { fittingPixelRatio } from '../../io/exportPng';
import { downloadBlob, fileNameFor } from '../../io/files';
import { t } from '../../i18n/t';

/** Sharp on a slide; lowered for a report so long that the canvas would be too big. */
const WANTED_PIXEL_RATIO = 2;

/**
 * "Export report as PNG": the report page as one picture for slides, drawn from its own HTML by
 * html-to-image (the blueprint PNG keeps its faster renderer from the document). Buttons are
 * left out; the background is the page's own.
 */
export async function exportReportPng(page: HTMLElement, title: string): Promise<void> {
  const width = page.scrollWidth;
  const height = page.scrollHeight;
  const background = getComputedStyle(page.closest('.report') ?? page).backgroundColor;
  const blob = await toBlob(page, {
    width,
    height,
    pixelRatio: fittingPixelRatio({ width, height }, WANTED_PIXEL_RATIO),
    backgroundColor: background,
    // The page is centred on screen; in the picture it starts at the left edge.
    style: { margin: '0' },
    skipFonts: true,
    filter: (node) => !(node instanceof HTMLButtonElement),
  });
  if (!blob) throw new Error('the browser drew no picture');
  downloadBlob(blob, fileNameFor(title, t('report.pngSuffix')));
}
