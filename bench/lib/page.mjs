import { inView } from './inView.mjs';
import { installProbe } from './probe.mjs';

/** A laptop-sized window; each run gets a fresh context, so storage starts empty. */
export const VIEWPORT = { width: 1600, height: 900 };

export async function freshPage(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  const problems = [];
  page.on('crash', () => problems.push('the page crashed'));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { context, page, problems };
}

/**
 * Open, through the real Open path: the file goes to the hidden file input as if picked in the
 * file dialog. Timed in the page from the input event to the paint that shows the cards and
 * arrows in view (see inView.mjs), with the main thread free again.
 */
export async function openFile(page, { text, name, doc }) {
  const canvas = await page.locator('.react-flow').boundingBox();
  const { nodeIds, edgeIds } = inView(doc, canvas);
  if (!nodeIds.length || !edgeIds.length) throw new Error('no card would be in view');
  const drawn = page.evaluate(([n, e]) => window.__bench.whenDrawn(n, e), [nodeIds, edgeIds]);
  await page
    .getByTestId('open-file-input')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  const drawnAt = await drawn;
  const handedAt = await page.evaluate(() => window.__bench.fileHandedAt);
  return drawnAt - handedAt;
}

/** JS heap in use after a full garbage collection (CDP Performance.getMetrics), in MB. */
export async function heapMb(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  return Math.round((used / 1024 ** 2) * 10) / 10;
}

export const toScreen = (page, x, y) =>
  page.evaluate(([fx, fy]) => window.__bench.toScreen(fx, fy), [x, y]);

/** A point inside a card, clear of its four connection handles (at the middle of each side). */
export async function grabPoint(page, id) {
  const box = await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox();
  if (!box) throw new Error(`card ${id} is not on screen`);
  return { x: box.x + Math.min(30, box.width / 4), y: box.y + Math.min(12, box.height / 4) };
}
