/** When a version was kept, in the UI language: "5 minutes ago" and "14:32:05" (or with a date). */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The largest unit that reads naturally, e.g. 90 minutes → "2 hours ago", 20 s → "now". */
export function relativeTime(at: number, now: number, locale: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const diff = at - now;
  const size = Math.abs(diff);
  if (size < 45 * SECOND) return format.format(0, 'second');
  if (size < 45 * MINUTE) return format.format(Math.round(diff / MINUTE), 'minute');
  if (size < 22 * HOUR) return format.format(Math.round(diff / HOUR), 'hour');
  if (size < 7 * DAY) return format.format(Math.round(diff / DAY), 'day');
  if (size < 30 * DAY) return format.format(Math.round(diff / (7 * DAY)), 'week');
  return format.format(Math.round(diff / (30 * DAY)), 'month');
}

function sameLocalDay(a: number, b: number): boolean {
  return new Date(a).toDateString() === new Date(b).toDateString();
}

/** The clock time to the second; with the date too unless it was today. */
export function absoluteTime(at: number, now: number, locale: string): string {
  const options: Intl.DateTimeFormatOptions = sameLocalDay(at, now)
    ? { timeStyle: 'medium' }
    : { dateStyle: 'medium', timeStyle: 'medium' };
  return new Intl.DateTimeFormat(locale, options).format(at);
}
