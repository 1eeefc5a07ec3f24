import type { Blueprint } from '../model';
import { downloadBlob, fileNameFor } from '../io/files';
import { exportSvg, type SvgLabels } from '../io/exportSvg';
import { t } from '../i18n/t';

/** The words drawn into the SVG, in the current language. */
export function svgLabels(): SvgLabels {
  return {
    lines: {
      interaction: t('lines.interaction'),
      visibility: t('lines.visibility'),
      internal: t('lines.internal'),
    },
    failMarker: t('step.failMarker'),
    waitMarker: t('step.waitMarker'),
    failMarkerTitle: t('step.failMarkerTitle'),
    waitMarkerTitle: t('step.waitMarkerTitle'),
    untitledStep: t('step.untitled'),
    minutes: (min) => t('step.minutes', { min }),
  };
}

/** "Export SVG": `<title>.svg`, drawn from the document, for reports and vector tools. */
export function downloadSvg(doc: Blueprint): void {
  const svg = exportSvg(doc, svgLabels());
  downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), fileNameFor(doc.title, '.svg'));
}
