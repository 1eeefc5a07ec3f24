import { useStore } from 'zustand';
import { useReactFlow } from '@xyflow/react';
import { STEP_MIN_HEIGHT, STEP_WIDTH, laneBands, stepY } from '../../model';
import { FINDING_KINDS, findingStep, type Finding, type ScorePart } from '../../model/compare';
import { useEditor, useEditorApi } from '../../store/useEditor';
import { comparisonOf, comparisonStore, stopComparing } from '../../session/comparison';
import { centreBox, centreStep } from '../search/centreStep';
import { formatDecimal } from '../../i18n/format';
import { t } from '../../i18n/t';
import { findingText, groupTitle } from './findingText';
import './compare.css';

const points = (part: ScorePart) => formatDecimal(part.points);

function findingKey(finding: Finding): string {
  if (finding.kind === 'missingFlow') return `${finding.kind}:${finding.refFlowId}`;
  if (finding.kind === 'extraStep') return `${finding.kind}:${finding.stepId}`;
  return `${finding.kind}:${finding.refStepId}`;
}

/** The Compare tab: the score with its rule, and every finding as a button that shows it. */
export function ComparePanel() {
  const reference = useStore(comparisonStore, (s) => s.reference);
  const doc = useEditor((s) => s.doc);
  const api = useEditorApi();
  const flow = useReactFlow();
  if (!reference) return null;
  const { findings, score } = comparisonOf(reference, doc);

  const show = (finding: Finding) => {
    const current = api.getState().doc;
    const id = findingStep(finding);
    if (id) {
      const steps = finding.kind === 'missingFlow' ? [finding.from, finding.to] : [id];
      api.getState().select({ steps, flows: [] });
      centreStep(flow, current, id);
      return;
    }
    if (finding.kind === 'missingStep' && finding.ghost) {
      api.getState().select({ steps: [], flows: [] });
      const y = stepY(laneBands(current.lanes), finding.ghost.lane) ?? 0;
      centreBox(flow, { x: finding.ghost.x, y, width: STEP_WIDTH, height: STEP_MIN_HEIGHT });
    }
  };

  return (
    <section className="compare-panel" aria-labelledby="compare-title">
      <h2 id="compare-title">{t('compare.panelTitle', { title: reference.title })}</h2>
      <p className="compare-score" data-testid="compare-score">
        {t('compare.score', { score: score.total })}
      </p>
      <details className="compare-rule">
        <summary>{t('compare.scoreRule')}</summary>
        <ul>
          <li>
            {t('compare.ruleSteps', { points: points(score.steps), outOf: score.steps.outOf })}
          </li>
          <li>
            {t('compare.ruleMarkers', {
              points: points(score.markers),
              outOf: score.markers.outOf,
            })}
          </li>
          <li>
            {t('compare.ruleFlows', { points: points(score.flows), outOf: score.flows.outOf })}
          </li>
          <li>{t('compare.ruleRest')}</li>
        </ul>
      </details>
      <p className="panel-hint">{t('compare.changedNote')}</p>
      {findings.length === 0 ? (
        <p className="compare-none">{t('compare.noFindings')}</p>
      ) : (
        FINDING_KINDS.map((kind) => {
          const group = findings.filter((f) => f.kind === kind);
          if (!group.length) return null;
          return (
            <section key={kind} className={`compare-group compare-group-${kind}`} data-kind={kind}>
              <h3>
                {groupTitle(kind)} ({group.length})
              </h3>
              <ul>
                {group.map((finding) => (
                  <li key={findingKey(finding)}>
                    <button
                      type="button"
                      className="compare-finding"
                      data-kind={finding.kind}
                      onClick={() => show(finding)}
                    >
                      {findingText(finding)}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          );
        })
      )}
      <button type="button" onClick={stopComparing}>
        {t('compare.stop')}
      </button>
    </section>
  );
}
