import type { Blueprint } from '../../model';
import { blueprintFacts, customerTime } from '../../model/analysis';
import { formatDecimal } from '../../i18n/format';
import { t } from '../../i18n/t';
import { formatMinutes } from './text';

/** Shostack's customer time: the longest path through the flows, waits included. */
export function CustomerTimeSection({ doc }: { doc: Blueprint }) {
  const tolerance = blueprintFacts(doc).toleranceMin;
  const time = customerTime(doc, tolerance);
  const labels = new Map(doc.steps.map((s) => [s.id, s.label || t('step.untitled')]));
  const unknown =
    time.reason === 'noCustomerActions'
      ? t('report.time.noCustomerActions')
      : t('report.time.notConnected');
  const verdict =
    time.overTolerance === undefined || time.totalMin === undefined || tolerance === undefined
      ? undefined
      : time.overTolerance
        ? t('report.time.over', { min: formatDecimal(time.totalMin - tolerance) })
        : t('report.time.within');
  return (
    <section className="report-section" aria-labelledby="report-time-heading">
      <h2 id="report-time-heading">{t('report.time.heading')}</h2>
      <dl className="report-facts" data-testid="report-time">
        <div>
          <dt>{t('report.time.total')}</dt>
          <dd>{time.totalMin === undefined ? unknown : formatMinutes(time.totalMin)}</dd>
        </div>
        {time.totalMin !== undefined && (
          <div>
            <dt>{t('report.time.waiting')}</dt>
            <dd>{formatMinutes(time.waitMin)}</dd>
          </div>
        )}
        <div>
          <dt>{t('report.time.tolerance')}</dt>
          <dd>
            {formatMinutes(tolerance)}
            {verdict && (
              <>
                {' — '}
                {time.overTolerance ? <strong>{verdict}</strong> : verdict}
              </>
            )}
          </dd>
        </div>
        {time.path.length > 1 && (
          <div className="report-wide">
            <dt>{t('report.time.path')}</dt>
            <dd>{time.path.map((id) => labels.get(id)).join(' → ')}</dd>
          </div>
        )}
      </dl>
      {time.cycle && <p className="report-muted">{t('report.time.cycle')}</p>}
    </section>
  );
}
