import type { Blueprint } from '../../model';
import { commentsCsv } from '../../io/csv';
import { t } from '../../i18n/t';
import { anchorText, authorText, inReadingOrder, timeText } from '../comments/commentText';
import { ReportTable } from './ReportTable';
import { downloadCsv } from './downloadCsv';

/** Every comment, open ones first, with what it is on, who wrote it, when, and its status. */
export function CommentsTable({ doc }: { doc: Blueprint }) {
  const comments = inReadingOrder(doc.comments);
  return (
    <ReportTable
      id="report-comments"
      heading={t('comments.reportTitle')}
      caption={t('comments.reportCaption')}
      columns={[
        { label: t('comments.reportOn') },
        { label: t('comments.reportAuthor') },
        { label: t('comments.reportTime') },
        { label: t('comments.reportStatus') },
        { label: t('comments.reportText') },
      ]}
      rows={comments.map((c) => ({
        key: c.id,
        className: c.resolved ? 'is-resolved' : undefined,
        cells: [
          anchorText(doc, c),
          authorText(c),
          timeText(c),
          c.resolved ? t('comments.statusResolved') : t('comments.statusOpen'),
          c.text,
        ],
      }))}
      empty={t('comments.reportNone')}
      downloadLabel={t('comments.reportDownload')}
      onDownload={() =>
        downloadCsv(
          doc.title,
          t('comments.reportFileSuffix'),
          commentsCsv(
            comments.map((c) => ({
              on: anchorText(doc, c),
              author: c.author,
              createdAt: c.createdAt,
              resolved: c.resolved,
              text: c.text,
            })),
          ),
        )
      }
    />
  );
}
