import { useMemo, type CSSProperties } from 'react';
import { useEditor } from '../../store/useEditor';
import { exportSvg } from '../../io/exportSvg';
import { t } from '../../i18n/t';
import { svgLabels } from '../downloadSvg';
import { localeStore } from '../../i18n/localeStore';
import { pageRule, printArea } from './paper';
import { printableSvg } from './printableSvg';
import { usePrintEvents } from './usePrintEvents';
import { usePrintJob, type PrintJob } from './printStore';
import './print.css';

/**
 * The whole blueprint laid out for paper: title and facts on top, then the SVG export (vector,
 * the same drawing as "Export SVG") scaled down to fit the rest of one landscape page, never
 * cropped, never enlarged. Mounted only while a print job is under way; hidden on screen, and in
 * print media it replaces the app (see print.css).
 */
export function PrintView() {
  usePrintEvents();
  const job = usePrintJob();
  return job ? <PrintPage job={job} /> : null;
}

function PrintPage({ job }: { job: PrintJob }) {
  const doc = useEditor((s) => s.doc);
  const persona = doc.personas.find((p) => p.id === doc.meta.personaId);
  const drawing = useMemo(() => printableSvg(exportSvg(doc, svgLabels())), [doc]);
  const area = printArea(job.paper);
  const date = new Intl.DateTimeFormat(localeStore.getState().locale, {
    dateStyle: 'long',
  }).format(job.at);
  const facts = [
    doc.meta.service.trim() && t('printing.service', { service: doc.meta.service.trim() }),
    doc.meta.customerSegment.trim() &&
      t('printing.segment', { segment: doc.meta.customerSegment.trim() }),
    persona && t('printing.persona', { name: persona.name.trim() || t('personas.unnamed') }),
    t('printing.printedOn', { date }),
  ].filter(Boolean);
  const size = {
    width: `${area.width}mm`,
    height: `${area.height}mm`,
    '--drawing-width': `${drawing.width}px`,
    '--drawing-height': `${drawing.height}px`,
  } as CSSProperties;

  return (
    <div className="print-view" data-paper={job.paper} style={size}>
      {/* Rendered last in the document, so it wins over the report's A4 rule. */}
      <style>{pageRule(job.paper)}</style>
      <header className="print-header">
        <h1>{doc.title.trim() || t('printing.untitled')}</h1>
        <p>{facts.join(' · ')}</p>
      </header>
      <div className="print-drawing" dangerouslySetInnerHTML={{ __html: drawing.markup }} />
    </div>
  );
}
