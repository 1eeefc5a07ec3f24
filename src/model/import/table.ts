/** A spreadsheet as read from a file: its first row names the columns, the rest are data. */
export interface Table {
  header: string[];
  rows: string[][];
}

/** What each step field is read from: a column index, or null for "not in this file". */
export interface ColumnMapping {
  lane: number | null;
  label: number | null;
  order: number | null;
  duration: number | null;
  failPoint: number | null;
  wait: number | null;
}

export const MAPPED_FIELDS = ['lane', 'label', 'order', 'duration', 'failPoint', 'wait'] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];

/** Nothing mapped: every field "not in this file". */
export const NO_COLUMNS: Readonly<ColumnMapping> = {
  lane: null,
  label: null,
  order: null,
  duration: null,
  failPoint: null,
  wait: null,
};

/** The most rows one import takes: more than any blueprint drawn by hand. */
export const MAX_IMPORT_ROWS = 5000;

/** Headers each field is recognised by, in English and Chinese (lower case, no spaces). */
const HEADER_WORDS: Record<MappedField, readonly string[]> = {
  lane: ['lane', 'swimlane', 'layer', 'row', '泳道', '层', '区域', '行为层'],
  label: [
    'label',
    'step',
    'action',
    'name',
    'title',
    'activity',
    'description',
    '步骤',
    '行为',
    '名称',
    '动作',
    '活动',
    '内容',
  ],
  order: [
    'order',
    'time',
    'sequence',
    'seq',
    'position',
    'no',
    'no.',
    '#',
    'stage',
    '顺序',
    '时间',
    '序号',
    '阶段',
  ],
  duration: ['duration', 'minutes', 'min', 'mins', 'durationmin', '时长', '用时', '分钟', '耗时'],
  failPoint: ['failpoint', 'fail', 'failure', 'f', 'risk', '失败点', '失误点', '风险'],
  wait: ['wait', 'waiting', 'waitpoint', 'w', 'queue', '等待', '等待点'],
};

/** A header or cell as compared: trimmed, lower case, without spaces, dashes or brackets. */
export const normal = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_\-()（）]/g, '');

/** A first guess at the mapping from the header row; the user can change every choice. */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const taken = new Set<number>();
  const mapping: ColumnMapping = { ...NO_COLUMNS };
  for (const field of MAPPED_FIELDS) {
    const words = HEADER_WORDS[field];
    const exact = header.findIndex((h, i) => !taken.has(i) && words.includes(normal(h)));
    const partial =
      exact >= 0
        ? exact
        : header.findIndex(
            (h, i) => !taken.has(i) && words.some((w) => w.length > 2 && normal(h).includes(w)),
          );
    if (partial >= 0) {
      mapping[field] = partial;
      taken.add(partial);
    }
  }
  return mapping;
}
