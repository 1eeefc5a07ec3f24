import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { ServerUsage } from './serverStats';

/** bench/collab/results.json and the "Live rooms" section of bench/RESULTS.md. */

export interface ScenarioResult {
  name: string;
  rooms: number;
  clientsPerRoom: number;
  /** Of them, whole clients (the rest are light: real sockets, own edits, no replica). */
  fullClientsPerRoom: number;
  /** CPU of the bench process (all simulated students), % of one core. */
  benchCpuPercent: number;
  seconds: number;
  edits: number;
  keystrokes: number;
  p50: number;
  p95: number;
  max: number;
  overtaken: number;
  lostEdits: number;
  identical: boolean;
  settleMs: number;
  server: ServerUsage;
  problems: string[];
}

export interface CollabResults {
  date: string;
  machine: { cores: number; cpu: string; loadAverage: number[]; node: string };
  scenarios: ScenarioResult[];
  joinNodeMs: number[];
  joinBrowserMs: number[];
  totalSeconds: number;
}

export const LATENCY_BUDGET_MS = 250;
export const JOIN_BUDGET_MS = 1500;

export function machine() {
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    loadAverage: loadavg().map((v) => Math.round(v * 100) / 100),
    node: process.version,
  };
}

const ms = (v: number) => (Number.isFinite(v) ? `${Math.round(v)} ms` : '—');
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export function scenarioPasses(s: ScenarioResult): boolean {
  return s.p95 <= LATENCY_BUDGET_MS && s.lostEdits === 0 && s.identical;
}

export function markdown(results: CollabResults): string {
  const rows = results.scenarios.map((s) =>
    [
      s.name,
      `${s.rooms} × ${s.clientsPerRoom} (${s.fullClientsPerRoom} full)`,
      `${s.seconds} s`,
      `${s.edits} (${s.keystrokes} keystrokes)`,
      ms(s.p50),
      ms(s.p95),
      ms(s.max),
      `${Math.round(s.server.cpuAveragePercent)}% (peak ${Math.round(s.server.cpuPeakPercent)}%)`,
      `${Math.round(s.server.rssPeakMb)} MB`,
      `${Math.round(s.benchCpuPercent)}%`,
      String(s.lostEdits),
      s.identical ? 'yes' : 'NO',
      scenarioPasses(s) ? 'PASS' : 'FAIL',
    ].join(' | '),
  );
  const joinNode = median(results.joinNodeMs);
  const joinBrowser = median(results.joinBrowserMs);
  const m = results.machine;
  return [
    '## Live rooms (npm run bench:collab)',
    '',
    `Written by \`npm run bench:collab\` (bench/collab/run.ts) on ${results.date}; the run took ${results.totalSeconds} s. ` +
      `${m.cores} cores (${m.cpu}), Node ${m.node}, load average at start ${m.loadAverage.join(' / ')}. ` +
      'Loopback only: the room server (server/main.ts, SQLite) in its own process, the simulated students in the bench process. ' +
      'A full client is a whole Hocuspocus provider with its Y.Doc kept current; with many rooms, all but 4 of each room’s students are light clients (real sockets speaking the protocol, sending their own edits and presence, receiving everything the server fans out without applying it), because 800 replicas of a 300-step room would saturate the one core left to the bench process and measure the simulation instead of the server. ' +
      'Latency and identical documents are measured on the full clients; lost edits over every student’s edits. ' +
      'Each student relabels a step every 2 s, one edit in five a typing burst of 5–8 keystrokes 100 ms apart, one in ten (full clients only) on one of five steps everyone edits; otherwise each student keeps to steps of their own. ' +
      'Latency is from a label written to the last other student in the room holding it; "lost" counts steps whose final label is not the last edit of any of their writers. ' +
      'Every figure is in [collab/results.json](collab/results.json).',
    '',
    '| Scenario | Rooms × students | Editing | Edits | p50 | p95 | max | Server CPU | Server RSS peak | Students’ CPU (bench process) | Lost edits | Identical documents | Budget (p95 ≤ 250 ms, none lost) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r} |`),
    '',
    `A newcomer joining the busy 300-step room: whole room received, read and valid in ${ms(joinNode)} (Node, median of ${results.joinNodeMs.length}); ` +
      (results.joinBrowserMs.length
        ? `opened in Chromium from the edit link to the blueprint drawn (page load included) in ${ms(joinBrowser)} (median of ${results.joinBrowserMs.length}; budget ≤ ${JOIN_BUDGET_MS} ms: ${joinBrowser <= JOIN_BUDGET_MS ? 'PASS' : 'FAIL'}).`
        : 'not measured in a browser in this run.'),
    '',
  ].join('\n');
}

const SECTION = '## Live rooms (npm run bench:collab)';

export function writeResults(results: CollabResults, resultsMd: string, resultsJson: string): void {
  writeFileSync(resultsJson, JSON.stringify(results, null, 2) + '\n');
  const current = readFileSync(resultsMd, 'utf8');
  const start = current.indexOf(SECTION);
  let before = current;
  let after = '';
  if (start >= 0) {
    before = current.slice(0, start);
    const next = current.indexOf('\n## ', start + SECTION.length);
    after = next >= 0 ? current.slice(next + 1) : '';
  }
  writeFileSync(
    resultsMd,
    `${before.trimEnd()}\n\n${markdown(results)}${after ? `\n${after}` : ''}`,
  );
}
