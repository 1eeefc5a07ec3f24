import { memo } from 'react';
import { blueprintFacts, guideChecklist, type CheckItem } from '../model/analysis';
import type { GuideStep } from '../model';
import { useEditor } from '../store/useEditor';
import { dictionary, format, t } from '../i18n/t';
import { useRevealStep } from './useRevealStep';

function checkText(item: CheckItem): string {
  return format(dictionary().guide.checks[item.message.key], item.message.params);
}

/** The live checklist of one guide step: ✓ or ✗ per item; a ✗ about a step selects it. */
function ChecklistComponent({ step }: { step: GuideStep }) {
  const doc = useEditor((s) => s.doc);
  const reveal = useRevealStep();
  const items = guideChecklist(step, doc, blueprintFacts(doc), doc.improvements);
  const passed = items.every((i) => i.ok);
  return (
    <section className="checklist" aria-label={t('guide.checklist')}>
      <h3>{t('guide.checklist')}</h3>
      <ul>
        {items.map((item) => {
          const text = checkText(item);
          const mark = item.ok ? '✓' : '✗';
          return (
            <li key={item.id} className={item.ok ? 'check-ok' : 'check-open'} data-check={item.id}>
              <span className="check-mark" aria-hidden="true">
                {mark}
              </span>
              {!item.ok && item.stepId ? (
                <button
                  type="button"
                  className="link-button"
                  title={t('guide.selectOffender')}
                  onClick={() => reveal(item.stepId!)}
                >
                  <span className="sr-only">✗ </span>
                  {text}
                </button>
              ) : (
                <span>
                  <span className="sr-only">{mark} </span>
                  {text}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {passed && <p className="check-summary">{t('guide.allPassed')}</p>}
    </section>
  );
}

export const Checklist = memo(ChecklistComponent);
