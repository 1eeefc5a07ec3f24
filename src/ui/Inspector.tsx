import { useEditor, useEditorApi } from '../store/useEditor';
import { selectSelectedFlow, selectSelectedStep } from '../store/selectors';
import { feelingText } from '../canvas/emotion/feelingText';
import { t } from '../i18n/t';
import type { Flow, Step } from '../model';
import { CheckboxField, NumberField, TextField } from './primitives/Fields';
import { StepsInspector } from './arrange/StepsInspector';

const MAX_MINUTES = 100_000;
const MAX_MONEY = 1_000_000_000;

/** The right-hand panel: fields of the selected step or flow, or of the blueprint itself. */
export function Inspector() {
  const step = useEditor(selectSelectedStep);
  const flow = useEditor(selectSelectedFlow);
  const count = useEditor((s) => s.selection.steps.length + s.selection.flows.length);
  const stepIds = useEditor((s) => s.selection.steps);
  if (step) return <StepInspector key={step.id} step={step} />;
  if (flow) return <FlowInspector key={flow.id} flow={flow} />;
  if (stepIds.length > 1) return <StepsInspector ids={stepIds} />;
  if (count > 1) return <p className="panel-hint">{t('inspector.manySelected', { count })}</p>;
  return <BlueprintInspector />;
}

function StepInspector({ step }: { step: Step }) {
  const api = useEditorApi();
  const lanes = useEditor((s) => s.doc.lanes);
  const id = step.id;
  const edit = api.getState;
  const fp = step.failPoint;
  const wait = step.wait;
  return (
    <section aria-label={t('inspector.stepHeading')}>
      <h2>{t('inspector.stepHeading')}</h2>
      <TextField
        label={t('inspector.label')}
        value={step.label}
        onChange={(v) => edit().updateStep(id, { label: v }, `label:${id}`)}
      />
      <TextField
        label={t('inspector.description')}
        multiline
        value={step.description}
        onChange={(v) => edit().updateStep(id, { description: v }, `description:${id}`)}
      />
      <div className="field">
        <label htmlFor={`lane-${id}`}>{t('inspector.lane')}</label>
        <select
          id={`lane-${id}`}
          value={step.lane}
          onChange={(e) => edit().updateStep(id, { lane: e.target.value })}
        >
          {lanes
            .filter((lane) => lane.kind !== 'emotion')
            .map((lane) => (
              <option key={lane.id} value={lane.id}>
                {lane.label}
              </option>
            ))}
        </select>
      </div>
      <NumberField
        label={t('inspector.duration')}
        value={step.durationMin}
        min={0}
        max={MAX_MINUTES}
        optional
        onChange={(v) => edit().updateStep(id, { durationMin: v }, `duration:${id}`)}
      />

      {lanes.find((l) => l.id === step.lane)?.kind === 'customer' && <FeelingFields step={step} />}

      <div className="marker-section marker-section-fail">
        <div className="marker-toggle">
          <CheckboxField
            label={t('inspector.failPoint')}
            checked={!!fp}
            onChange={(on) => edit().setFailPoint(id, on ? {} : null)}
          />
        </div>
        {fp && (
          <>
            <TextField
              label={t('inspector.risk')}
              multiline
              value={fp.risk}
              onChange={(v) => edit().setFailPoint(id, { risk: v }, `risk:${id}`)}
            />
            <NumberField
              label={t('inspector.probability')}
              value={fp.probability * 100}
              min={0}
              max={100}
              onChange={(v) =>
                edit().setFailPoint(id, { probability: (v ?? 0) / 100 }, `probability:${id}`)
              }
            />
            <NumberField
              label={t('inspector.costPerFailure')}
              value={fp.costPerFailure}
              min={0}
              max={MAX_MONEY}
              onChange={(v) => edit().setFailPoint(id, { costPerFailure: v ?? 0 }, `cost:${id}`)}
            />
            <TextField
              label={t('inspector.recovery')}
              multiline
              value={fp.recovery}
              onChange={(v) => edit().setFailPoint(id, { recovery: v }, `recovery:${id}`)}
            />
            <TextField
              label={t('inspector.owner')}
              value={fp.owner}
              onChange={(v) => edit().setFailPoint(id, { owner: v }, `owner:${id}`)}
            />
          </>
        )}
      </div>

      <div className="marker-section marker-section-wait">
        <div className="marker-toggle">
          <CheckboxField
            label={t('inspector.wait')}
            checked={!!wait}
            onChange={(on) => edit().setWait(id, on ? {} : null)}
          />
        </div>
        {wait && (
          <>
            <NumberField
              label={t('inspector.expectedWait')}
              value={wait.expectedMin}
              min={0}
              max={MAX_MINUTES}
              onChange={(v) => edit().setWait(id, { expectedMin: v ?? 0 }, `expected:${id}`)}
            />
            <NumberField
              label={t('inspector.tolerance')}
              value={wait.toleranceMin}
              min={0}
              max={MAX_MINUTES}
              onChange={(v) => edit().setWait(id, { toleranceMin: v ?? 0 }, `tolerance:${id}`)}
            />
            {wait.expectedMin > wait.toleranceMin && (
              <p className="field-warning">{t('inspector.overTolerance')}</p>
            )}
          </>
        )}
      </div>
      <button type="button" className="danger" onClick={() => edit().deleteSteps([id])}>
        {t('inspector.deleteStep')}
      </button>
    </section>
  );
}

