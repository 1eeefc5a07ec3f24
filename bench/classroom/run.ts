import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { loadBlueprintText } from '../../src/model';
import { classRows, compareBlueprints, mostOftenMissing } from '../../src/model/compare';
import { benchBlueprint } from '../blueprint';
import { classTexts, handIn } from './handIns';

/**
 * `npm run bench:classroom`: comparing two 300-step blueprints (budget 200 ms) and a class
 * overview of 40 hand-ins, each read from its file text, validated and compared (budget 3 s).
 * In Node on this machine: the same model code the editor runs; the browser adds file reading.
 */

const here = dirname(fileURLToPath(import.meta.url));
const RUNS = Number(process.env.BENCH_CLASSROOM_RUNS ?? 15);
const COMPARE_BUDGET_MS = 200;
const CLASS_BUDGET_MS = 3000;

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

const texts = classTexts(reference);
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
