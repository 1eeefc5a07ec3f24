import type { Blueprint } from '../model';
import { downloadBlob, fileNameFor } from '../io/files';
import { exportSvg, type SvgLabels } from '../io/exportSvg';
import type { SvgCommentLabels } from '../io/svgComments';
import { t } from '../i18n/t';
import { anchorText, authorText, timeText } from './comments/commentText';
import { pictureTitle } from './versions/versionText';

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
    persona: {
      drawnFor: t('personas.drawnFor'),
      goals: t('personas.goals'),
      pains: t('personas.pains'),
    },
  };
}

/** The comment list's words, in the current language. */
export function svgCommentLabels(doc: Blueprint): SvgCommentLabels {
  return {
    heading: t('comments.exportHeading'),
    line: (n, comment) =>
      t('comments.exportLine', {
        n,
        on: anchorText(doc, comment),
        author: authorText(comment),
        time: timeText(comment),
        text: comment.text,
      }),
  };
}

/**
 * "Export SVG": `<title>.svg`, drawn from the document, for reports and vector tools. Comments
 * are drawn only when asked for (the export options' "Include comments").
 */
export function downloadSvg(doc: Blueprint, withComments = false): void {
  const svg = exportSvg(
    doc,
    svgLabels(),
    undefined,
    withComments ? svgCommentLabels(doc) : undefined,
  );
  downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), fileNameFor(pictureTitle(doc), '.svg'));
}
