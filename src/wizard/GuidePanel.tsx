import { GUIDE_STEPS, type GuideStep } from '../model';
import { useEditor, useEditorApi } from '../store/useEditor';
import { dictionary, t } from '../i18n/t';
import { Checklist } from './Checklist';
import { StepFacts } from './StepFacts';
import { StepCustomer } from './StepCustomer';
import { StepStaff } from './StepStaff';
import { StepDelivery } from './StepDelivery';
import { StepCosts } from './StepCosts';
import { StepImprovements } from './StepImprovements';

const STEP_BODIES: Record<GuideStep, () => React.JSX.Element> = {
  1: StepFacts,
  2: StepCustomer,
  3: StepStaff,
  4: StepDelivery,
  5: StepCosts,
  6: StepImprovements,
};

/** The six-step guide, docked beside the canvas; progress is saved in the document. */
export function GuidePanel() {
  const api = useEditorApi();
  const step = useEditor((s) => s.doc.guide.step);
  const done = useEditor((s) => s.doc.guide.done);
  const texts = dictionary().guide.steps[step];
  const Body = STEP_BODIES[step];
  const go = (next: GuideStep) => api.getState().setGuideStep(next);
  return (
    <section className="guide" aria-label={t('guide.heading')}>
      <nav aria-label={t('guide.stepper')}>
        <ol className="stepper">
          {GUIDE_STEPS.map((n) => (
            <li key={n}>
              <button
                type="button"
                aria-current={n === step ? 'step' : undefined}
                aria-label={t('guide.stepLabel', { n, title: dictionary().guide.steps[n].title })}
                className={`${n === step ? 'is-current' : ''}${done.includes(n) ? ' is-done' : ''}`}
                onClick={() => go(n)}
              >
                {done.includes(n) ? '✓' : n}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <h2>
        {step}. {texts.title}
      </h2>
      <p className="guide-why">{texts.why}</p>
      <p className="guide-todo">
        <strong>{t('guide.whatToDo')}:</strong> {texts.todo}
      </p>
      <Body />
      <Checklist step={step} />
      <div className="field field-checkbox guide-done">
        <input
          id="guide-done"
          type="checkbox"
          checked={done.includes(step)}
          onChange={(e) => api.getState().setGuideDone(step, e.target.checked)}
        />
        <label htmlFor="guide-done">{t('guide.markDone')}</label>
      </div>
      <div className="guide-nav">
        <button type="button" disabled={step === 1} onClick={() => go((step - 1) as GuideStep)}>
          {t('guide.back')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={step === 6}
          onClick={() => go((step + 1) as GuideStep)}
        >
          {t('guide.next')}
        </button>
      </div>
    </section>
  );
}
