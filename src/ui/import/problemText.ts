import type { Blueprint } from '../../model';
import type { ImportPlan, RowProblem } from '../../model/import';
import { MAX_IMPORT_ROWS } from '../../model/import';
import type { SpreadsheetProblem } from '../../io/spreadsheet';
import { t } from '../../i18n/t';

/** A bad row in words: its row number, column and value, and what a good value looks like. */
export function rowProblemText(problem: RowProblem, doc: Pick<Blueprint, 'lanes'>): string {
  const params = { row: problem.row, column: problem.column, value: problem.value };
  if (problem.kind === 'unknownLane')
    return t('spreadsheet.unknownLane', {
      ...params,
      lanes: doc.lanes.map((l) => `“${l.label}”`).join(', '),
    });
  return t(`spreadsheet.${problem.kind}`, params);
}

export function planFailureText(reason: Extract<ImportPlan, { ok: false }>['reason']): string {
  if (reason === 'noLaneColumn') return t('spreadsheet.needLane');
  if (reason === 'noLabelColumn') return t('spreadsheet.needLabel');
  if (reason === 'tooManyRows') return t('spreadsheet.tooManyRows', { max: MAX_IMPORT_ROWS });
  return t('spreadsheet.noRows');
}

export function fileProblemText(file: string, problem: SpreadsheetProblem): string {
  if (problem.kind === 'tooLarge') return t('spreadsheet.tooLarge', { file, max: problem.maxMb });
  if (problem.kind === 'unreadable')
    return t('spreadsheet.unreadable', { file, detail: problem.detail });
  return t(`spreadsheet.${problem.kind}`, { file });
}
