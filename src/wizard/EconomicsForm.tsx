import { useEditor, useEditorApi } from '../store/useEditor';
import { t } from '../i18n/t';
import { NumberField } from '../ui/primitives/Fields';

export const CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'CNY',
  'JPY',
  'HKD',
  'TWD',
  'SGD',
  'AUD',
  'CAD',
  'CHF',
  'INR',
];
const MAX = 1_000_000_000;

/** The customer numbers behind lifetime value and the cost of failure. */
export function EconomicsForm() {
  const api = useEditorApi();
  const e = useEditor((s) => s.doc.economics);
  const set = api.getState;
  const currencies = CURRENCIES.includes(e.currency) ? CURRENCIES : [e.currency, ...CURRENCIES];
  return (
    <section className="economics" aria-label={t('guide.economics.heading')}>
      <h3>{t('guide.economics.heading')}</h3>
      <NumberField
        label={t('guide.economics.customersPerMonth')}
        value={e.customersPerMonth}
        min={0}
        max={MAX}
        optional
        onChange={(v) => set().setEconomics({ customersPerMonth: v }, 'economics:customers')}
      />
      <NumberField
        label={t('guide.economics.spendPerVisit')}
        value={e.spendPerVisit}
        min={0}
        max={MAX}
        optional
        onChange={(v) => set().setEconomics({ spendPerVisit: v }, 'economics:spend')}
      />
      <NumberField
        label={t('guide.economics.visitsPerYear')}
        value={e.visitsPerYear}
        min={0}
        max={100_000}
        optional
        onChange={(v) => set().setEconomics({ visitsPerYear: v }, 'economics:visits')}
      />
      <NumberField
        label={t('guide.economics.yearsRetained')}
        value={e.yearsRetained}
        min={0}
        max={200}
        optional
        onChange={(v) => set().setEconomics({ yearsRetained: v }, 'economics:years')}
      />
      <div className="field">
        <label htmlFor="economics-currency">{t('guide.economics.currency')}</label>
        <select
          id="economics-currency"
          value={e.currency}
          onChange={(ev) => set().setEconomics({ currency: ev.target.value })}
        >
          {currencies.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
