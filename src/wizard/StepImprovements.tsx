import { useEditor, useEditorApi } from '../store/useEditor';
import { improvementRows, type Payback } from '../model/analysis';
import {
  IMPROVEMENT_STATUSES,
  type Improvement,
  type ImprovementStatus,
  type Step,
} from '../model';
import { t } from '../i18n/t';
import { formatDecimal, formatMoney } from '../i18n/format';
import { NumberField, TextField } from '../ui/primitives/Fields';

const MAX_MONEY = 1_000_000_000;
const STATUS_KEYS: Record<
  ImprovementStatus,
  | 'guide.improvements.statusIdea'
  | 'guide.improvements.statusPlanned'
  | 'guide.improvements.statusDone'
> = {
  idea: 'guide.improvements.statusIdea',
  planned: 'guide.improvements.statusPlanned',
  done: 'guide.improvements.statusDone',
};

export function formatPayback(payback: Payback): string {
  if (payback === 'never') return t('guide.improvements.never');
  return formatDecimal(payback);
}

/** Step 6: improvements, what they address and cost, and how fast they pay back. */
export function StepImprovements() {
  const api = useEditorApi();
  const doc = useEditor((s) => s.doc);
  const markedSteps = doc.steps.filter((s) => s.failPoint || s.wait).sort((a, b) => a.x - b.x);
  const rows = improvementRows(doc, doc.economics, doc.improvements);
  const currency = doc.economics.currency;
  return (
    <div className="guide-body">
      {doc.improvements.map((improvement, index) => (
        <ImprovementCard
          key={improvement.id}
          improvement={improvement}
          index={index}
          markedSteps={markedSteps}
        />
      ))}
      <button type="button" className="primary" onClick={() => api.getState().addImprovement()}>
        {t('guide.improvements.add')}
      </button>
      {rows.length > 0 && (
        <>
          <h3>{t('guide.improvements.ranked')}</h3>
          <table className="figures" data-testid="ranked-improvements">
            <thead>
              <tr>
                <th scope="col">{t('guide.improvements.title')}</th>
                <th scope="col">{t('guide.improvements.benefit')}</th>
                <th scope="col">{t('guide.improvements.payback')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>{row.title || t('guide.improvements.untitled')}</td>
                  <td>
                    {formatMoney(row.benefitPerMonth, currency)}
                    {row.minutesSavedPerCustomer > 0 && (
                      <div className="status-muted">
                        {t('guide.improvements.minutesSaved', {
                          min: formatDecimal(row.minutesSavedPerCustomer),
                        })}
                      </div>
                    )}
                  </td>
                  <td>{formatPayback(row.paybackMonths)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}

interface CardProps {
  improvement: Improvement;
  index: number;
  markedSteps: Step[];
}

function ImprovementCard({ improvement, index, markedSteps }: CardProps) {
  const api = useEditorApi();
  const edit = api.getState;
  const id = improvement.id;
  const title = improvement.title || t('guide.improvements.untitled');
  const toggle = (stepId: string, on: boolean) => {
    const addresses = on
      ? [...improvement.addresses, stepId]
      : improvement.addresses.filter((s) => s !== stepId);
    edit().updateImprovement(id, { addresses });
  };
  return (
    <section
      className="improvement-card"
      aria-label={t('guide.improvements.heading', { n: index + 1 })}
    >
      <h3>{t('guide.improvements.heading', { n: index + 1 })}</h3>
      <TextField
        label={t('guide.improvements.title')}
        value={improvement.title}
        onChange={(v) => edit().updateImprovement(id, { title: v }, `imp-title:${id}`)}
      />
      <fieldset className="addresses">
        <legend>{t('guide.improvements.addresses')}</legend>
        {markedSteps.length === 0 && (
          <p className="panel-hint">{t('guide.improvements.nothingToAddress')}</p>
        )}
        {markedSteps.map((step) => {
          const label = step.label || t('step.untitled');
          const inputId = `addr-${id}-${step.id}`;
          return (
            <div key={step.id} className="field field-checkbox">
              <input
                id={inputId}
                type="checkbox"
                checked={improvement.addresses.includes(step.id)}
                onChange={(e) => toggle(step.id, e.target.checked)}
              />
              <label htmlFor={inputId}>
                <span className="sr-only">{t('guide.improvements.addressesStep', { label })}</span>
                <span aria-hidden="true">
                  {label} {step.failPoint ? 'F' : ''}
                  {step.wait ? 'W' : ''}
                </span>
              </label>
            </div>
          );
        })}
      </fieldset>
      <NumberField
        label={t('guide.improvements.oneOffCost')}
        value={improvement.oneOffCost}
        min={0}
        max={MAX_MONEY}
        onChange={(v) => edit().updateImprovement(id, { oneOffCost: v ?? 0 }, `imp-oneoff:${id}`)}
      />
      <NumberField
        label={t('guide.improvements.runningCost')}
        value={improvement.runningCostPerMonth}
        min={0}
        max={MAX_MONEY}
        onChange={(v) =>
          edit().updateImprovement(id, { runningCostPerMonth: v ?? 0 }, `imp-running:${id}`)
        }
      />
      <NumberField
        label={t('guide.improvements.newProbability')}
        value={
          improvement.newProbability === undefined ? undefined : improvement.newProbability * 100
        }
        min={0}
        max={100}
        optional
        onChange={(v) =>
          edit().updateImprovement(
            id,
            { newProbability: v === undefined ? undefined : v / 100 },
            `imp-prob:${id}`,
          )
        }
      />
      <NumberField
        label={t('guide.improvements.newWait')}
        value={improvement.newWaitMin}
        min={0}
        max={100_000}
        optional
        onChange={(v) => edit().updateImprovement(id, { newWaitMin: v }, `imp-wait:${id}`)}
      />
      <div className="field">
        <label htmlFor={`status-${id}`}>{t('guide.improvements.status')}</label>
        <select
          id={`status-${id}`}
          value={improvement.status}
          onChange={(e) =>
            edit().updateImprovement(id, { status: e.target.value as ImprovementStatus })
          }
        >
          {IMPROVEMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(STATUS_KEYS[s])}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="danger" onClick={() => edit().deleteImprovement(id)}>
        {t('guide.improvements.remove', { title })}
      </button>
    </section>
  );
}
