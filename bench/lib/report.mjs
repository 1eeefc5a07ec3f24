import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as prettier from 'prettier';
import { ratioOf } from './budgets.mjs';

/** bench/results.json (everything, every run) and bench/RESULTS.md (the readable tables). */

const dash = '—';
const show = (value, unit = '') =>
  value === null || value === undefined ? dash : `${value}${unit ? ` ${unit}` : ''}`;
const frames = (f) => (f ? `${f.p50} / ${f.p95}` : dash);
const pngTime = (png) =>
  !png
    ? dash
    : typeof png.ms === 'number'
      ? `${png.ms}`
      : (png.runs.find((r) => r.timedOut)?.timedOut ?? dash);
const times = (r) => (r === null || r === undefined ? dash : `${r}×`);

const runCount = (summary) => summary?.runs?.length ?? 0;

function sizeTable(size, { app, bare, flows, fileKb }) {
  const value = (summary, field = 'median') => show(summary?.[field]);
  const ratio = (field, pick = (x) => x?.median) =>
    times(ratioOf(pick(app[field]), pick(bare[field])));
  const p95 = (x) => x?.p95;
  // [label, editor, bare, editor ÷ bare, runs]
  const rows = [
    [
      'Open: file handed over → drawn and interactive (ms)',
      value(app.openMs),
      value(bare.openMs),
      ratio('openMs'),
      runCount(app.openMs),
    ],
    [
      'JS heap after open, after GC (MB)',
      value(app.heapMb),
      value(bare.heapMb),
      ratio('heapMb'),
      runCount(app.heapMb),
    ],
    [
      'Pan 3 s, p50 / p95 per frame (ms)',
      frames(app.pan),
      frames(bare.pan),
      ratio('pan', p95),
      runCount(app.pan),
    ],
    [
      'Pan: main-thread CPU per frame (ms)',
      value(app.pan, 'cpuPerFrameMs'),
      value(bare.pan, 'cpuPerFrameMs'),
      ratio('pan', (x) => x?.cpuPerFrameMs),
      runCount(app.pan),
    ],
    [
      'Zoom in/out 3 s, p50 / p95 per frame (ms)',
      frames(app.zoom),
      frames(bare.zoom),
      ratio('zoom', p95),
      runCount(app.zoom),
    ],
    [
      'Drag one step 3 s, p50 / p95 per frame (ms)',
      frames(app.dragOne),
      frames(bare.dragOne),
      ratio('dragOne', p95),
      runCount(app.dragOne),
    ],
    [
      'Select a card: Ctrl+click → painted (ms)',
      value(app.dragSelection, 'selectMs'),
      value(bare.dragSelection, 'selectMs'),
      ratio('dragSelection', (x) => x?.selectMs),
      runCount(app.dragSelection),
    ],
    [
      'Drag 50 selected 3 s, p50 / p95 per frame (ms)',
      frames(app.dragSelection),
      frames(bare.dragSelection),
      ratio('dragSelection', p95),
      runCount(app.dragSelection),
    ],
    ['Typing: key → painted (ms)', value(app.typingMs), dash, dash, runCount(app.typingMs)],
    ['Undo of a drag: key → painted (ms)', value(app.undoMs), dash, dash, runCount(app.undoMs)],
    ['Redo of a drag: key → painted (ms)', value(app.redoMs), dash, dash, runCount(app.redoMs)],
    [
      'Autosave: main thread per save, median / max (ms)',
      app.autosave ? `${app.autosave.medianMs} / ${app.autosave.maxMs}` : dash,
      dash,
      dash,
      runCount(app.autosave),
    ],
    ['Export PNG 2× (ms)', pngTime(app.exportPng), dash, dash, runCount(app.exportPng)],
    [
      'Export PNG 2×: image size (px)',
      app.exportPng?.width ? `${app.exportPng.width} × ${app.exportPng.height}` : dash,
      dash,
      dash,
      runCount(app.exportPng),
    ],
    ['Export SVG (ms)', value(app.exportSvg, 'svgMs'), dash, dash, runCount(app.exportSvg)],
    [
      'What-if: that SVG drawn into a PNG, 2× or the most that fits (ms; px)',
      app.exportSvg
        ? `${app.exportSvg.rasterMs}; ${app.exportSvg.width} × ${app.exportSvg.height}`
        : dash,
      dash,
      dash,
      runCount(app.exportSvg),
    ],
    [
      'Longest frame in any gesture (ms)',
      value(app.longestFrameMs),
      dash,
      dash,
      runCount(app.longestFrameMs),
    ],
  ];
  const scaled = app.exportPng?.runs?.find((r) => r.scaledMessage)?.scaledMessage;
  return [
    `### ${Number(size).toLocaleString('en')} steps, ${flows.toLocaleString('en')} flows (file ${fileKb} KB)`,
    '',
    '| Measurement | Editor | Bare React Flow | Editor ÷ bare | Runs |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    ...(scaled ? [`The export said: “${scaled}”`, ''] : []),
    ...(app.problems.length ? [`Problems: ${app.problems.join('; ')}`, ''] : []),
  ];
}

function bundleTable(bundle) {
  const row = (label, t) =>
    `| ${label} | ${t.jsKb} | ${t.jsGzipKb} | ${t.cssKb} | ${t.cssGzipKb} |`;
  const lazy = bundle.all.files
    .filter((f) => !bundle.fetched.files.some((g) => g.file === f.file))
    .map((f) => `${path.basename(f.file)} (${f.gzipKb} KB gz)`);
  return [
    '| Bundle | JS KB | JS gzip KB | CSS KB | CSS gzip KB |',
    '| --- | --- | --- | --- | --- |',
    row('First load: named in index.html (entry, modulepreload, stylesheet)', bundle.declared),
    row('First load: fetched by the browser until the editor is ready', bundle.fetched),
    row('Every chunk of the build', bundle.all),
    '',
    `Loaded on demand, not at first load: ${lazy.length ? lazy.join(', ') : 'nothing'}.`,
  ];
}

