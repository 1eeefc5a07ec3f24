/** Paper the canvas prints on: always landscape, one page, the same margin all round. */

export const PAPERS = ['A4', 'A3'] as const;
export type Paper = (typeof PAPERS)[number];

export function isPaper(value: unknown): value is Paper {
  return typeof value === 'string' && (PAPERS as readonly string[]).includes(value);
}

/** ISO 216 sizes, landscape (width × height), millimetres. */
const LANDSCAPE_MM: Record<Paper, { width: number; height: number }> = {
  A4: { width: 297, height: 210 },
  A3: { width: 420, height: 297 },
};

export const PAGE_MARGIN_MM = 10;
/**
 * Kept free below the content: Chromium rounds page boxes to whole device pixels, and content a
 * fraction taller than the page would spill a blank second page.
 */
const SPILL_GUARD_MM = 1.5;

/** The box the print view fills: the page inside its margins, less the spill guard. */
export function printArea(paper: Paper): { width: number; height: number } {
  const page = LANDSCAPE_MM[paper];
  return {
    width: page.width - 2 * PAGE_MARGIN_MM,
    height: page.height - 2 * PAGE_MARGIN_MM - SPILL_GUARD_MM,
  };
}

/** The `@page` rule for printing the canvas on this paper. */
export function pageRule(paper: Paper): string {
  return `@page { size: ${paper} landscape; margin: ${PAGE_MARGIN_MM}mm; }`;
}
