import type { VersionFigures } from '../../model/versions';
import { DASH, formatDecimal, formatMoney } from '../../i18n/format';
import { t, type MessageKey } from '../../i18n/t';

export interface FigureRow {
  key: keyof VersionFigures;
  label: string;
  before: string;
  after: string;
  /** after − before, signed; a dash when either is unknown. */
  change: string;
  /** The raw numbers, for the CSV. */
  values: [number | undefined, number | undefined];
}

const ROWS: [keyof VersionFigures, MessageKey, 'minutes' | 'money' | 'count'][] = [
  ['customerMin', 'versions.customerTime', 'minutes'],
  ['waitMin', 'versions.waitTime', 'minutes'],
  ['failureCostPerMonth', 'versions.failureCost', 'money'],
  ['failPoints', 'versions.failPoints', 'count'],
  ['waits', 'versions.waits', 'count'],
  ['steps', 'versions.steps', 'count'],
];

/** The figures of two versions side by side, with the change from the first to the second. */
export function figureRows(
  before: VersionFigures,
  after: VersionFigures,
  currency: string,
): FigureRow[] {
  return ROWS.map(([key, label, unit]) => {
    const a = before[key];
    const b = after[key];
    const show = (value: number | undefined, signed = false): string => {
      if (value === undefined) return DASH;
      const sign = signed && value > 0 ? '+' : '';
      if (unit === 'money') return sign + formatMoney(value, currency);
      return sign + (unit === 'minutes' ? formatDecimal(value) : String(value));
    };
    const change = a === undefined || b === undefined ? undefined : b - a;
    return {
      key,
      label: t(label),
      before: show(a),
      after: show(b),
      change: change === undefined ? DASH : show(change, true),
      values: [a, b],
    };
  });
}
