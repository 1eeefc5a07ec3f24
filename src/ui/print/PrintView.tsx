/** The whole blueprint laid out for paper; shown only when printing (placeholder). */
export function PrintView() {
  return null;
}