function markdown(results) {
  const m = results.machine;
  return [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (bench/run.mjs) on ${m.date.slice(0, 10)}; the whole run took ${results.totalSeconds} s. Each figure is the median of the runs counted beside it (a run is a fresh browser tab); every run is in [results.json](results.json).`,
    '',
    '## Machine',
    '',
    '| | |',
    '| --- | --- |',
    `| CPU | ${m.cpu} |`,
    `| Cores | ${m.cores} |`,
    `| RAM | ${m.ramGb} GB |`,
    `| OS | ${m.os} |`,
    `| Chromium | ${m.chromium} (headless) |`,
    `| Node | ${m.node} |`,
    `| Load average at start (1/5/15 min) | ${m.loadAverageAtStart.join(' / ')} |`,
    '',
    '## Budgets',
    '',
    '| Budget line | Measured | Budget | Result |',
    '| --- | --- | --- | --- |',
    ...results.budgets.map(
      (b) => `| ${b.label} | ${b.shown} | ${b.limitShown} | ${b.pass ? 'PASS' : '**FAIL**'} |`,
    ),
    '',
    '## Figures',
    '',
    ...Object.entries(results.sizes).flatMap(([size, figures]) => sizeTable(size, figures)),
    '## Bundle',
    '',
    ...bundleTable(results.bundle),
    '',
    '## How it is measured',
    '',
    '- **Blueprints** come from `bench/blueprint.ts`: the five standard lanes filled column by column (step *i* in lane *i* mod 5, 240 canvas units between columns), one flow per step between neighbours (down each column, and along the customer lane), every tenth step a fail point and another tenth a wait. Each is checked with the editor’s own loader (`loadBlueprint`) before use.',
    '- **Pages**: the production build of the editor (`vite build` into a temporary directory, `vite preview`), and `bench/bare/`: React Flow as its guide sets it up (`useNodesState`, default nodes and edges, no minimap), fed the same file through a file input and sized like the editor’s canvas. Each run is a fresh browser context; the editor and the bare page take turns, so both see the same machine load.',
    '- **Runs**: a full run does every gesture below; at 3,000 and 10,000 steps only the first run is full and the others open and pan, to keep the benchmark under 10 minutes. The exports are timed once per size, at the end, in a page of their own; Export PNG is given up after 120 s.',
    '- **Open** uses the real Open path: the file is handed to the hidden file input (`[data-testid="open-file-input"]`) as the file dialog would. Timed in the page from that input event to the first paint in which every card wholly inside the canvas at the file’s viewport, and every flow between two of them, is on the page — plus a task posted from that frame having run (the main thread is free again: interactive). Counting the cards in view rather than all of them keeps the figure comparable if the canvas ever renders only what is visible. Seeding storage and reloading would time the page start-up too, not opening a file.',
    '- **Frame times** are the gaps between `requestAnimationFrame` timestamps in the page while real mouse and wheel input (Chromium’s input pipeline via CDP, an event every ~8 ms) pans for 3 s on empty canvas, zooms out and in with the wheel for 3 s (zoom 1 ↔ ~0.5), drags one card for 3 s across three lanes, and drags 50 cards for 3 s. At 60 Hz a frame is 16.7 ms; a dropped frame shows as 33.3 ms. **CPU per pan frame** is the main thread’s CPU time over the pan (CDP `Performance.getMetrics` `ThreadTime`, before and after) divided by the frames drawn: how much of each 16.7 ms the work takes, unchanged by other processes’ load.',
    '- **Selection of 50**: zoomed out to 0.4, the first ten columns are Ctrl+clicked card by card (the first five clicks timed, click → the card painted as selected); the run checks that exactly 50 are selected. Ctrl+click rather than React Flow’s selection box (Shift + drag) keeps the gesture as it was in the first baseline.',
    '- **Typing**: a card’s label is edited in place; for each of nine keys, from the `keydown` event’s timestamp to the paint after the `input` event. **Undo / redo**: Ctrl+Z / Ctrl+Shift+Z after the one-card drag, from `keydown` to the paint in which the card is back in place.',
    '- **Autosave**: every autosave during a full run (after the open, the drags, undo, redo, typing, the view changes), each timed as the whole timer task in which the app wrote the blueprint to localStorage — serialising, writing and the status update — by wrapping `setTimeout` and `Storage.setItem` in the page; the app itself is unchanged.',
    '- **Export PNG**: the toolbar’s Export PNG with 2× chosen in its options; from the click to the file handed to the download, and the PNG’s own IHDR size. **Export SVG** likewise; the **what-if** row draws that SVG into a canvas and encodes a PNG in the page — the way Export PNG itself draws since it stopped copying the page, so the two rows should agree apart from embedding the blueprint in the file.',
    '- **Heap**: CDP `Performance.getMetrics` `JSHeapUsedSize` after `HeapProfiler.collectGarbage`, right after open. **Bundle**: the built files gzipped with zlib’s default level; “fetched” is every JS and CSS file the browser asked for until the editor was idle after loading.',
    '- The machine may have been shared with other work while this ran: see the load average above.',
    '',
  ].join('\n');
}

export async function writeResults(dir, results) {
  const files = [
    [path.join(dir, 'results.json'), JSON.stringify(results, null, 2)],
    [path.join(dir, 'RESULTS.md'), markdown(results)],
  ];
  for (const [file, text] of files) {
    const options = (await prettier.resolveConfig(file)) ?? {};
    await writeFile(file, await prettier.format(text, { ...options, filepath: file }));
  }
}
