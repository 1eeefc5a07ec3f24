import { DASH, formatDecimal } from '../../i18n/format';
import { t } from '../../i18n/t';

/** Text a person typed, or a dash when it is empty. */
export function orDash(text: string | undefined): string {
  return text && text.trim() !== '' ? text : DASH;
}

/** Minutes for the report: "12 min", or a dash when unknown. */
export function formatMinutes(minutes: number | undefined): string {
  const value = formatDecimal(minutes);
  return value === DASH ? DASH : t('report.minutes', { min: value });
}
