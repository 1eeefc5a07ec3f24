import type { Blueprint } from '../../model';
import { waitRows } from '../../model/analysis';
import { waitsCsv } from '../../io/csv';
import { t } from '../../i18n/t';
import { ReportTable } from './ReportTable';
import { downloadCsv } from './downloadCsv';
import { formatMinutes } from './text';

/** Every wait, left to right; a wait longer than customers tolerate is marked in words too. */
export function WaitsTable({ doc }: { doc: Blueprint }) {
  const rows = waitRows(doc);
  return (
    <ReportTable
      id="report-waits"
      heading={t('report.waits.heading')}
      caption={t('report.waits.caption')}
      columns={[
        { label: t('report.waits.step') },
        { label: t('report.waits.expected'), numeric: true },
        { label: t('report.waits.tolerance'), numeric: true },
        { label: t('report.waits.overBy'), numeric: true },
      ]}
      rows={rows.map((row) => ({
        key: row.stepId,
        className: row.overTolerance ? 'is-over' : undefined,
        cells: [
          row.label || t('step.untitled'),
          formatMinutes(row.expectedMin),
          formatMinutes(row.toleranceMin),
          row.overTolerance ? (
            <strong>{formatMinutes(row.overByMin)}</strong>
          ) : (
            formatMinutes(row.overByMin)
          ),
        ],
      }))}
      empty={t('report.waits.none')}
      downloadLabel={t('report.waits.download')}
      onDownload={() => downloadCsv(doc.title, t('report.waits.fileSuffix'), waitsCsv(rows))}
    />
  );
}
