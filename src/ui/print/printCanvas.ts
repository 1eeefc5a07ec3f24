import { flushSync } from 'react-dom';
import { printStore, choosePaper } from './printStore';
import type { Paper } from './paper';

/**
 * Who prints what. The canvas prints through the print view (the whole blueprint fitted to one
 * landscape page); the report, while it is open, prints itself with its own print CSS.
 *
 * - "Print…" in the toolbar prints the canvas on the paper chosen there, report open or not:
 *   the person asked for the canvas.
 * - Ctrl/Cmd+P and the browser's own Print menu print the report while it is open, else the
 *   canvas on the last chosen paper.
 *
 * The print view is mounted before the print dialog opens (synchronously, so the browser lays
 * out the page with it) and unmounted on `afterprint`.
 */

/** True while our own `window.print()` call runs: its `beforeprint` finds everything ready. */
let printingOnPurpose = false;

/** The report overlay covers the workspace while open (see `ReportView` and `report.css`). */
export function isReportOpen(): boolean {
  return document.querySelector('.workspace > .report') !== null;
}

function setJob(paper: Paper | null): void {
  flushSync(() => printStore.setState({ job: paper ? { paper, at: Date.now() } : null }));
}

function printOnPurpose(): void {
  printingOnPurpose = true;
  try {
    window.print();
  } finally {
    printingOnPurpose = false;
  }
}

/** Prints the whole blueprint on one landscape page of `paper` (remembered for next time). */
export function printCanvas(paper: Paper = printStore.getState().paper): void {
  choosePaper(paper);
  setJob(paper);
  printOnPurpose();
}

/** Ctrl/Cmd+P: what the browser would print, but with the canvas in place of the app page. */
export function printFromShortcut(): void {
  if (isReportOpen()) {
    setJob(null);
    printOnPurpose();
  } else printCanvas();
}

/** The browser's own Print menu (or a print() we did not start). */
export function prepareBrowserPrint(): void {
  if (printingOnPurpose) return;
  setJob(isReportOpen() ? null : printStore.getState().paper);
}

export function finishPrint(): void {
  printStore.setState({ job: null });
}
