import type { Blueprint } from '../../model';
import { rankFailPoints, totalFailureCost } from '../../model/analysis';
import { failPointsCsv } from '../../io/csv';
import { formatMoney, formatPercent } from '../../i18n/format';
import { t } from '../../i18n/t';
import { ReportTable } from './ReportTable';
import { downloadCsv } from './downloadCsv';
import { orDash } from './text';

/** Step 5's figures: every fail point, costliest first (domain.md §5). */
export function FailPointsTable({ doc }: { doc: Blueprint }) {
  const rows = rankFailPoints(doc, doc.economics);
  const currency = doc.economics.currency;
  const money = (value: number | undefined) => formatMoney(value, currency);
  return (
    <ReportTable
      id="report-fail-points"
      heading={t('report.failPoints.heading')}
      caption={t('report.failPoints.caption')}
      columns={[
        { label: t('report.failPoints.step') },
        { label: t('report.failPoints.risk') },
        { label: t('report.failPoints.probability'), numeric: true },
        { label: t('report.failPoints.costPerFailure'), numeric: true },
        { label: t('report.failPoints.lostShare'), numeric: true },
        { label: t('report.failPoints.expectedCost'), numeric: true },
        { label: t('report.failPoints.recovery') },
      ]}
      rows={rows.map((row) => ({
        key: row.stepId,
        cells: [
          row.label || t('step.untitled'),
          orDash(row.risk),
          formatPercent(row.probability),
          money(row.costPerFailure),
          formatPercent(row.lostShare),
          money(row.expectedCostPerMonth),
          orDash(row.recovery),
        ],
      }))}
      footer={
        rows.length > 1
          ? [t('report.failPoints.total'), '', '', '', '', money(totalFailureCost(rows)), '']
          : undefined
      }
      empty={t('report.failPoints.none')}
      downloadLabel={t('report.failPoints.download')}
      onDownload={() =>
        downloadCsv(doc.title, t('report.failPoints.fileSuffix'), failPointsCsv(rows, currency))
      }
    />
  );
}
