import { useMemo } from 'react';
import { ops } from '../../model';
import { useEditor, useEditorApi } from '../../store/useEditor';
import { t } from '../../i18n/t';
import { MixedCheckbox, MixedMinutesField } from './MixedFields';
import './arrange.css';

const MAX_MINUTES = 100_000;

/**
 * The inspector of several selected steps: the fields they can share (lane, duration,
 * self-service, fail point, wait), each "mixed" where they differ. A change applies to every
 * selected step as one undo step.
 */
export function StepsInspector({ ids }: { ids: readonly string[] }) {
  const api = useEditorApi();
  const lanes = useEditor((s) => s.doc.lanes);
  const steps = useEditor((s) => s.doc.steps);
  const common = useMemo(() => ops.stepsInCommon({ steps }, ids), [steps, ids]);
  if (!common) return null;
  const set = (fields: ops.StepsFields, key?: string) =>
    api.getState().setStepsFields(ids, fields, key);
  const keyFor = (field: string) => `steps-${field}:${[...ids].sort().join(',')}`;
  const count = ops.stepsOf({ steps }, ids).length;
  return (
    <section className="steps-inspector" aria-label={t('arrange.heading', { count })}>
      <h2>{t('arrange.heading', { count })}</h2>
      <p className="panel-hint">{t('arrange.hint')}</p>
      <div className="field">
        <label htmlFor="steps-lane">{t('inspector.lane')}</label>
        <select
          id="steps-lane"
          value={common.lane.mixed ? '' : common.lane.value}
          onChange={(e) => e.target.value && set({ lane: e.target.value })}
        >
          {common.lane.mixed && (
            <option value="" disabled>
              {t('arrange.mixedLane')}
            </option>
          )}
          {lanes.map((lane) => (
            <option key={lane.id} value={lane.id}>
              {lane.label}
            </option>
          ))}
        </select>
      </div>
      <MixedMinutesField
        label={t('inspector.duration')}
        value={common.durationMin}
        max={MAX_MINUTES}
        onChange={(v) => set({ durationMin: v }, keyFor('duration'))}
      />
      <MixedCheckbox
        label={t('arrange.selfService')}
        value={common.selfService}
        onChange={(on) => set({ selfService: on })}
      />
      <MixedCheckbox
        label={t('inspector.failPoint')}
        value={common.failPoint}
        onChange={(on) => set({ failPoint: on })}
      />
      <MixedCheckbox
        label={t('inspector.wait')}
        value={common.wait}
        onChange={(on) => set({ wait: on })}
      />
    </section>
  );
}
