import { useEditor, useEditorApi } from '../store/useEditor';
import { t } from '../i18n/t';
import { firstLaneOfKind, freeXInLane, linkedOfKind, stepsOfKind } from './placement';
import { useRevealStep } from './useRevealStep';
import { useShallow } from 'zustand/react/shallow';

/** Step 3: for each customer action, the onstage action it meets and the backstage work behind it. */
export function StepStaff() {
  const api = useEditorApi();
  const reveal = useRevealStep();
  const actions = useEditor(useShallow((s) => stepsOfKind(s.doc, 'customer')));

  const add = (kind: 'onstage' | 'backstage', customerId: string) => {
    const { doc } = api.getState();
    const lane = firstLaneOfKind(doc, kind);
    const customer = doc.steps.find((s) => s.id === customerId);
    if (!lane || !customer) return;
    // Backstage work hangs off the onstage action the customer meets, if there is one.
    const from =
      kind === 'backstage' ? (linkedOfKind(doc, customerId, 'onstage')[0] ?? customer) : customer;
    const id = api
      .getState()
      .addLinkedStep({ lane, x: freeXInLane(doc, lane, from.x), from: from.id });
    reveal(id, { edit: true });
  };

  if (!actions.length) return <p className="panel-hint">{t('guide.actions.noCustomerActions')}</p>;
  return (
    <div className="guide-body">
      <h3>{t('guide.actions.customerActions')}</h3>
      <ul className="guide-rows">
        {actions.map((step) => {
          const label = step.label || t('step.untitled');
          return (
            <li key={step.id}>
              <strong>{label}</strong>
              <div className="field field-checkbox">
                <input
                  id={`self-${step.id}`}
                  type="checkbox"
                  checked={!!step.selfService}
                  onChange={(e) =>
                    api.getState().updateStep(step.id, { selfService: e.target.checked })
                  }
                />
                <label htmlFor={`self-${step.id}`}>
                  {t('guide.actions.selfService', { label })}
                </label>
              </div>
              <div className="guide-row-buttons">
                <button
                  type="button"
                  disabled={step.selfService}
                  onClick={() => add('onstage', step.id)}
                >
                  {t('guide.actions.addOnstage', { label })}
                </button>
                <button type="button" onClick={() => add('backstage', step.id)}>
                  {t('guide.actions.addBackstage', { label })}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
