/** Small guards for "unknown" inputs: analysis results are undefined, never NaN or Infinity. */

/** A number the user has actually given: present and finite. */
export function known(n: number | null | undefined): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

/** Missing or non-finite counts as 0 (used for durations and waits on a path). */
export function orZero(n: number | null | undefined): number {
  return known(n) ? n : 0;
}

/** Given and greater than zero. */
export function positive(n: number | null | undefined): boolean {
  return known(n) && n > 0;
}

/** Trimmed non-empty text. */
export function filled(text: string | null | undefined): boolean {
  return (text ?? '').trim() !== '';
}
