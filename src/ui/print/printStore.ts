import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { isPaper, type Paper } from './paper';

/**
 * What printing the canvas needs to know: the paper last chosen (a preference kept in this
 * browser, default A4) and the print job under way, if any. While `job` is set the print view
 * is mounted and, in print media, replaces the app on paper. Never part of the document.
 */
export interface PrintJob {
  paper: Paper;
  /** When printing was asked for, for the date in the page header. */
  at: number;
}

interface PrintState {
  paper: Paper;
  job: PrintJob | null;
}

const KEY = 'service-blueprint-studio:print-paper';

function rememberedPaper(): Paper {
  try {
    const raw = localStorage.getItem(KEY);
    return isPaper(raw) ? raw : 'A4';
  } catch {
    return 'A4';
  }
}

export const printStore = createStore<PrintState>()(() => ({
  paper: typeof localStorage === 'undefined' ? 'A4' : rememberedPaper(),
  job: null,
}));

export function choosePaper(paper: Paper): void {
  printStore.setState({ paper });
  try {
    localStorage.setItem(KEY, paper);
  } catch {
    // A convenience: without storage the choice lasts until the page is closed.
  }
}

export function usePrintPaper(): Paper {
  return useStore(printStore, (s) => s.paper);
}

export function usePrintJob(): PrintJob | null {
  return useStore(printStore, (s) => s.job);
}
