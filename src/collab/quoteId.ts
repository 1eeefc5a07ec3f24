const SHOWN_LENGTH = 40;

/** An id as a repair message quotes it: long ones are cut, so one odd id cannot fill a notice. */
export function quoteId(id: string): string {
  if (id.length <= SHOWN_LENGTH) return `"${id}"`;
  // Do not cut a surrogate pair in half.
  const end = /[\uD800-\uDBFF]/.test(id[SHOWN_LENGTH - 1]!) ? SHOWN_LENGTH - 1 : SHOWN_LENGTH;
  return `"${id.slice(0, end)}…"`;
}
