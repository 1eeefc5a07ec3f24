import type { Blueprint } from '../../model';
import { asIsAndToBe, versionFigures } from '../../model/versions';
import { toCsv } from '../../io/csv';
import { t } from '../../i18n/t';
import { figureRows } from '../versions/figureRows';
import { versionName } from '../versions/versionText';
import { ReportTable } from './ReportTable';
import { downloadCsv } from './downloadCsv';

/**
 * The as-is and the to-be side by side (when the blueprint has both): the customer's time, the
 * expected cost of failure and what the to-be carried out.
 */
export function VersionsSection({ doc }: { doc: Blueprint }) {
  const pair = asIsAndToBe(doc);
  if (!pair) return null;
  const { asIs, toBe } = pair;
  const before = versionFigures(asIs.content, doc.economics);
  const after = versionFigures(toBe.content, doc.economics);
  const rows = figureRows(before, after, doc.economics.currency);
  const asIsName = versionName(asIs.version.name);
  const toBeName = versionName(toBe.version.name);
  const carriedOut = asIs.content.improvements.filter(
    (imp) => !toBe.content.improvements.some((other) => other.id === imp.id),
  );
  const header = [t('versions.figure'), asIsName, toBeName, t('versions.change')];
  return (
    <>
      <ReportTable
        id="report-versions"
        heading={t('versions.reportHeading')}
        caption={t('versions.reportCaption', { asIs: asIsName, toBe: toBeName })}
        columns={[
          { label: t('versions.figure') },
          { label: asIsName, numeric: true },
          { label: toBeName, numeric: true },
          { label: t('versions.change'), numeric: true },
        ]}
        rows={rows.map((row) => ({
          key: row.key,
          cells: [row.label, row.before, row.after, row.change],
        }))}
        empty=""
        downloadLabel={t('versions.download')}
        onDownload={() =>
          downloadCsv(
            doc.title,
            t('versions.fileSuffix'),
            toCsv(
              header,
              rows.map((row) => {
                const [a, b] = row.values;
                return [row.label, a, b, a === undefined || b === undefined ? undefined : b - a];
              }),
            ),
          )
        }
      />
      {carriedOut.length > 0 && (
        <div className="report-muted report-versions-applied" data-testid="report-versions-applied">
          <p>{t('versions.reportApplied')}</p>
          <ul>
            {carriedOut.map((imp) => (
              <li key={imp.id}>{imp.title || t('guide.improvements.untitled')}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
