import type { Blueprint, Step } from '../../model';
import { t } from '../../i18n/t';

/**
 * The caption under the canvas while presenting: the customer action, its notes, the fail
 * points and waits on it and on its linked steps, and the linked steps themselves.
 */
export function PresentCaption({
  doc,
  customer,
  linked,
}: {
  doc: Pick<Blueprint, 'lanes'>;
  customer: Step;
  linked: readonly Step[];
}) {
  const laneName = (step: Step) => doc.lanes.find((l) => l.id === step.lane)?.label ?? '';
  const label = (step: Step) => step.label || t('step.untitled');
  const marked = [customer, ...linked].filter((s) => s.failPoint || s.wait);
  return (
    <>
      <h2 className="present-title">{label(customer)}</h2>
      {customer.description && <p className="present-description">{customer.description}</p>}
      <h3 className="sr-only">{t('present.notesHeading')}</h3>
      {marked.length === 0 ? (
        <p className="present-none">{t('present.noNotes')}</p>
      ) : (
        <ul className="present-notes">
          {marked.map((step) => (
            <li key={step.id}>
              <span className="present-step-name">
                {label(step)}
                {step !== customer && <span className="present-lane"> · {laneName(step)}</span>}
              </span>
              {step.failPoint && (
                <p className="present-note">
                  <span className="present-marker is-fail" title={t('step.failMarkerTitle')}>
                    {t('step.failMarker')}
                  </span>{' '}
                  {t('present.failNote', {
                    risk: step.failPoint.risk || t('present.riskUnknown'),
                  })}
                  {step.failPoint.recovery && (
                    <span className="present-recovery">
                      {t('present.recovery', { recovery: step.failPoint.recovery })}
                    </span>
                  )}
                </p>
              )}
              {step.wait && (
                <p className="present-note">
                  <span className="present-marker is-wait" title={t('step.waitMarkerTitle')}>
                    {t('step.waitMarker')}
                  </span>{' '}
                  {t('present.waitNote', {
                    expected: step.wait.expectedMin,
                    tolerance: step.wait.toleranceMin,
                  })}
                  {step.wait.expectedMin > step.wait.toleranceMin && (
                    <> {t('present.waitTooLong')}</>
                  )}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <h3 className="present-linked-heading">{t('present.linkedHeading')}</h3>
      {linked.length === 0 ? (
        <p className="present-none">{t('present.noLinked')}</p>
      ) : (
        <ul className="present-linked">
          {linked.map((step) => (
            <li key={step.id}>
              {label(step)}
              <span className="present-lane"> · {laneName(step)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
