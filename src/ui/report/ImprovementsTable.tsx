import type { Blueprint, ImprovementStatus } from '../../model';
import { improvementRows } from '../../model/analysis';
import { improvementsCsv } from '../../io/csv';
import { DASH, formatDecimal, formatMoney } from '../../i18n/format';
import { t, type MessageKey } from '../../i18n/t';
import { formatPayback } from '../../wizard/StepImprovements';
import { ReportTable } from './ReportTable';
import { downloadCsv } from './downloadCsv';

const STATUS_KEYS: Record<ImprovementStatus, MessageKey> = {
  idea: 'guide.improvements.statusIdea',
  planned: 'guide.improvements.statusPlanned',
  done: 'guide.improvements.statusDone',
};

/** Step 6's figures: every improvement, quickest payback first (domain.md §5). */
export function ImprovementsTable({ doc }: { doc: Blueprint }) {
  const rows = improvementRows(doc, doc.economics, doc.improvements);
  const currency = doc.economics.currency;
  const money = (value: number | undefined) => formatMoney(value, currency);
  return (
    <ReportTable
      id="report-improvements"
      heading={t('report.improvements.heading')}
      caption={t('report.improvements.caption')}
      columns={[
        { label: t('report.improvements.title') },
        { label: t('report.improvements.addresses') },
        { label: t('report.improvements.oneOffCost'), numeric: true },
        { label: t('report.improvements.runningCost'), numeric: true },
        { label: t('report.improvements.benefit'), numeric: true },
        { label: t('report.improvements.payback'), numeric: true },
        { label: t('report.improvements.status') },
      ]}
      rows={rows.map((row) => ({
        key: row.id,
        cells: [
          row.title || t('guide.improvements.untitled'),
          row.addresses.length > 0
            ? row.addresses.map((label) => label || t('step.untitled')).join('; ')
            : DASH,
          money(row.oneOffCost),
          money(row.runningCostPerMonth),
          <>
            {money(row.benefitPerMonth)}
            {row.minutesSavedPerCustomer > 0 && (
              <div className="report-muted">
                {t('guide.improvements.minutesSaved', {
                  min: formatDecimal(row.minutesSavedPerCustomer),
                })}
              </div>
            )}
          </>,
          formatPayback(row.paybackMonths),
          t(STATUS_KEYS[row.status]),
        ],
      }))}
      empty={t('report.improvements.none')}
      downloadLabel={t('report.improvements.download')}
      onDownload={() =>
        downloadCsv(doc.title, t('report.improvements.fileSuffix'), improvementsCsv(rows))
      }
    />
  );
}
