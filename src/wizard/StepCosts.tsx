import { useEditor, useEditorApi } from '../store/useEditor';
import {
  blueprintFacts,
  customerTime,
  lifetimeValue,
  rankFailPoints,
  waitRows,
} from '../model/analysis';
import type { Step } from '../model';
import { dictionary, t } from '../i18n/t';
import { formatDecimal, formatMoney, formatPercent } from '../i18n/format';
import { CheckboxField, NumberField, TextField } from '../ui/primitives/Fields';
import { EconomicsForm } from './EconomicsForm';
import { useRevealStep } from './useRevealStep';

const MAX_MINUTES = 100_000;
const MAX_MONEY = 1_000_000_000;

/** Step 5: mark fail points and waits, fill in their numbers, and see what they cost. */
export function StepCosts() {
  const doc = useEditor((s) => s.doc);
  const selected = useEditor((s) =>
    s.selection.steps.length === 1 ? s.selection.steps[0] : undefined,
  );
  const reveal = useRevealStep();
  const laneLabel = new Map(doc.lanes.map((l) => [l.id, l.label]));
  const steps = [...doc.steps].sort((a, b) => a.x - b.x);
  const ranked = rankFailPoints(doc, doc.economics);
  const waits = waitRows(doc);
  const time = customerTime(doc, blueprintFacts(doc).toleranceMin);
  const selectedStep = steps.find((s) => s.id === selected);
  const selectedLabel = selectedStep?.label || t('step.untitled');
  const currency = doc.economics.currency;
  return (
    <div className="guide-body">
      <EconomicsForm />
      <p>
        {t('guide.economics.lifetimeValue')}
        {t('guide.economics.colon')}
        <strong>{formatMoney(lifetimeValue(doc.economics), currency)}</strong>
      </p>

      <h3>{t('guide.costs.stepsHeading')}</h3>
      <ul className="guide-rows cost-rows">
        {steps.map((step) => (
          <CostRow key={step.id} step={step} laneLabel={laneLabel.get(step.lane) ?? ''} />
        ))}
      </ul>

      {selectedStep?.wait && (
        <Prompts
          heading={t('guide.costs.psychologyHeading', { label: selectedLabel })}
          items={dictionary().guide.psychology}
        />
      )}
      {selectedStep?.failPoint && (
        <Prompts
          heading={t('guide.costs.recoveryHeading', { label: selectedLabel })}
          items={dictionary().guide.recoveryQualities}
        />
      )}

      <h3>{t('guide.costs.rankedHeading')}</h3>
      <table className="figures" data-testid="ranked-fail-points">
        <thead>
          <tr>
            <th scope="col">{t('guide.costs.step')}</th>
            <th scope="col">{t('inspector.probability')}</th>
            <th scope="col">{t('guide.costs.expectedCost')}</th>
          </tr>
        </thead>
        <tbody>
          {ranked.map((row) => (
            <tr key={row.stepId}>
              <td>
                <button type="button" className="link-button" onClick={() => reveal(row.stepId)}>
                  {row.label || t('step.untitled')}
                </button>
              </td>
              <td>{formatPercent(row.probability)}</td>
              <td>{formatMoney(row.expectedCostPerMonth, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{t('guide.costs.waitsHeading')}</h3>
      <ul className="wait-list" data-testid="waits">
        {waits.map((row) => (
          <li key={row.stepId} className={row.overTolerance ? 'is-over' : undefined}>
            {t('guide.costs.waitRow', {
              label: row.label || t('step.untitled'),
              expected: formatDecimal(row.expectedMin),
              tolerance: formatDecimal(row.toleranceMin),
            })}
            {row.overTolerance && (
              <strong> — {t('guide.costs.overBy', { min: formatDecimal(row.overByMin) })}</strong>
            )}
          </li>
        ))}
      </ul>

      <h3>{t('guide.costs.customerTime')}</h3>
      <p data-testid="customer-time">
        {time.totalMin === undefined
          ? t('guide.costs.customerTimeUnknown')
          : t('guide.costs.customerTimeValue', {
              total: formatDecimal(time.totalMin),
              wait: formatDecimal(time.waitMin),
            })}
      </p>
      {time.cycle && <p className="field-warning">{t('guide.costs.cycle')}</p>}
      {time.overTolerance && (
        <p className="field-warning">
          {t('guide.costs.overTolerance', { tolerance: formatDecimal(doc.meta.toleranceMin) })}
        </p>
      )}
    </div>
  );
}

function Prompts({ heading, items }: { heading: string; items: readonly string[] }) {
  return (
    <aside className="prompts" aria-label={heading}>
      <h3>{heading}</h3>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </aside>
  );
}

function CostRow({ step, laneLabel }: { step: Step; laneLabel: string }) {
  const api = useEditorApi();
  const edit = api.getState;
  const label = step.label || t('step.untitled');
  const id = step.id;
  const fp = step.failPoint;
  const wait = step.wait;
  return (
    <li data-cost-row={id}>
      <div>
        <strong>{label}</strong> <span className="status-muted">{laneLabel}</span>
      </div>
      <div className="cost-toggles">
        <CheckboxField
          label={t('guide.costs.fail', { label })}
          checked={!!fp}
          onChange={(on) => edit().setFailPoint(id, on ? {} : null)}
        />
        <CheckboxField
          label={t('guide.costs.wait', { label })}
          checked={!!wait}
          onChange={(on) => edit().setWait(id, on ? {} : null)}
        />
      </div>
      {fp && (
        <div className="cost-fields">
          <NumberField
            label={t('guide.costs.probability', { label })}
            value={fp.probability * 100}
            min={0}
            max={100}
            onChange={(v) =>
              edit().setFailPoint(id, { probability: (v ?? 0) / 100 }, `probability:${id}`)
            }
          />
          <NumberField
            label={t('guide.costs.cost', { label })}
            value={fp.costPerFailure}
            min={0}
            max={MAX_MONEY}
            onChange={(v) => edit().setFailPoint(id, { costPerFailure: v ?? 0 }, `cost:${id}`)}
          />
          <NumberField
            label={t('guide.economics.lostShare', { label })}
            value={fp.lostShare === undefined ? undefined : fp.lostShare * 100}
            min={0}
            max={100}
            optional
            onChange={(v) =>
              edit().setFailPoint(
                id,
                { lostShare: v === undefined ? undefined : v / 100 },
                `lost:${id}`,
              )
            }
          />
          <TextField
            label={t('guide.costs.recovery', { label })}
            value={fp.recovery}
            onChange={(v) => edit().setFailPoint(id, { recovery: v }, `recovery:${id}`)}
          />
        </div>
      )}
      {wait && (
        <div className="cost-fields">
          <NumberField
            label={t('guide.costs.expected', { label })}
            value={wait.expectedMin}
            min={0}
            max={MAX_MINUTES}
            onChange={(v) => edit().setWait(id, { expectedMin: v ?? 0 }, `expected:${id}`)}
          />
          <NumberField
            label={t('guide.costs.tolerance', { label })}
            value={wait.toleranceMin}
            min={0}
            max={MAX_MINUTES}
            onChange={(v) => edit().setWait(id, { toleranceMin: v ?? 0 }, `tolerance:${id}`)}
          />
        </div>
      )}
    </li>
  );
}
