import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { loadBlueprintText, stringifyBlueprint, type Blueprint } from '../../src/model';
import { classRows, compareBlueprints, mostOftenMissing } from '../../src/model/compare';
import { benchBlueprint } from '../blueprint';

/**
 * `npm run bench:classroom`: comparing two 300-step blueprints (budget 200 ms) and a class
 * overview of 40 hand-ins, each read from its file text, validated and compared (budget 3 s).
 * In Node on this machine: the same model code the editor runs; the browser adds file reading.
 */

const here = dirname(fileURLToPath(import.meta.url));
const RUNS = Number(process.env.BENCH_CLASSROOM_RUNS ?? 15);
const COMPARE_BUDGET_MS = 200;
const CLASS_BUDGET_MS = 3000;

/** A student's version: some steps left out, some relabelled with a slip, some in another lane. */
function handIn(reference: Blueprint, seed: number): Blueprint {
  const doc = structuredClone(reference);
  let state = seed * 2654435761;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  doc.steps = doc.steps.filter(() => random() > 0.05);
  const kept = new Set(doc.steps.map((s) => s.id));
  doc.flows = doc.flows.filter((f) => kept.has(f.from) && kept.has(f.to));
  for (const improvement of doc.improvements)
    improvement.addresses = improvement.addresses.filter((id) => kept.has(id));
  for (const step of doc.steps) {
    const roll = random();
    if (roll < 0.1)
      step.label = step.label.replace(/action/, 'actoin').replace(/ (\d+)$/, ' no. $1');
    else if (roll < 0.15)
      step.lane = doc.lanes[(doc.lanes.findIndex((l) => l.id === step.lane) + 1) % 5]!.id;
    else if (roll < 0.2) delete step.failPoint;
  }
  return doc;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const reference = benchBlueprint(300);
const student = handIn(reference, 1);
compareBlueprints(reference, student); // warm-up
const compareTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  compareBlueprints(reference, student);
  compareTimes.push(performance.now() - start);
}

const texts = Array.from({ length: 40 }, (_, i) => stringifyBlueprint(handIn(reference, i + 2)));
const classTimes: number[] = [];
let findings = 0;
for (let i = 0; i < 3; i++) {
  const start = performance.now();
  const handIns = texts.map((text, n) => {
    const loaded = loadBlueprintText(text);
    return loaded.ok
      ? { name: `student-${n}.json`, doc: loaded.value }
      : { name: `student-${n}.json`, error: 'invalid' };
  });
  const rows = classRows(reference, handIns);
  mostOftenMissing(reference, rows);
  classTimes.push(performance.now() - start);
  findings = rows.reduce(
    (sum, row) => sum + ('error' in row ? 0 : row.comparison.findings.length),
    0,
  );
}

const compareMs = median(compareTimes);
const classMs = median(classTimes);
const result = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`,
  compare300: {
    medianMs: compareMs,
    maxMs: Math.max(...compareTimes),
    runs: RUNS,
    budgetMs: COMPARE_BUDGET_MS,
  },
  classOf40: {
    medianMs: classMs,
    maxMs: Math.max(...classTimes),
    runs: classTimes.length,
    findings,
    budgetMs: CLASS_BUDGET_MS,
  },
};
writeFileSync(join(here, 'results.json'), `${JSON.stringify(result, null, 2)}\n`);
const verdict = (ms: number, budget: number) => (ms <= budget ? 'PASS' : 'FAIL');
console.log(
  `compare two 300-step blueprints: median ${compareMs.toFixed(1)} ms, max ${Math.max(...compareTimes).toFixed(1)} ms (budget ${COMPARE_BUDGET_MS} ms) ${verdict(compareMs, COMPARE_BUDGET_MS)}`,
);
console.log(
  `class overview of 40 hand-ins (parse, validate, compare): median ${classMs.toFixed(0)} ms (budget ${CLASS_BUDGET_MS} ms) ${verdict(classMs, CLASS_BUDGET_MS)}; ${findings} findings`,
);
if (compareMs > COMPARE_BUDGET_MS || classMs > CLASS_BUDGET_MS) process.exitCode = 1;
