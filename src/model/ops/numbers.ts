/**
 * Numbers arriving from forms, drags and callers, made fit for the document. The schema refuses
 * NaN, the infinities and values out of range, so an edit must never store them: a non-finite
 * number is refused (undefined: the field keeps its value) and a finite one is clamped.
 * `+ 0` turns -0 into 0, which is what a saved file would read back.
 */

/** A position on the canvas: whole units. */
export function coordinate(value: number): number | undefined {
  return Number.isFinite(value) ? Math.round(value) + 0 : undefined;
}

/** Minutes, money, counts: zero or more. */
export function amount(value: number): number | undefined {
  return Number.isFinite(value) ? Math.max(0, value) + 0 : undefined;
}

/** A fraction of customers, 0–1. */
export function share(value: number): number | undefined {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) + 0 : undefined;
}
