import { useRef, useState } from 'react';
import { ops } from '../../model';
import { useEditor } from '../../store/useEditor';
import { t } from '../../i18n/t';
import { BlueprintImage } from './BlueprintImage';
import { CommentsTable } from './CommentsTable';
import { CustomerTimeSection } from './CustomerTimeSection';
import { FailPointsTable } from './FailPointsTable';
import { ImprovementsTable } from './ImprovementsTable';
import { ReportFacts } from './ReportFacts';
import { StructureSection } from './StructureSection';
import { WaitsTable } from './WaitsTable';
import { VersionsSection } from './VersionsSection';
import { kindName, versionName } from '../versions/versionText';
import { useReportOverlay } from './useReportOverlay';
import { exportReportPng } from './exportReportPng';
import { showAlert } from '../../session/notices';
import './report.css';

/**
 * The whole analysis as one document that prints cleanly (A4 landscape, the picture on the first
 * page). It covers the workspace, so render it inside `.workspace`; the canvas stays mounted
 * under it. Figures follow the document live; unknown figures show a dash, never NaN.
 */
export function ReportView({ onClose }: { onClose: () => void }) {
  const doc = useEditor((s) => s.doc);
  const overlay = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useReportOverlay(overlay, heading, onClose);
  const title = doc.title.trim() || t('report.untitled');
  const article = useRef<HTMLElement>(null);
  const [exporting, setExporting] = useState(false);
  const version = ops.currentVersion(doc);
  const exportPng = async () => {
    if (!article.current) return;
    setExporting(true);
    try {
      await exportReportPng(article.current, title);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      showAlert(t('report.exportPngFailed', { reason }));
    } finally {
      setExporting(false);
    }
  };
  return (
    <section ref={overlay} className="report" aria-labelledby="report-title">
      <div className="report-bar">
        <button type="button" onClick={onClose}>
          {t('report.back')}
        </button>
        <p className="report-muted">{t('report.printHint')}</p>
        <button
          type="button"
          onClick={() => void exportPng()}
          disabled={exporting}
          aria-busy={exporting}
        >
          {exporting ? t('report.exportingPng') : t('report.exportPng')}
        </button>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('report.print')}
        </button>
      </div>
      <article className="report-page" ref={article}>
        <h1 id="report-title" ref={heading} tabIndex={-1}>
          {t('report.heading', { title })}
        </h1>
        {version && (
          <p className="report-muted" data-testid="report-version">
            {t('versions.reportShows', {
              name: versionName(version.name),
              kind: kindName(version.kind),
            })}
          </p>
        )}
        <ReportFacts doc={doc} />
        <BlueprintImage title={title} />
        <StructureSection doc={doc} />
        <CustomerTimeSection doc={doc} />
        <FailPointsTable doc={doc} />
        <WaitsTable doc={doc} />
        <ImprovementsTable doc={doc} />
        <VersionsSection doc={doc} />
        <CommentsTable doc={doc} />
      </article>
    </section>
  );
}
