import type { Blueprint } from '../types';

/** The part of the document the analysis reads; works before and after format version 2. */
export type AnalysisDoc = Pick<Blueprint, 'lanes' | 'steps' | 'flows'>;