function FlowInspector({ flow }: { flow: Flow }) {
  const api = useEditorApi();
  const from = useEditor((s) => s.doc.steps.find((x) => x.id === flow.from)?.label);
  const to = useEditor((s) => s.doc.steps.find((x) => x.id === flow.to)?.label);
  const id = flow.id;
  return (
    <section aria-label={t('inspector.flowHeading')}>
      <h2>{t('inspector.flowHeading')}</h2>
      <p className="flow-ends">
        {t('inspector.from')}: <strong>{from || t('step.untitled')}</strong> → {t('inspector.to')}:{' '}
        <strong>{to || t('step.untitled')}</strong>
      </p>
      <TextField
        label={t('inspector.flowLabel')}
        value={flow.label}
        onChange={(v) => api.getState().updateFlow(id, { label: v }, `flow-label:${id}`)}
      />
      <CheckboxField
        label={t('inspector.twoWay')}
        checked={flow.twoWay}
        onChange={(v) => api.getState().updateFlow(id, { twoWay: v })}
      />
      <button type="button" className="danger" onClick={() => api.getState().deleteFlows([id])}>
        {t('inspector.deleteFlow')}
      </button>
    </section>
  );
}

function BlueprintInspector() {
  const api = useEditorApi();
  const meta = useEditor((s) => s.doc.meta);
  return (
    <section aria-label={t('inspector.blueprintHeading')}>
      <h2>{t('inspector.blueprintHeading')}</h2>
      <p className="panel-hint">{t('inspector.hint')}</p>
      <TextField
        label={t('inspector.service')}
        value={meta.service}
        onChange={(v) => api.getState().setMeta({ service: v }, 'meta:service')}
      />
      <TextField
        label={t('inspector.customerSegment')}
        value={meta.customerSegment}
        onChange={(v) => api.getState().setMeta({ customerSegment: v }, 'meta:segment')}
      />
      <TextField
        label={t('inspector.scenario')}
        multiline
        value={meta.scenario}
        onChange={(v) => api.getState().setMeta({ scenario: v }, 'meta:scenario')}
      />
      <TextField
        label={t('inspector.author')}
        value={meta.author ?? ''}
        onChange={(v) => api.getState().setMeta({ author: v }, 'meta:author')}
      />
    </section>
  );
}

const SCORES = [2, 1, 0, -1, -2];

/** How the customer feels at a customer action: the emotion lane's point, and why. */
function FeelingFields({ step }: { step: Step }) {
  const api = useEditorApi();
  const id = step.id;
  const feeling = step.feeling;
  return (
    <div className="feeling-fields">
      <div className="field">
        <label htmlFor={`feeling-${id}`}>{t('emotion.inspectorFeeling')}</label>
        <select
          id={`feeling-${id}`}
          value={feeling ? String(feeling.score) : ''}
          onChange={(e) =>
            api
              .getState()
              .setFeeling(id, e.target.value === '' ? null : { score: Number(e.target.value) })
          }
        >
          <option value="">{t('emotion.inspectorNone')}</option>
          {SCORES.map((score) => (
            <option key={score} value={score}>
              {feelingText(score)}
            </option>
          ))}
        </select>
      </div>
      {feeling && (
        <TextField
          label={t('emotion.inspectorNote')}
          value={feeling.note}
          onChange={(v) => api.getState().setFeeling(id, { note: v }, `feeling-note:${id}`)}
        />
      )}
    </div>
  );
}
