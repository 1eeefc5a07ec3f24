import { useEditorApi } from '../store/useEditor';
import { t } from '../i18n/t';
import { COLUMN_GAP, firstLaneOfKind, stepsOfKind } from './placement';
import { useRevealStep } from './useRevealStep';

/** Step 2: the customer's actions, added left to right and chained by flows. */
export function StepCustomer() {
  const api = useEditorApi();
  const reveal = useRevealStep();
  const addCustomerAction = () => {
    const { doc } = api.getState();
    const lane = firstLaneOfKind(doc, 'customer');
    if (!lane) return;
    const last = stepsOfKind(doc, 'customer').at(-1);
    const id = api.getState().addLinkedStep({
      lane,
      x: last ? last.x + COLUMN_GAP : 0,
      ...(last ? { from: last.id } : {}),
    });
    reveal(id, { edit: true });
  };
  return (
    <div className="guide-body">
      <button type="button" className="primary" onClick={addCustomerAction}>
        {t('guide.actions.addCustomerAction')}
      </button>
    </div>
  );
}
