import { useStore } from 'zustand';
import { ViewportPortal } from '@xyflow/react';
import { STEP_MIN_HEIGHT, STEP_WIDTH, stepY, type LaneBand } from '../../model';
import { ghostY } from '../ghostY';
import { findingStep, type FindingKind } from '../../model/compare';
import { useEditor } from '../../store/useEditor';
import { comparisonOf, comparisonStore } from '../../session/comparison';
import { t } from '../../i18n/t';
import './compare.css';

/**
 * The comparison with a reference, drawn on the canvas: steps with a finding outlined (a dashed
 * outline for extra steps, which are not wrong), and where a missing reference step would go,
 * a ghost card. Nothing here is a control: the Compare panel's list is.
 */
export function CompareLayer({ bands }: { bands: LaneBand[] }) {
  const reference = useStore(comparisonStore, (s) => s.reference);
  const doc = useEditor((s) => s.doc);
  if (!reference) return null;
  const { findings } = comparisonOf(reference, doc);
  const kindsByStep = new Map<string, FindingKind[]>();
  for (const finding of findings) {
    const id = findingStep(finding);
    if (id) kindsByStep.set(id, [...(kindsByStep.get(id) ?? []), finding.kind]);
  }
  const stepById = new Map(doc.steps.map((s) => [s.id, s]));
  return (
    <ViewportPortal>
      <div className="compare-layer" aria-hidden="true">
        {[...kindsByStep].flatMap(([id, kinds]) => {
          const step = stepById.get(id);
          const y = step ? stepY(bands, step.lane) : undefined;
          if (!step || y === undefined) return [];
          const onlyExtra = kinds.every((k) => k === 'extraStep');
          return [
            <div
              key={id}
              className={`compare-mark${onlyExtra ? ' is-extra' : ''}`}
              data-testid="compare-mark"
              data-step={id}
              data-kinds={kinds.join(' ')}
              style={{
                transform: `translate(${step.x - 6}px, ${y - 6}px)`,
                width: STEP_WIDTH + 12,
                height: STEP_MIN_HEIGHT + 12,
              }}
            />,
          ];
        })}
      </div>
      {/* Ghosts sit under the cards: where the student drew something, their card wins. */}
      <div className="compare-ghosts" aria-hidden="true">
        {findings.flatMap((finding) => {
          if (finding.kind !== 'missingStep' || !finding.ghost) return [];
          const top = stepY(bands, finding.ghost.lane);
          if (top === undefined) return [];
          const y = ghostY(doc.steps, bands, finding.ghost, top);
          return [
            <div
              key={finding.refStepId}
              className="compare-ghost"
              data-testid="compare-ghost"
              data-ref-step={finding.refStepId}
              style={{
                transform: `translate(${finding.ghost.x}px, ${y}px)`,
                width: STEP_WIDTH,
                height: STEP_MIN_HEIGHT,
              }}
            >
              {t('compare.ghost', { label: finding.label || t('compare.untitled') })}
            </div>,
          ];
        })}
      </div>
    </ViewportPortal>
  );
}
