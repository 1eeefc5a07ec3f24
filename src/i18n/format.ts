/** Numbers, money and minutes for display, through Intl. Unknown values show as a dash. */

let locale = 'en';

export function setFormatLocale(next: string): void {
  locale = next;
}

export const DASH = '—';

export function formatMoney(value: number | undefined, currency: string): string {
  if (value === undefined || !Number.isFinite(value)) return DASH;
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
    }).format(value);
  } catch {
    return `${formatDecimal(value, 0)} ${currency}`;
  }
}

export function formatDecimal(value: number | undefined, fractionDigits = 1): string {
  if (value === undefined || !Number.isFinite(value)) return DASH;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits }).format(value);
}

export function formatPercent(fraction: number | undefined): string {
  if (fraction === undefined || !Number.isFinite(fraction)) return DASH;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(
    fraction,
  );
}

export function formatTime(epochMs: number): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(epochMs);
}

export function formatDateTime(epochMs: number): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    epochMs,
  );
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "5 minutes ago", "yesterday"; under a minute, "now". */
export function formatRelative(epochMs: number, now = Date.now()): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const elapsed = epochMs - now;
  for (const [unit, size] of RELATIVE_UNITS)
    if (Math.abs(elapsed) >= size) return format.format(Math.round(elapsed / size), unit);
  return format.format(0, 'second');
}

export function formatMegabytes(chars: number): string {
  return new Intl.NumberFormat(locale, {
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
  }).format(chars / 1024 / 1024);
}
