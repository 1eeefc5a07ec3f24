import { useEffect, useMemo, useRef } from 'react';
import type { Lane, Step } from '../../model';
import { useEditor, useEditorApi } from '../../store/useEditor';
import { t } from '../../i18n/t';
import { STEP_SPACING } from '../addStepAction';
import { nextColumnX, tableColumns } from './tableColumns';
import './tableView.css';

/**
 * The blueprint as a real table, for screen readers and keyboards: one row per visible lane
 * (row headers), one column per moment in time (column headers; see tableColumns.ts for how
 * steps are grouped), and a last, empty column to add steps after the end. Labels are edited
 * in place with the store's `updateStep` (a typing burst is one undo step), F and W toggle
 * fail point and wait, and an empty cell adds a step in its lane at its column's x.
 */
export function TableView() {
  const api = useEditorApi();
  const lanes = useEditor((s) => s.doc.lanes);
  const steps = useEditor((s) => s.doc.steps);
  const readOnly = useEditor((s) => s.readOnly);
  const visible = useMemo(() => lanes.filter((l) => !l.hidden), [lanes]);
  const columns = useMemo(() => {
    const shown = new Set(visible.map((l) => l.id));
    const placed = tableColumns(steps.filter((s) => shown.has(s.lane)));
    return [...placed, { x: nextColumnX(placed, STEP_SPACING), steps: [] }];
  }, [steps, visible]);
  /** A step just added here: its label takes the focus once it is on the page. */
  const focusNext = useRef<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const id = focusNext.current;
    if (!id) return;
    focusNext.current = null;
    root.current?.querySelector<HTMLInputElement>(`[data-table-step="${id}"]`)?.focus();
  });

  const columnName = (index: number) =>
    index === columns.length - 1
      ? t('a11y.table.newColumn')
      : t('a11y.table.column', { n: index + 1 });

  return (
    <div className="table-view" ref={root}>
      <p className="table-view-hint">{t('a11y.table.hint')}</p>
      {visible.length === 0 ? (
        <p>{t('a11y.table.noLanes')}</p>
      ) : (
        <table className="blueprint-table">
          <caption>{t('a11y.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('a11y.table.laneHeader')}</th>
              {columns.map((_, i) => (
                <th scope="col" key={i}>
                  {columnName(i)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.map((lane) => (
              <tr key={lane.id} className={`lane-kind-${lane.kind}`}>
                <th scope="row">{lane.label}</th>
                {columns.map((column, i) => {
                  const here = column.steps.filter((s) => s.lane === lane.id);
                  return (
                    <td key={i}>
                      {here.map((step) => (
                        <StepItem
                          key={step.id}
                          step={step}
                          lane={lane}
                          column={columnName(i)}
                          readOnly={readOnly}
                        />
                      ))}
                      {here.length === 0 && !readOnly && (
                        <button
                          type="button"
                          className="table-add"
                          aria-label={t('a11y.table.addStepIn', {
                            lane: lane.label,
                            column: columnName(i),
                          })}
                          onClick={() => {
                            focusNext.current = api.getState().addStep(lane.id, column.x);
                          }}
                        >
                          {t('a11y.table.addStep')}
                        </button>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

interface StepItemProps {
  step: Step;
  lane: Lane;
  column: string;
  readOnly: boolean;
}

function StepItem({ step, lane, column, readOnly }: StepItemProps) {
  const api = useEditorApi();
  const label = step.label || t('step.untitled');
  return (
    <div className="table-step">
      <input
        className="table-step-label"
        data-table-step={step.id}
        aria-label={t('a11y.table.stepLabel', { lane: lane.label, column })}
        placeholder={t('step.untitled')}
        value={step.label}
        readOnly={readOnly}
        onFocus={() => api.getState().select({ steps: [step.id], flows: [] })}
        onChange={(e) =>
          api.getState().updateStep(step.id, { label: e.target.value }, `label:${step.id}`)
        }
      />
      <button
        type="button"
        className="table-marker table-marker-fail"
        aria-pressed={!!step.failPoint}
        aria-label={t('a11y.table.failPoint', { label })}
        title={t('step.failMarkerTitle')}
        disabled={readOnly}
        onClick={() => api.getState().toggleFailPoint([step.id])}
      >
        {t('step.failMarker')}
      </button>
      <button
        type="button"
        className="table-marker table-marker-wait"
        aria-pressed={!!step.wait}
        aria-label={t('a11y.table.wait', { label })}
        title={t('step.waitMarkerTitle')}
        disabled={readOnly}
        onClick={() => api.getState().toggleWait([step.id])}
      >
        {t('step.waitMarker')}
      </button>
    </div>
  );
}
