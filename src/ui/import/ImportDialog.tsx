import { useEffect, useId, useRef, useState } from 'react';
import {
  guessMapping,
  MAPPED_FIELDS,
  planImport,
  type ColumnMapping,
  type MappedField,
  type Table,
} from '../../model/import';
import { readSpreadsheet } from '../../io/spreadsheet';
import { useEditor, useEditorApi } from '../../store/useEditor';
import { showMessage } from '../../session/notices';
import { t, type MessageKey } from '../../i18n/t';
import { closeImport } from './importState';
import { fileProblemText, planFailureText, rowProblemText } from './problemText';
import './import.css';

const FIELD_LABELS: Record<MappedField, MessageKey> = {
  lane: 'spreadsheet.fieldLane',
  label: 'spreadsheet.fieldLabel',
  order: 'spreadsheet.fieldOrder',
  duration: 'spreadsheet.fieldDuration',
  failPoint: 'spreadsheet.fieldFailPoint',
  wait: 'spreadsheet.fieldWait',
};
const PREVIEW_ROWS = 50;
const SHOWN_PROBLEMS = 30;

/** A, B, … Z, AA: the column letters a spreadsheet shows. */
function letter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

interface Loaded {
  file: string;
  table: Table;
}

/**
 * File ▾ "Import steps from a spreadsheet…": pick a CSV or .xlsx file, say which column holds
 * the lane, label, time, duration, fail point and wait, see the steps before they are added
 * and every bad row by number; add them all as one undo step, or nothing.
 */
export function ImportDialog() {
  const api = useEditorApi();
  const lanes = useEditor((s) => s.doc.lanes);
  const readOnly = useEditor((s) => s.readOnly);
  const ref = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [reading, setReading] = useState('');
  const [error, setError] = useState('');
  const ids = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setReading(file.name);
    setError('');
    const read = await readSpreadsheet(file);
    setReading('');
    if (!read.ok) {
      setError(fileProblemText(file.name, read.problem));
      return;
    }
    setLoaded({ file: file.name, table: read.table });
    setMapping(guessMapping(read.table.header));
  };

  const plan = loaded && mapping ? planImport({ lanes }, loaded.table, mapping) : null;
  const steps = plan?.ok && plan.problems.length === 0 ? plan.steps : [];
  const laneName = (id: string) => lanes.find((l) => l.id === id)?.label ?? id;

  const add = () => {
    if (!loaded || !steps.length) return;
    const added = api.getState().importSteps(steps);
    if (!added.length) return;
    closeImport();
    showMessage(t('spreadsheet.added', { count: added.length, file: loaded.file }));
  };

  return (
    <dialog
      ref={ref}
      className="import-dialog gallery-dialog"
      aria-labelledby={`${ids}-title`}
      onCancel={(e) => {
        e.preventDefault();
        closeImport();
      }}
    >
      <div className="gallery-head">
        <h2 id={`${ids}-title`}>{t('spreadsheet.title')}</h2>
        <button type="button" onClick={closeImport}>
          {t('spreadsheet.cancel')}
        </button>
      </div>
      <p className="panel-hint">{readOnly ? t('spreadsheet.readOnly') : t('spreadsheet.hint')}</p>
      <button type="button" onClick={() => input.current?.click()} disabled={readOnly}>
        {t('spreadsheet.choose')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="import-file-input"
        aria-label={t('spreadsheet.fileLabel')}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          void choose(file);
        }}
      />
      <p role="status" className="import-status">
        {reading
          ? t('spreadsheet.reading', { file: reading })
          : loaded
            ? t('spreadsheet.file', { file: loaded.file, rows: loaded.table.rows.length })
            : ''}
      </p>
      {error && (
        <p role="alert" className="import-error">
          {error}
        </p>
      )}
      {loaded && mapping && (
        <>
          <fieldset className="import-mapping">
            <legend>{t('spreadsheet.mapping')}</legend>
            {MAPPED_FIELDS.map((field) => (
              <label key={field}>
                <span>{t(FIELD_LABELS[field])}</span>
                <select
                  value={mapping[field] ?? ''}
                  onChange={(e) =>
                    setMapping({
                      ...mapping,
                      [field]: e.target.value === '' ? null : Number(e.target.value),
                    })
                  }
                >
                  <option value="">{t('spreadsheet.notInFile')}</option>
                  {loaded.table.header.map((name, i) => (
                    <option key={i} value={i}>
                      {t('spreadsheet.column', { letter: letter(i), name: name || '—' })}
                    </option>
                  ))}
                </select>
              </label>
            ))}
            <p className="panel-hint">{t('spreadsheet.mappingHint')}</p>
          </fieldset>
          {plan && !plan.ok && (
            <p role="alert" className="import-error">
              {planFailureText(plan.reason)}
            </p>
          )}
          {plan?.ok && plan.problems.length > 0 && (
            <section className="import-problems" aria-labelledby={`${ids}-problems`}>
              <h3 id={`${ids}-problems`}>
                {t('spreadsheet.problemsTitle', { count: plan.problems.length })}
              </h3>
              <p className="panel-hint">{t('spreadsheet.problemsHint')}</p>
              <ul>
                {plan.problems.slice(0, SHOWN_PROBLEMS).map((problem, i) => (
                  <li key={i}>{rowProblemText(problem, { lanes })}</li>
                ))}
              </ul>
              {plan.problems.length > SHOWN_PROBLEMS && (
                <p>
                  {t('spreadsheet.moreProblems', { count: plan.problems.length - SHOWN_PROBLEMS })}
                </p>
              )}
            </section>
          )}
          {steps.length > 0 && (
            <table className="import-preview report-table">
              <caption>
                {t('spreadsheet.previewCaption', {
                  shown: Math.min(PREVIEW_ROWS, steps.length),
                  count: steps.length,
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('spreadsheet.colRow')}</th>
                  <th scope="col">{t('spreadsheet.colLane')}</th>
                  <th scope="col">{t('spreadsheet.colLabel')}</th>
                  <th scope="col">{t('spreadsheet.colTime')}</th>
                  <th scope="col">{t('spreadsheet.colDuration')}</th>
                  <th scope="col">{t('spreadsheet.colMarkers')}</th>
                </tr>
              </thead>
              <tbody>
                {steps.slice(0, PREVIEW_ROWS).map((step) => (
                  <tr key={step.row}>
                    <td>{step.row}</td>
                    <td>{laneName(step.lane)}</td>
                    <td>{step.label}</td>
                    <td>{mapping.order === null ? '' : step.order}</td>
                    <td>{step.durationMin ?? ''}</td>
                    <td>
                      {[step.failPoint && t('step.failMarker'), step.wait && t('step.waitMarker')]
                        .filter(Boolean)
                        .join(' ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="import-actions">
            <button
              type="button"
              className="primary"
              disabled={!steps.length || readOnly}
              onClick={add}
            >
              {steps.length === 1
                ? t('spreadsheet.addOne')
                : t('spreadsheet.add', { count: steps.length })}
            </button>
            <button type="button" onClick={closeImport}>
              {t('spreadsheet.cancel')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
