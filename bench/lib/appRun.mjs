import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cardId, dragOne, dragSelection, DRAGGED, pan, zoom } from './interactions.mjs';
import { freshPage, grabPoint, heapMb, openFile } from './page.mjs';
import { pngSize } from './png.mjs';
import { median, round } from './stats.mjs';
import { sleep } from './gestures.mjs';

const TYPED = 'benchmark';
/** Beyond this an export has failed the user anyway; it also bounds the benchmark's time. */
const EXPORT_TIMEOUT_MS = 120_000;

/** Ctrl+Z / Ctrl+Shift+Z: from the key going down to the paint with the card back in place. */
async function timeKey(page, keys, transform) {
  const painted = page.evaluate(
    ([id, t]) => window.__bench.whenNodeAt(id, t),
    [DRAGGED, transform],
  );
  await page.keyboard.press(keys);
  const paintedAt = await painted;
  return paintedAt - (await page.evaluate(() => window.__bench.lastKeyDownAt));
}

/** Types into a card's label, one key every ~150 ms; each key timed to the next paint. */
async function typing(page) {
  await page.mouse.dblclick(...Object.values(await grabPoint(page, cardId(3, 1))));
  const editor = page.getByRole('textbox', { name: 'Step label' });
  await editor.waitFor();
  await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
  await page.keyboard.press('End');
  await page.evaluate(() => (window.__bench.typingArmed = true));
  for (let i = 0; i < TYPED.length; i++) {
    await page.keyboard.press(TYPED[i]);
    await page.waitForFunction((n) => window.__bench.typing.length >= n, i + 1);
    await sleep(150);
  }
  const typed = await page.evaluate(() => {
    window.__bench.typingArmed = false;
    return window.__bench.typing;
  });
  if (!typed.at(-1)?.value.endsWith(TYPED)) throw new Error('the typed label did not show');
  await page.keyboard.press('Escape');
  return round(median(typed.map((k) => k.ms)));
}

/**
 * Export PNG at 2× through the toolbar; from the click to the file handed to the download.
 * Given up after EXPORT_TIMEOUT_MS (the page is closed with the run), reported as not done.
 */
async function exportPng(page) {
  await page.getByRole('button', { name: 'PNG options' }).click();
  await page.getByRole('radio', { name: '2×' }).check();
  await page.keyboard.press('Escape');
  const started = performance.now();
  try {
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: EXPORT_TIMEOUT_MS }),
      page
        .getByRole('button', { name: 'Export PNG', exact: true })
        .click({ timeout: EXPORT_TIMEOUT_MS }),
    ]);
    const ms = await page.evaluate(
      () => window.__bench.downloadedAt.png - window.__bench.lastClickAt,
    );
    const size = pngSize(await readFile(await file.path()));
    const alert = page.getByRole('alert').filter({ hasText: 'too large' });
    const scaledMessage = (await alert.count()) ? (await alert.first().innerText()).trim() : null;
    return { ms: round(ms, 0), ...size, scaledMessage };
  } catch (error) {
    if (error?.name !== 'TimeoutError') throw error;
    const waited = Math.round((performance.now() - started) / 1000);
    return { ms: null, timedOut: `no file after ${waited} s`, scaledMessage: null };
  }
}

/**
 * Export SVG through the toolbar (drawn from the document, not the page), and — a what-if for
 * Export PNG — that SVG drawn into a canvas at 2× (or the largest ratio that fits) as a PNG.
 */
async function exportSvgAndRaster(page) {
  const download = page.waitForEvent('download', { timeout: EXPORT_TIMEOUT_MS });
  await page.getByRole('button', { name: 'Export SVG', exact: true }).click();
  const file = await download;
  const ms = await page.evaluate(
    () => window.__bench.downloadedAt.svg - window.__bench.lastClickAt,
  );
  const svg = await readFile(await file.path(), 'utf8');
  const raster = await page.evaluate((text) => window.__bench.rasterise(text), svg);
  return {
    svgMs: round(ms, 0),
    svgKb: Math.round(svg.length / 1024),
    rasterMs: round(raster.ms, 0),
    width: raster.width,
    height: raster.height,
  };
}

/**
 * One run on the editor, in a fresh browser context: open the file, then pan, drag one card,
 * undo and redo that drag, type in a label, zoom, drag a selection of 50, and collect every
 * autosave that happened along the way.
 */
