/**
 * `npm run bench`: builds the editor and a bare React Flow page, serves both, drives Chromium
 * through the same gestures on generated blueprints of 100, 1,000, 3,000 and 10,000 steps, and writes
 * bench/results.json and bench/RESULTS.md with the budgets marked PASS or FAIL.
 *
 *   npm run bench                       everything (about 8 minutes on 2 cores)
 *   npm run bench -- --sizes 100,1000   some sizes only
 *   npm run bench -- --runs 1           one run per size (a quick look; figures are noisier)
 *   npm run bench -- --no-export        skip Export PNG (the slowest part)
 *   npm run bench -- --out /tmp/look    write the two result files there, not in bench/
 *   BENCH_PORT=4183                     the editor's port; the bare page uses the next one
 *   BENCH_APP_ROOT=/some/checkout       measure the editor built from another checkout
 */
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { runnerImport } from 'vite';
import { appRun, bareRun, exportRun } from './lib/appRun.mjs';
import { checkBudgets } from './lib/budgets.mjs';
import { allChunks, declaredFirstLoad, fetchedFirstLoad } from './lib/bundle.mjs';
import { machine } from './lib/machine.mjs';
import { freshPage } from './lib/page.mjs';
import { writeResults } from './lib/report.mjs';
import { buildAndServe } from './lib/servers.mjs';
import { summarise } from './lib/stats.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const benchDir = path.join(repo, 'bench');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.BENCH_PORT ?? 4183);
const appRoot = path.resolve(process.env.BENCH_APP_ROOT ?? repo);
/**
 * Runs per size. A full run does every gesture; the others only open and pan (the 3,000-step
 * budgets), to keep the whole benchmark near 10 minutes on 2 cores. The exports are timed once
 * per size, at the end.
 */
const PLAN = {
  100: { runs: 3, fullRuns: 3 },
  1000: { runs: 3, fullRuns: 3 },
  3000: { runs: 3, fullRuns: 1 },
  10000: { runs: 2, fullRuns: 1 },
};

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,3000,10000' },
    runs: { type: 'string' },
    'no-export': { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const sizes = args.sizes.split(',').map(Number);
function planFor(size) {
  const plan = PLAN[size] ?? { runs: 3, fullRuns: 3 };
  const runs = Number(args.runs ?? plan.runs);
  return { runs, fullRuns: Math.min(runs, plan.fullRuns) };
}

const log = (...parts) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);

async function firstLoadRequests(browser, url) {
  const { context, page } = await freshPage(browser);
  const paths = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  await page.goto(url);
  await page.locator('.react-flow__pane').waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();
  return paths;
}

async function main() {
  const started = performance.now();
  const buildRoot = path.join(os.tmpdir(), `sbs-bench-${PORT}`);
  mkdirSync(buildRoot, { recursive: true });
  log('building the editor and the bare React Flow page');
  const app = await buildAndServe({
    root: appRoot,
    configFile: path.join(appRoot, 'vite.config.ts'),
    outDir: path.join(buildRoot, 'app'),
    port: PORT,
  });
  const bare = await buildAndServe({
    root: path.join(benchDir, 'bare'),
    configFile: path.join(benchDir, 'bare', 'vite.config.ts'),
    outDir: path.join(buildRoot, 'bare'),
    port: PORT + 1,
  });
  const { module: generator } = await runnerImport(path.join(benchDir, 'blueprint.ts'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  const results = {
    machine: machine(browser.version()),
    builds: { appMs: app.buildMs, bareMs: bare.buildMs },
    sizes: {},
  };
  try {
    results.bundle = {
      declared: declaredFirstLoad(app.outDir),
      fetched: fetchedFirstLoad(app.outDir, await firstLoadRequests(browser, app.url)),
      all: allChunks(app.outDir),
    };
    const blueprints = new Map();
    for (const size of sizes) {
      const doc = generator.checkedBenchBlueprint(size);
      const blueprint = {
        text: JSON.stringify(doc, null, 2),
        name: `benchmark-${size}.blueprint.json`,
        doc,
        steps: doc.steps.length,
        flows: doc.flows.length,
        grid: { column: generator.COLUMN_SPACING, lane: doc.lanes[0].height },
      };
      const appRuns = [];
      const bareRuns = [];
      const plan = planFor(size);
      for (let run = 0; run < plan.runs; run++) {
        const options = { full: run < plan.fullRuns };
        log(`${size} steps, run ${run + 1}${options.full ? '' : ' (open and pan)'}: editor`);
        appRuns.push(await appRun(browser, app.url, blueprint, options));
        log(`  seconds per phase: ${JSON.stringify(appRuns.at(-1).phaseSeconds)}; bare React Flow`);
        bareRuns.push(await bareRun(browser, bare.url, blueprint, appRuns.at(-1).canvas, options));
      }
      results.sizes[size] = {
        steps: blueprint.steps,
        flows: blueprint.flows,
        fileKb: Math.round(blueprint.text.length / 102.4) / 10,
        app: summariseRuns(appRuns),
        bare: summariseRuns(bareRuns),
      };
      blueprints.set(size, blueprint);
    }
    // Exports last, one run per size (Export PNG takes minutes on big blueprints).
    for (const [size, blueprint] of args['no-export'] ? [] : blueprints) {
      log(`${size} steps: exports`);
      const run = await exportRun(browser, app.url, blueprint);
      const figures = results.sizes[size].app;
      figures.exportSvg = summarise([run.exportSvg]);
      figures.exportPng = summarise([run.exportPng]);
      figures.problems.push(...run.problems);
    }
  } finally {
    await browser.close();
    await app.close();
    await bare.close();
  }
  results.budgets = checkBudgets(results);
  results.totalSeconds = Math.round((performance.now() - started) / 1000);
  const outDir = path.resolve(args.out ?? benchDir);
  mkdirSync(outDir, { recursive: true });
  await writeResults(outDir, results);
  for (const line of results.budgets)
    console.log(
      `${line.pass ? 'PASS' : 'FAIL'}  ${line.label}: ${line.shown} (budget ${line.limitShown})`,
    );
  log(`done in ${results.totalSeconds} s; wrote results.json and RESULTS.md in ${outDir}`);
}

/** Per measurement: every run as measured, and the median of the runs. */
function summariseRuns(runs) {
  const skip = ['canvas', 'problems', 'phaseSeconds'];
  const keys = [...new Set(runs.flatMap((run) => Object.keys(run)))].filter(
    (key) => !skip.includes(key),
  );
  const summary = {
    runs: runs.length,
    problems: runs.flatMap((run) => run.problems ?? []),
    phaseSeconds: runs.map((run) => run.phaseSeconds).filter(Boolean),
  };
  for (const key of keys) summary[key] = summarise(runs.map((run) => run[key]));
  return summary;
}

await main();
