import type { Blueprint } from '../../model';
import { structure } from '../../model/analysis';
import { formatDecimal } from '../../i18n/format';
import { t } from '../../i18n/t';

/** Shostack's structure counts: complexity, encounters, fail points and waits, steps per lane. */
export function StructureSection({ doc }: { doc: Blueprint }) {
  const s = structure(doc);
  const hidden = new Set(doc.lanes.filter((l) => l.hidden).map((l) => l.id));
  const counts: [label: string, count: number][] = [
    [t('report.structure.steps'), s.steps],
    [t('report.structure.customerActions'), s.customerActions],
    [t('report.structure.flows'), s.flows],
    [t('report.structure.encounters'), s.encounters],
    [t('report.structure.failPoints'), s.failPoints],
    [t('report.structure.waits'), s.waits],
  ];
  return (
    <section className="report-section" aria-labelledby="report-structure-heading">
      <h2 id="report-structure-heading">{t('report.structure.heading')}</h2>
      <div className="report-columns">
        <table className="report-table" data-testid="report-structure">
          <caption>{t('report.structure.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.structure.measure')}</th>
              <th scope="col" className="is-number">
                {t('report.structure.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {counts.map(([label, count]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="is-number">{formatDecimal(count, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="report-table" data-testid="report-lanes">
          <caption>{t('report.structure.perLaneCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.structure.lane')}</th>
              <th scope="col" className="is-number">
                {t('report.structure.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {s.stepsPerLane.map((lane) => (
              <tr key={lane.laneId}>
                <th scope="row">
                  {hidden.has(lane.laneId)
                    ? t('report.structure.hidden', { label: lane.label })
                    : lane.label}
                </th>
                <td className="is-number">{formatDecimal(lane.count, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