export async function appRun(browser, url, blueprint, { full }) {
  const { context, page, problems } = await freshPage(browser);
  const phases = phaseClock();
  try {
    await page.goto(url);
    await page.locator('.react-flow__pane').waitFor();
    await page.waitForLoadState('networkidle');
    const canvas = await page.locator('.react-flow').boundingBox();
    const result = { canvas: { width: canvas.width, height: canvas.height } };
    phases.mark('load');
    result.openMs = round(await openFile(page, blueprint), 0);
    phases.mark('open');
    const alerts = await page.getByRole('alert').allInnerTexts();
    if (alerts.some((text) => text.trim())) throw new Error(`open failed: ${alerts.join(' ')}`);
    result.heapMb = await heapMb(context, page);
    const grid = blueprint.grid;
    result.pan = await pan(page, grid);
    phases.mark('pan');
    if (!full) {
      result.longestFrameMs = result.pan.max;
      result.problems = problems;
      result.phaseSeconds = phases.seconds;
      return result;
    }
    const drag = await dragOne(page);
    result.dragOne = drag.frames;
    phases.mark('drag');
    await sleep(600); // let the drop's autosave pass, so it is not timed with the undo
    result.undoMs = round(await timeKey(page, 'Control+z', drag.before));
    await sleep(600);
    result.redoMs = round(await timeKey(page, 'Control+Shift+z', drag.after));
    await sleep(600);
    // Back to where it was, so no card lies on another for the gestures that follow (a slow
    // page can drop a dragged card short of the pointer).
    await timeKey(page, 'Control+z', drag.before);
    await sleep(600);
    phases.mark('undo/redo');
    result.typingMs = await typing(page);
    phases.mark('typing');
    result.zoom = await zoom(page);
    phases.mark('zoom');
    result.dragSelection = await dragSelection(page, grid);
    phases.mark('selection');
    await sleep(800); // the last autosave
    const saves = await page.evaluate(() => window.__bench.autosaves);
    result.autosave = {
      saves: saves.length,
      medianMs: round(median(saves.map((s) => s.ms)), 2),
      maxMs: round(Math.max(...saves.map((s) => s.ms)), 2),
      chars: saves.at(-1)?.chars ?? 0,
    };
    result.longestFrameMs = Math.max(
      ...[result.pan, result.dragOne, result.zoom, result.dragSelection].map((f) => f.max),
    );
    result.problems = problems;
    result.phaseSeconds = phases.seconds;
    return result;
  } catch (error) {
    const shot = path.join(os.tmpdir(), `bench-failure-${Date.now()}.png`);
    await page.screenshot({ path: shot, timeout: 10_000 }).catch(() => undefined);
    console.log(`  (the page at the failure: ${shot})`);
    throw error;
  } finally {
    await context.close();
  }
}

/** Wall-clock seconds per phase of a run, to see where the benchmark's own time goes. */
function phaseClock() {
  let last = performance.now();
  const seconds = {};
  return {
    seconds,
    mark(name) {
      seconds[name] = round((performance.now() - last) / 1000);
      last = performance.now();
    },
  };
}

/**
 * The exports, in a page of their own after every other measurement: a PNG export that does not
 * finish keeps its page busy until the page is closed, and must not slow anything else down.
 */
export async function exportRun(browser, url, blueprint) {
  const { context, page, problems } = await freshPage(browser);
  try {
    await page.goto(url);
    await page.locator('.react-flow__pane').waitFor();
    await openFile(page, blueprint);
    const svg = await exportSvgAndRaster(page);
    const png = await exportPng(page);
    return { exportSvg: svg, exportPng: png, problems };
  } finally {
    await context.close();
  }
}

/** The same file and gestures on the bare React Flow page, sized like the editor's canvas. */
export async function bareRun(browser, url, blueprint, canvas, { full }) {
  const { context, page, problems } = await freshPage(browser);
  try {
    await page.goto(`${url}?w=${Math.round(canvas.width)}&h=${Math.round(canvas.height)}`);
    await page.locator('.react-flow__pane').waitFor();
    await page.waitForLoadState('networkidle');
    const result = { openMs: round(await openFile(page, blueprint), 0) };
    result.heapMb = await heapMb(context, page);
    result.pan = await pan(page, blueprint.grid);
    if (!full) return { ...result, problems };
    result.dragOne = (await dragOne(page)).frames;
    result.zoom = await zoom(page);
    try {
      result.dragSelection = await dragSelection(page, blueprint.grid);
    } catch (error) {
      // At 10,000 steps the bare page sometimes never takes some Ctrl+clicks: the baseline's
      // figure is then missing, and the run says why, rather than the whole benchmark stopping.
      problems.push(`bare React Flow: drag of 50 not measured (${error.message})`);
    }
    result.problems = problems;
    return result;
  } finally {
    await context.close();
  }
}
