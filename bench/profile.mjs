/**
 * Where the time goes: records a V8 CPU profile (CDP Profiler) of one benchmark gesture on an
 * unminified build of the editor and prints the functions with the most self time, and the
 * time per source area (React, React Flow, the editor's folders, ...).
 * Self time is a share of samples, so it stays readable on a busy machine where wall-clock
 * frame times do not.
 *
 *   node bench/profile.mjs --size 1000 --gesture drag     (open | pan | drag | select | typing | undo | export)
 *   node bench/profile.mjs --size 1000 --gesture drag --save /tmp/drag.cpuprofile
 *   node bench/profile.mjs ... --bare      the same on the bare React Flow page
 *   node bench/profile.mjs --size 1000 --gesture drag --trace   (Chromium trace instead: main-thread
 *       time by kind of work — script, style, layout, paint — in thread CPU time, load-proof)
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { build, preview, runnerImport } from 'vite';
import { dragAround, GESTURE_MS, sleep } from './lib/gestures.mjs';
import { cardId, DRAGGED, dragSelection, pan } from './lib/interactions.mjs';
import { freshPage, grabPoint, openFile } from './lib/page.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const appRoot = path.resolve(process.env.BENCH_APP_ROOT ?? repo);
const PORT = Number(process.env.BENCH_PORT ?? 4183) + 2;
const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: '1000' },
    gesture: { type: 'string', default: 'drag' },
    save: { type: 'string' },
    trace: { type: 'boolean', default: false },
    bare: { type: 'boolean', default: false },
    top: { type: 'string', default: '25' },
  },
});

/** Source areas, recognised by file path (dev-style chunks keep module paths in comments). */
function areaOf(frame) {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name.startsWith('(') ? name : '(native)';
  return path.basename(frame.url);
}

