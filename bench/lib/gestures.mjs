/**
 * Input as a person gives it: real mouse, wheel and key events through Chromium's input
 * pipeline (CDP, via Playwright), sent about every INPUT_INTERVAL_MS — faster than frames, as a
 * mouse does — while the page records its own frame times.
 */
const INPUT_INTERVAL_MS = 8;
export const GESTURE_MS = 3000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls `step(elapsedMs)` about every INPUT_INTERVAL_MS for `durationMs`. */
async function paced(durationMs, step) {
  const start = performance.now();
  let next = start;
  for (;;) {
    const elapsed = performance.now() - start;
    if (elapsed >= durationMs) return;
    await step(elapsed);
    next += INPUT_INTERVAL_MS;
    const wait = next - performance.now();
    if (wait > 0) await sleep(wait);
    else next = performance.now();
  }
}

/** Records frame gaps in the page while `gesture` runs. */
export async function framesDuring(page, gesture) {
  await page.evaluate(() => window.__bench.startFrames());
  await gesture();
  return page.evaluate(() => window.__bench.stopFrames());
}

/**
 * Presses at `from`, moves along a figure of eight around it (±dx, ±dy) for `durationMs`, ends
 * at `from` + `end` and releases. Used for panning (on empty canvas) and dragging (on a card).
 */
export async function dragAround(page, from, { dx, dy, end = { x: 0, y: 0 }, durationMs }) {
  const period = durationMs / 2;
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await paced(durationMs, (t) => {
    const phase = (2 * Math.PI * t) / period;
    return page.mouse.move(from.x + dx * Math.sin(phase), from.y + dy * Math.sin(2 * phase));
  });
  await page.mouse.move(from.x + end.x, from.y + end.y, { steps: 3 });
  await page.mouse.up();
}

/**
 * Zooms out and back in with the wheel over `at`, in and out twice over `durationMs`
 * (between zoom 1 and about 0.5).
 */
export async function wheelZoom(page, at, durationMs) {
  await page.mouse.move(at.x, at.y);
  const half = durationMs / 4;
  let sent = 0;
  await paced(durationMs, async (t) => {
    const outward = Math.floor(t / half) % 2 === 0;
    // Every other tick: about 60 wheel events a second, as a free-spinning wheel gives.
    if (sent++ % 2 === 0) await page.mouse.wheel(0, outward ? 10 : -10);
  });
}

/** Zooms out with the wheel over `at` until the zoom is at most `zoom`. */
export async function wheelOutTo(page, at, zoom) {
  await page.mouse.move(at.x, at.y);
  for (let i = 0; i < 200; i++) {
    const view = await page.evaluate(() => window.__bench.view());
    if (view.zoom <= zoom) return view;
    await page.mouse.wheel(0, 40);
    await sleep(30);
  }
  throw new Error(`could not zoom out to ${zoom}`);
}

export { sleep };
