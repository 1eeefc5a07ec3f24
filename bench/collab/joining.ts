import { chromium } from '@playwright/test';
import { readBlueprint } from '../../src/collab';
import { roomClient } from '../../server/testing/roomClient';
import { ROOM_STEPS } from './classroom';

/** A newcomer joining a busy 300-step room: in Node (protocol and reading), and in Chromium. */

const LOCAL = { view: { x: 0, y: 0, zoom: 1 }, guideStep: 1 } as const;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Milliseconds from connecting to holding the whole room, read and valid; and that document. */
export async function joinInNode(url: string, roomId: string, editKey: string) {
  const started = performance.now();
  const client = roomClient(url, roomId, editKey);
  await client.synced;
  const read = readBlueprint(client.doc, LOCAL, null);
  const ms = performance.now() - started;
  client.destroy();
  if (!read.ok || read.value.steps.length !== ROOM_STEPS)
    throw new Error('the newcomer got an incomplete room');
  return { ms, text: JSON.stringify(read.value) };
}

/**
 * Milliseconds from opening the edit link in a fresh browser to the room's blueprint drawn
 * (the status bar counts 300 steps and step cards are on the canvas). Includes loading the page.
 */
export async function joinInBrowser(
  pageUrl: string,
  editKey: string,
  runs: number,
): Promise<number[]> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const times: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      await context.addInitScript(() =>
        localStorage.setItem('service-blueprint-studio:room-name', 'Newcomer'),
      );
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(`${pageUrl}#live=${editKey}`);
      await page.getByText(`${ROOM_STEPS} steps ·`).waitFor({ timeout: 20_000 });
      await page.locator('.react-flow__node-step').first().waitFor();
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => resolve(null))),
      );
      times.push(performance.now() - started);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}