function summarise(profile, top) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfSamples = new Map();
  for (const id of profile.samples) selfSamples.set(id, (selfSamples.get(id) ?? 0) + 1);
  const total = profile.samples.length;
  const durationMs = (profile.endTime - profile.startTime) / 1000;
  const perSample = durationMs / total;
  const byFunction = new Map();
  const byArea = new Map();
  for (const [id, count] of selfSamples) {
    const { callFrame } = byId.get(id);
    const key = `${callFrame.functionName || '(anonymous)'}  ${areaOf(callFrame)}:${callFrame.lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + count);
    const area = areaOf(callFrame);
    byArea.set(area, (byArea.get(area) ?? 0) + count);
  }
  const rows = (map) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(
        ([key, count]) =>
          `${((count / total) * 100).toFixed(1).padStart(5)}%  ${(count * perSample).toFixed(0).padStart(6)} ms  ${key}`,
      );
  // Inclusive ("total") time: every function on the stack of a sample gets the sample once.
  const parent = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const inclusive = new Map();
  for (const [id, count] of selfSamples) {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const { callFrame } = byId.get(at);
      if (!callFrame.url) continue;
      seen.add(
        `${callFrame.functionName || '(anonymous)'}  ${areaOf(callFrame)}:${callFrame.lineNumber + 1}`,
      );
    }
    for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + count);
  }
  console.log(`profile: ${durationMs.toFixed(0)} ms, ${total} samples`);
  console.log('\ntotal time by function (including what it calls):');
  console.log(rows(inclusive).join('\n'));
  console.log('\nself time by function:');
  console.log(rows(byFunction).join('\n'));
  console.log('\nself time by chunk:');
  console.log(rows(byArea).join('\n'));
}

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink',
  'v8.execute',
];

/**
 * Main-thread self time by trace event name, in wall time and in thread CPU time (`tdur`,
 * which does not grow when other processes take the CPU), plus the frames drawn.
 */
function summariseTrace(trace, top) {
  const events = trace.traceEvents ?? trace;
  const mainThreads = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const busiest = mainThreads
    .map((t) => ({
      ...t,
      tasks: events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ph === 'X').length,
    }))
    .sort((a, b) => b.tasks - a.tasks)[0];
  const complete = events
    .filter((e) => e.pid === busiest.pid && e.tid === busiest.tid && e.ph === 'X' && e.dur)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  const add = (name, wall, cpu) => {
    const entry = self.get(name) ?? { wall: 0, cpu: 0 };
    entry.wall += wall;
    entry.cpu += cpu;
    self.set(name, entry);
  };
  for (const e of complete) {
    while (stack.length && stack.at(-1).end <= e.ts) stack.pop();
    const parent = stack.at(-1);
    add(e.name, e.dur, e.tdur ?? 0);
    if (parent) add(parent.event.name, -e.dur, -(e.tdur ?? 0));
    stack.push({ event: e, end: e.ts + e.dur });
  }
  const frames = events.filter(
    (e) => e.pid === busiest.pid && e.tid === busiest.tid && e.name === 'BeginMainThreadFrame',
  ).length;
  const totalCpu = [...self.values()].reduce((n, v) => n + v.cpu, 0) / 1000;
  const totalWall = [...self.values()].reduce((n, v) => n + v.wall, 0) / 1000;
  console.log(
    `main thread: ${totalWall.toFixed(0)} ms busy (wall), ${totalCpu.toFixed(0)} ms CPU; ${frames} frames, ${(totalCpu / Math.max(frames, 1)).toFixed(1)} ms CPU per frame`,
  );
  const rows = [...self.entries()]
    .sort((a, b) => b[1].cpu - a[1].cpu)
    .slice(0, top)
    .map(
      ([name, v]) =>
        `${(v.cpu / 1000).toFixed(0).padStart(7)} ms CPU ${(v.wall / 1000).toFixed(0).padStart(7)} ms wall  ${name}`,
    );
  console.log(rows.join('\n'));
}

async function main() {
  const outDir = path.join(os.tmpdir(), `sbs-bench-${PORT}`, 'profile');
  const root = args.bare ? path.join(repo, 'bench', 'bare') : appRoot;
  const configFile = path.join(root, 'vite.config.ts');
  await build({
    root,
    configFile,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify: false },
  });
  const server = await preview({
    root,
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
  });
  const { module: generator } = await runnerImport(path.join(repo, 'bench', 'blueprint.ts'));
  const doc = generator.checkedBenchBlueprint(Number(args.size));
  const blueprint = {
    text: JSON.stringify(doc, null, 2),
    name: 'profile.blueprint.json',
    doc,
  };
  const grid = { column: generator.COLUMN_SPACING, lane: doc.lanes[0].height };
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  try {
    const { context, page } = await freshPage(browser);
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.locator('.react-flow__pane').waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    const record = async (gesture) => {
      if (args.trace) {
        await browser.startTracing(page, { categories: TRACE_CATEGORIES });
        await gesture();
        return JSON.parse((await browser.stopTracing()).toString());
      }
      await cdp.send('Profiler.start');
      await gesture();
      return (await cdp.send('Profiler.stop')).profile;
    };
    let profile;
    if (args.gesture === 'open') profile = await record(() => openFile(page, blueprint));
    else {
      await openFile(page, blueprint);
      await sleep(1000);
      const gestures = {
        pan: () => pan(page, grid),
        drag: async () =>
          dragAround(page, await grabPoint(page, DRAGGED), {
            dx: 250,
            dy: 120,
            durationMs: GESTURE_MS,
          }),
        select: () => dragSelection(page, grid),
        typing: async () => {
          await page.mouse.dblclick(...Object.values(await grabPoint(page, cardId(3, 1))));
          await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
          for (const key of 'benchmark') {
            await page.keyboard.press(key);
            await sleep(150);
          }
        },
        undo: async () => {
          await dragAround(page, await grabPoint(page, DRAGGED), {
            dx: 50,
            dy: 0,
            end: { x: 40, y: 0 },
            durationMs: 300,
          });
          await sleep(600);
          for (let i = 0; i < 3; i++) {
            await page.keyboard.press('Control+z');
            await sleep(300);
            await page.keyboard.press('Control+Shift+z');
            await sleep(300);
          }
        },
        export: async () => {
          const download = page.waitForEvent('download', { timeout: 600_000 });
          await page
            .getByRole('button', { name: 'Export PNG', exact: true })
            .click({ timeout: 600_000 });
          await download;
        },
      };
      const gesture = gestures[args.gesture];
      if (!gesture) throw new Error(`no gesture "${args.gesture}"`);
      profile = await record(gesture);
    }
    if (args.save) writeFileSync(args.save, JSON.stringify(profile));
    if (args.trace) summariseTrace(profile, Number(args.top));
    else summarise(profile, Number(args.top));
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
