/** Small statistics for the benchmark: medians of runs, percentiles of frame times. */

export function percentile(values, p) {
  const finite = values.filter(Number.isFinite);
  if (!finite.length) return null;
  const sorted = [...finite].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export const median = (values) => percentile(values, 50);

export const round = (value, digits = 1) =>
  value === null || value === undefined ? null : Number(value.toFixed(digits));

/** One gesture's frame gaps → p50, p95 and the longest, in ms. */
export function frameSummary(gaps) {
  return {
    frames: gaps.length,
    p50: round(percentile(gaps, 50)),
    p95: round(percentile(gaps, 95)),
    max: round(Math.max(...gaps)),
  };
}

/** Several runs of one measurement → the runs as measured and their median, per field. */
export function summarise(runs) {
  const present = runs.filter((run) => run !== null && run !== undefined);
  if (!present.length) return null;
  if (typeof present[0] === 'number') return { median: round(median(present)), runs: present };
  const fields = Object.keys(present[0]).filter((key) => typeof present[0][key] === 'number');
  const result = { runs: present };
  for (const field of fields) result[field] = round(median(present.map((run) => run[field])));
  return result;
}
