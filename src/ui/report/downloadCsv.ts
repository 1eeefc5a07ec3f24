import { csvBlob } from '../../io/csv';
import { downloadBlob, fileNameFor } from '../../io/files';

/** Downloads CSV text as `<title><suffix>`, e.g. `Hotel stay - fail points.csv`. */
export function downloadCsv(title: string, suffix: string, text: string): void {
  downloadBlob(csvBlob(text), fileNameFor(title, suffix));
}
