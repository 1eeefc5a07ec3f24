import { useStore } from 'zustand';
import { ViewportPortal } from '@xyflow/react';
import { STEP_MIN_HEIGHT, STEP_WIDTH, stepY, type LaneBand } from '../../model';
import type { StepChangeKind } from '../../model/versions';
import { useEditor } from '../../store/useEditor';
import { baseVersion, changesOf, versionChangesStore } from '../../session/versionChanges';
import { ghostY } from '../ghostY';
import { t, type MessageKey } from '../../i18n/t';
import './changes.css';

/** A change that makes the service better for the customer (drawn green), or worse (red). */
const BETTER: ReadonlySet<StepChangeKind> = new Set([
  'failPointGone',
  'failPointLess',
  'waitGone',
  'waitShorter',
]);
const WORSE: ReadonlySet<StepChangeKind> = new Set([
  'failPointAdded',
  'failPointMore',
  'waitAdded',
  'waitLonger',
]);

/**
 * What changed from another version, drawn on the canvas while "Show changes" is on: changed
 * cards outlined with tags saying how (New, Moved, F gone…), and removed steps as struck-out
 * ghosts where they were. Nothing here is a control: the Versions tab's list is.
 */
export function ChangesLayer({ bands }: { bands: LaneBand[] }) {
  const showing = useStore(versionChangesStore, (s) => s.showing);
  const baseId = useStore(versionChangesStore, (s) => s.baseId);
  const doc = useEditor((s) => s.doc);
  if (!showing) return null;
  const base = baseVersion(doc, baseId);
  const changes = base && changesOf(doc, base);
  if (!changes) return null;
  const stepById = new Map(doc.steps.map((s) => [s.id, s]));
  return (
    <ViewportPortal>
      <div className="changes-layer" aria-hidden="true">
        {[...changes.byStep].flatMap(([id, kinds]) => {
          const step = stepById.get(id);
          const y = step ? stepY(bands, step.lane) : undefined;
          if (!step || y === undefined) return [];
          const tags = kinds.filter(
            (k): k is Exclude<StepChangeKind, 'removed'> => k !== 'removed',
          );
          const tone = kinds.includes('added')
            ? 'is-added'
            : kinds.some((k) => WORSE.has(k))
              ? 'is-worse'
              : kinds.some((k) => BETTER.has(k))
                ? 'is-better'
                : 'is-changed';
          return [
            <div
              key={id}
              className={`change-mark ${tone}`}
              data-testid="change-mark"
              data-step={id}
              data-kinds={kinds.join(' ')}
              style={{
                transform: `translate(${step.x - 6}px, ${y - 6}px)`,
                width: STEP_WIDTH + 12,
                height: STEP_MIN_HEIGHT + 12,
              }}
            >
              <span className="change-tags">
                {tags.map((kind) => (
                  <span key={kind} className={`change-tag is-${kind}`}>
                    {t(`versions.tag.${kind}` as MessageKey)}
                  </span>
                ))}
              </span>
            </div>,
          ];
        })}
      </div>
      <div className="changes-ghosts" aria-hidden="true">
        {changes.changes.flatMap((change) => {
          if (change.kind !== 'removed' || !change.lane) return [];
          const top = stepY(bands, change.lane);
          if (top === undefined) return [];
          const y = ghostY(doc.steps, bands, { lane: change.lane, x: change.x }, top);
          return [
            <div
              key={change.stepId}
              className="removed-ghost"
              data-testid="removed-ghost"
              data-step={change.stepId}
              style={{
                transform: `translate(${change.x}px, ${y}px)`,
                width: STEP_WIDTH,
                height: STEP_MIN_HEIGHT,
              }}
            >
              {t('versions.ghost', { label: change.label || t('step.untitled') })}
            </div>,
          ];
        })}
      </div>
    </ViewportPortal>
  );
}
