import type { Blueprint } from '../../model';
import { blueprintFacts, lifetimeValue } from '../../model/analysis';
import { formatDecimal, formatMoney } from '../../i18n/format';
import { t } from '../../i18n/t';
import { formatMinutes, orDash } from './text';
import { PersonaSummary } from '../personas/PersonaSummary';

/** What the blueprint is about (guide step 1) and the customer numbers the costs rest on. */
export function ReportFacts({ doc }: { doc: Blueprint }) {
  const facts = blueprintFacts(doc);
  const persona = doc.personas.find((p) => p.id === doc.meta.personaId);
  const e = doc.economics;
  const money = (value: number | undefined) => formatMoney(value, e.currency);
  const items: [label: string, value: string][] = [
    [t('report.facts.service'), orDash(facts.service)],
    [t('report.facts.segment'), orDash(facts.customerSegment)],
    ...(persona
      ? ([[t('personas.drawnFor'), persona.name || t('personas.unnamed')]] as [string, string][])
      : []),
    [t('report.facts.start'), orDash(facts.scenarioStart)],
    [t('report.facts.end'), orDash(facts.scenarioEnd)],
    [t('report.facts.tolerance'), formatMinutes(facts.toleranceMin)],
    [t('report.facts.customersPerMonth'), formatDecimal(e.customersPerMonth, 0)],
    [t('report.facts.spendPerVisit'), money(e.spendPerVisit)],
    [t('report.facts.visitsPerYear'), formatDecimal(e.visitsPerYear)],
    [t('report.facts.yearsRetained'), formatDecimal(e.yearsRetained)],
    [
      `${t('report.facts.lifetimeValue')} (${t('report.facts.lifetimeValueHow')})`,
      money(lifetimeValue(e)),
    ],
  ];
  return (
    <section className="report-section" aria-labelledby="report-facts-heading">
      <h2 id="report-facts-heading">{t('report.facts.heading')}</h2>
      <dl className="report-facts" data-testid="report-facts">
        {items.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {persona && <PersonaSummary persona={persona} />}
    </section>
  );
}
