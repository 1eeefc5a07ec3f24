import { useShallow } from 'zustand/react/shallow';
import { useEditor, useEditorApi } from '../store/useEditor';
import { t } from '../i18n/t';
import { firstLaneOfKind, freeXInLane, stepsOfKind } from './placement';
import { useRevealStep } from './useRevealStep';

/** Step 4: evidence above each customer action, support processes under the staff's steps. */
export function StepDelivery() {
  const api = useEditorApi();
  const reveal = useRevealStep();
  const actions = useEditor(useShallow((s) => stepsOfKind(s.doc, 'customer')));
  const staff = useEditor(
    useShallow((s) =>
      [...stepsOfKind(s.doc, 'onstage'), ...stepsOfKind(s.doc, 'backstage')].sort(
        (a, b) => a.x - b.x,
      ),
    ),
  );

  const addEvidence = (customerId: string) => {
    const { doc } = api.getState();
    const lane = firstLaneOfKind(doc, 'evidence');
    const customer = doc.steps.find((s) => s.id === customerId);
    if (!lane || !customer) return;
    const x = freeXInLane(doc, lane, customer.x);
    // Evidence sits above its action; only when that column is taken does a flow say which it is.
    const id = api
      .getState()
      .addLinkedStep({ lane, x, ...(x !== customer.x ? { to: customer.id } : {}) });
    reveal(id, { edit: true });
  };
  const addSupport = (stepId: string) => {
    const { doc } = api.getState();
    const lane = firstLaneOfKind(doc, 'support');
    const from = doc.steps.find((s) => s.id === stepId);
    if (!lane || !from) return;
    const id = api
      .getState()
      .addLinkedStep({ lane, x: freeXInLane(doc, lane, from.x), from: from.id });
    reveal(id, { edit: true });
  };

  return (
    <div className="guide-body">
      <h3>{t('guide.actions.customerActions')}</h3>
      {actions.length ? (
        <ul className="guide-rows">
          {actions.map((step) => (
            <li key={step.id}>
              <button type="button" onClick={() => addEvidence(step.id)}>
                {t('guide.actions.addEvidence', { label: step.label || t('step.untitled') })}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="panel-hint">{t('guide.actions.noCustomerActions')}</p>
      )}
      <h3>{t('guide.actions.staffSteps')}</h3>
      {staff.length ? (
        <ul className="guide-rows">
          {staff.map((step) => (
            <li key={step.id}>
              <button type="button" onClick={() => addSupport(step.id)}>
                {t('guide.actions.addSupport', { label: step.label || t('step.untitled') })}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="panel-hint">{t('guide.actions.noStaffSteps')}</p>
      )}
    </div>
  );
}
