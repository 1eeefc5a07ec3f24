/**
 * The budgets of issues 7 and 16, each checked against the medians. A line whose size was not run
 * (`--sizes`) is left out rather than passed.
 */

/** Longer than this without a frame during a gesture counts as a freeze. */
export const FREEZE_MS = 1000;

const ms = (value) => (value === null || value === undefined ? '—' : `${value} ms`);
const ratio = (value) => (value === null || value === undefined ? '—' : `${value}×`);

export function ratioOf(app, bare) {
  if (!app || !bare) return null;
  return Math.round((app / bare) * 100) / 100;
}

function line(label, value, limit, show = ms) {
  return {
    label,
    value,
    limit,
    shown: show(value),
    limitShown: `≤ ${show(limit)}`,
    pass: value !== null && value !== undefined && value <= limit,
  };
}

export function checkBudgets(results) {
  const lines = [];
  const k1 = results.sizes[1000];
  if (k1) {
    const { app, bare } = k1;
    lines.push(
      line('1,000 steps: open', app.openMs?.median, 1500),
      line('1,000 steps: pan p95 per frame', app.pan?.p95, 20),
      line('1,000 steps: zoom p95 per frame', app.zoom?.p95, 20),
      line('1,000 steps: single-step drag p95 per frame', app.dragOne?.p95, 20),
      line('1,000 steps: typing latency', app.typingMs?.median, 50),
      line('1,000 steps: undo of a drag', app.undoMs?.median, 50),
      line('1,000 steps: redo of a drag', app.redoMs?.median, 50),
      line('1,000 steps: autosave main thread per save', app.autosave?.medianMs, 10),
      line(
        '1,000 steps: open vs bare React Flow',
        ratioOf(app.openMs?.median, bare.openMs?.median),
        1.5,
        ratio,
      ),
      line(
        '1,000 steps: drag p95 vs bare React Flow',
        ratioOf(app.dragOne?.p95, bare.dragOne?.p95),
        1.3,
        ratio,
      ),
    );
  }
  const k3 = results.sizes[3000];
  if (k3) {
    const { app } = k3;
    lines.push(
      line('3,000 steps: open', app.openMs?.median, 5000),
      line('3,000 steps: pan p95 per frame', app.pan?.p95, 33),
    );
    const longest = Math.max(...app.longestFrameMs.runs);
    lines.push({
      label: '3,000 steps: no crash or freeze',
      value: longest,
      limit: FREEZE_MS,
      shown: app.problems.length
        ? app.problems.join('; ')
        : `no crash; longest frame in a gesture ${longest} ms`,
      limitShown: `no crash, no frame > ${FREEZE_MS} ms`,
      pass: app.problems.length === 0 && longest <= FREEZE_MS,
    });
    const exports = app.exportPng?.runs ?? [];
    const ok = exports.length > 0 && exports.every((e) => e.width > 0 && e.height > 0);
    const scaledWithMessage = exports.every((e) => e.width * e.height > 0 && e.scaledMessage);
    lines.push({
      label: '3,000 steps: PNG export at 2×',
      value: ok ? 1 : 0,
      limit: 1,
      shown: ok
        ? `${exports[0].width} × ${exports[0].height} px in ${app.exportPng.ms} ms${scaledWithMessage ? ', scaled down with the message' : ''}`
        : (exports.find((e) => e.timedOut)?.timedOut ?? 'not run'),
      limitShown: 'succeeds (scaled down with a message if it must be)',
      pass: ok,
    });
  }
  lines.push(...bigBlueprintBudgets(results));
  const fetched = results.bundle?.fetched;
  if (fetched) lines.push(line('First-load JS, gzipped', fetched.jsGzipKb, 250, (v) => `${v} KB`));
  return lines;
}

/**
 * Issue 16: big blueprints open faster than bare React Flow (≤ 0.8× at 3,000 and 10,000 steps),
 * and at 10,000 steps gestures keep to vsync, the heap stays near bare React Flow's, typing and
 * undo stay under 50 ms and an autosave never holds the main thread for more than 16 ms.
 */
function bigBlueprintBudgets(results) {
  const lines = [];
  for (const size of [3000, 10000]) {
    const figures = results.sizes[size];
    if (!figures) continue;
    const { app, bare } = figures;
    const label = `${size.toLocaleString('en')} steps`;
    lines.push(
      line(
        `${label}: open vs bare React Flow`,
        ratioOf(app.openMs?.median, bare.openMs?.median),
        0.8,
        ratio,
      ),
    );
  }
  const k10 = results.sizes[10000];
  if (!k10) return lines;
  const { app, bare } = k10;
  lines.push(
    line('10,000 steps: pan p95 per frame', app.pan?.p95, 17),
    line('10,000 steps: single-step drag p95 per frame', app.dragOne?.p95, 17),
    line(
      '10,000 steps: heap vs bare React Flow',
      ratioOf(app.heapMb?.median, bare.heapMb?.median),
      1.2,
      ratio,
    ),
    line('10,000 steps: typing latency', app.typingMs?.median, 50),
    line('10,000 steps: undo of a drag', app.undoMs?.median, 50),
    line('10,000 steps: autosave main thread, longest save', app.autosave?.maxMs, 16),
  );
  return lines;
}
