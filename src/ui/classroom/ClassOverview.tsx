import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { useStore } from 'zustand';
import type { Blueprint } from '../../model';
import {
  FINDING_KINDS,
  classRows,
  mostOftenMissing,
  sortRows,
  type ClassSortKey,
  type HandInRow,
  type SortDirection,
} from '../../model/compare';
import { addHandIns, classroomStore, clearHandIns } from '../../session/classroom';
import { t, type MessageKey } from '../../i18n/t';
import { downloadCsv } from '../report/downloadCsv';
import { classCsv } from './classCsv';
import './classroom.css';

const COLUMN_TITLES: Record<ClassSortKey, MessageKey> = {
  name: 'classroom.colName',
  score: 'classroom.colScore',
  missingStep: 'classroom.colMissingStep',
  wrongLane: 'classroom.colWrongLane',
  missingFailPoint: 'classroom.colMissingFailPoint',
  uncostedFailPoint: 'classroom.colUncostedFailPoint',
  missingWait: 'classroom.colMissingWait',
  missingFlow: 'classroom.colMissingFlow',
  extraStep: 'classroom.colExtraStep',
};
const SORTABLE: ClassSortKey[] = ['name', 'score', ...FINDING_KINDS];

interface Props {
  reference: Blueprint;
  onChangeReference: () => void;
  onOpen: (doc: Blueprint) => void;
  onClose: () => void;
}

/** A table of hand-ins checked against one reference: sortable, with the class's gaps and a CSV. */
export function ClassOverview({ reference, onChangeReference, onOpen, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const handIns = useStore(classroomStore, (s) => s.handIns);
  const reading = useStore(classroomStore, (s) => s.reading);
  const [sort, setSort] = useState<{ key: ClassSortKey; direction: SortDirection }>({
    key: 'name',
    direction: 'ascending',
  });
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const rows = useMemo(() => classRows(reference, handIns), [reference, handIns]);
  const sorted = useMemo(() => sortRows(rows, sort.key, sort.direction), [rows, sort]);
  const gaps = useMemo(() => mostOftenMissing(reference, rows), [reference, rows]);
  const loaded = rows.filter((row) => !('error' in row)).length;
  const broken = rows.length - loaded;

  const sortBy = (key: ClassSortKey) =>
    setSort((current) => ({
      key,
      direction:
        current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));
  const onDrop = (e: DragEvent) => {
    // Dropped files are hand-ins here: they must not also open in the editor behind.
    e.preventDefault();
    e.stopPropagation();
    void addHandIns(Array.from(e.dataTransfer.files));
  };

  return (
    <dialog
      ref={ref}
      className="gallery-dialog class-dialog"
      aria-labelledby="class-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onDragOver={(e) => {
        e.preventDefault();
        e.stopPropagation();
      }}
      onDrop={onDrop}
    >
      <div className="gallery-head">
        <h2 id="class-title">{t('classroom.title')}</h2>
        <button type="button" onClick={onClose}>
          {t('classroom.close')}
        </button>
      </div>
      <div className="class-actions">
        <span className="class-reference">
          {t('classroom.reference', { title: reference.title })}
        </span>
        <button type="button" onClick={onChangeReference}>
          {t('classroom.changeReference')}
        </button>
        <button type="button" onClick={() => input.current?.click()}>
          {t('classroom.addHandIns')}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          accept=".json,.png,application/json,image/png"
          data-testid="class-file-input"
          aria-label={t('classroom.addHandIns')}
          onChange={(e) => {
            const files = Array.from(e.currentTarget.files ?? []);
            e.currentTarget.value = '';
            void addHandIns(files);
          }}
        />
        <button
          type="button"
          disabled={!rows.length}
          onClick={() => downloadCsv(reference.title, t('classroom.csvSuffix'), classCsv(sorted))}
        >
          {t('classroom.downloadCsv')}
        </button>
        <button type="button" disabled={!rows.length} onClick={clearHandIns}>
          {t('classroom.clear')}
        </button>
      </div>
      <p className="panel-hint class-drop">{t('classroom.dropHint')}</p>
      <p role="status" className="class-status">
        {reading
          ? t('classroom.reading', { done: reading.done, count: reading.count })
          : rows.length
            ? t('classroom.checked', { count: rows.length, broken })
            : t('classroom.empty')}
      </p>
      {rows.length > 0 && (
        <div className="class-body">
          <table className="class-table">
            <thead>
              <tr>
                {SORTABLE.flatMap((key) => {
                  const header = (
                    <th
                      key={key}
                      scope="col"
                      aria-sort={sort.key === key ? sort.direction : undefined}
                    >
                      <button
                        type="button"
                        aria-label={t('classroom.sortBy', { column: t(COLUMN_TITLES[key]) })}
                        onClick={() => sortBy(key)}
                      >
                        {t(COLUMN_TITLES[key])}
                        {sort.key === key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                      </button>
                    </th>
                  );
                  return key === 'name'
                    ? [
                        header,
                        <th key="title" scope="col">
                          {t('classroom.colTitle')}
                        </th>,
                      ]
                    : [header];
                })}
                <th scope="col">{t('classroom.colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((row) => (
                <ClassRow key={row.name} row={row} onOpen={onOpen} />
              ))}
            </tbody>
          </table>
          <section className="class-gaps" aria-labelledby="class-gaps-title">
            <h3 id="class-gaps-title">{t('classroom.mostMissing')}</h3>
            {gaps.length === 0 ? (
              <p className="panel-hint">{t('classroom.mostMissingNone')}</p>
            ) : (
              <ol>
                {gaps.map((gap) => (
                  <li key={gap.refStepId}>
                    {gap.wrongLane
                      ? t('classroom.missingAndWrong', {
                          label: gap.label,
                          missing: gap.missing,
                          wrong: gap.wrongLane,
                          count: loaded,
                        })
                      : t('classroom.missingIn', {
                          label: gap.label,
                          missing: gap.missing,
                          count: loaded,
                        })}
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>
      )}
    </dialog>
  );
}

function ClassRow({ row, onOpen }: { row: HandInRow; onOpen: (doc: Blueprint) => void }) {
  const handIn = useStore(classroomStore, (s) => s.handIns.find((h) => h.name === row.name));
  if ('error' in row)
    return (
      <tr className="class-row is-broken" data-file={row.name}>
        <th scope="row">{row.name}</th>
        <td colSpan={SORTABLE.length + 1} role="alert">
          {t('classroom.problem', { reason: row.error })}
        </td>
      </tr>
    );
  return (
    <tr className="class-row" data-file={row.name}>
      <th scope="row">
        {row.author ? (
          <>
            {row.author} <span className="class-file">{row.name}</span>
          </>
        ) : (
          row.name
        )}
      </th>
      <td>{row.title}</td>
      <td className="class-score">{row.score}</td>
      {FINDING_KINDS.map((kind) => (
        <td key={kind} className={row.counts[kind] && kind !== 'extraStep' ? 'has-findings' : ''}>
          {row.counts[kind]}
        </td>
      ))}
      <td>
        <button
          type="button"
          aria-label={t('classroom.openLabel', { name: row.name })}
          onClick={() => handIn?.doc && onOpen(handIn.doc)}
        >
          {t('classroom.open')}
        </button>
      </td>
    </tr>
  );
}
