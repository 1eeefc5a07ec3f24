import { expect, type CDPSession, type Page } from '@playwright/test';
import { test } from './fixtures';
import { Editor } from './fixtures';
import { smallBlueprint } from './helpers/smallBlueprint';

/**
 * Touch screens and interactive whiteboards: real touch events (Chromium's own input pipeline,
 * through the DevTools protocol), on a touch-enabled page whose pointer is coarse.
 */

test.use({ hasTouch: true });
test.describe.configure({ timeout: 60_000 });

type Point = { x: number; y: number };

/** Fingers on the screen: each call sends one touch event with the fingers now down. */
class Fingers {
  private constructor(private readonly cdp: CDPSession) {}

  static async of(page: Page): Promise<Fingers> {
    return new Fingers(await page.context().newCDPSession(page));
  }

  send(type: 'touchStart' | 'touchMove' | 'touchEnd', points: Point[]): Promise<unknown> {
    const touchPoints = points.map((p, id) => ({ x: p.x, y: p.y, id, radiusX: 8, radiusY: 8 }));
    return this.cdp.send('Input.dispatchTouchEvent', { type, touchPoints });
  }

  /** Two fingers from `from` to `to` (each a pair of points), in small moves as a hand would. */
  async twoFingers(from: [Point, Point], to: [Point, Point], steps = 12): Promise<void> {
    await this.send('touchStart', from);
    for (let i = 1; i <= steps; i++) {
      const at = (k: 0 | 1) => ({
        x: from[k].x + ((to[k].x - from[k].x) * i) / steps,
        y: from[k].y + ((to[k].y - from[k].y) * i) / steps,
      });
      await this.send('touchMove', [at(0), at(1)]);
    }
    await this.send('touchEnd', []);
  }

  /** Two quick taps at one spot, sent back to back. */
  async doubleTap(at: Point): Promise<void> {
    await Promise.all([
      this.send('touchStart', [at]),
      this.send('touchEnd', []),
      this.send('touchStart', [at]),
      this.send('touchEnd', []),
    ]);
  }
}

/** The viewport as React Flow draws it (translate and scale of the viewport layer). */
async function viewport(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  const transform = await page
    .locator('.react-flow__viewport')
    .evaluate((el) => (el as HTMLElement).style.transform);
  const [x, y, zoom] = (transform.match(/-?[\d.]+/g) ?? []).map(Number);
  return { x: x!, y: y!, zoom: zoom! };
}

/** An empty spot of the canvas, well right of the cards. */
async function emptySpot(page: Page): Promise<Point> {
  const pane = (await page.locator('.react-flow').boundingBox())!;
  return { x: pane.x + pane.width * 0.6, y: pane.y + pane.height * 0.4 };
}

test('pinch zooms about the fingers and two fingers pan; the view is saved', async ({ page }) => {
  const editor = new Editor(page);
  await editor.open(smallBlueprint());
  const fingers = await Fingers.of(page);
  const c = await emptySpot(page);
  const before = await viewport(page);
  expect(before.zoom).toBeCloseTo(0.75, 2);

  // Spread the fingers from 100 px apart to 300 px apart: about three times closer.
  await fingers.twoFingers(
    [
      { x: c.x - 50, y: c.y },
      { x: c.x + 50, y: c.y },
    ],
    [
      { x: c.x - 150, y: c.y },
      { x: c.x + 150, y: c.y },
    ],
  );
  await expect.poll(async () => (await viewport(page)).zoom).toBeGreaterThan(before.zoom * 2);
  const zoomed = await viewport(page);
  // The canvas point between the fingers stays between them.
  const flowX = (p: { x: number; zoom: number }, screenX: number) => (screenX - p.x) / p.zoom;
  const paneX = (await page.locator('.react-flow').boundingBox())!.x;
  expect(flowX(zoomed, c.x - paneX)).toBeCloseTo(flowX(before, c.x - paneX), 0);
  await editor.expectSaved((d) => expect(d.view.zoom).toBeCloseTo(zoomed.zoom, 3));

  // Two fingers moved together, the same distance apart: a pan, no zoom.
  await fingers.twoFingers(
    [
      { x: c.x - 60, y: c.y },
      { x: c.x + 60, y: c.y },
    ],
    [
      { x: c.x - 60 - 120, y: c.y + 80 },
      { x: c.x + 60 - 120, y: c.y + 80 },
    ],
  );
  await expect.poll(async () => (await viewport(page)).x).toBeLessThan(zoomed.x - 100);
  const panned = await viewport(page);
  expect(panned.x).toBeCloseTo(zoomed.x - 120, -1);
  expect(panned.y).toBeCloseTo(zoomed.y + 80, -1);
  expect(panned.zoom).toBeCloseTo(zoomed.zoom, 2);
  await editor.expectSaved((d) => expect(d.view.x).toBeCloseTo(panned.x, 0));
  await expect(editor.steps()).toHaveCount(3);
});

test('a long press opens the context menu; a tap chooses; a double tap in a lane adds a step', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(smallBlueprint());
  const fingers = await Fingers.of(page);
  const menu = page.getByRole('menu');

  // Hold a finger on a card: the step menu opens while it is down, and stays after the lift.
  const card = (await editor.step('Greet').boundingBox())!;
  const hold = { x: card.x + card.width / 2, y: card.y + card.height / 2 };
  await fingers.send('touchStart', [hold]);
  await expect(menu).toHaveAccessibleName('Step menu');
  await fingers.send('touchEnd', []);
  await expect(menu.getByRole('menuitem', { name: 'Edit label' })).toBeFocused();
  await expect(editor.page.getByRole('textbox', { name: 'Step label' })).toHaveCount(0);
  await page.touchscreen.tap(
    ...(await center(menu.getByRole('menuitem', { name: 'Toggle fail point' }))),
  );
  await expect(menu).toHaveCount(0);
  await editor.expectSaved((d) =>
    expect(d.steps.find((s) => s.id === 'c')!.failPoint).toBeTruthy(),
  );

  // A double tap on an empty spot of the backstage lane: a new card there, label open for typing.
  const spot = await editor.pointInLane('backstage', 500);
  await fingers.doubleTap(spot);
  const label = page.getByRole('textbox', { name: 'Step label' });
  await expect(label).toBeFocused();
  await label.fill('Prepare room');
  await label.press('Enter');
  const added = (await editor.step('Prepare room').boundingBox())!;
  expect(Math.abs(added.x + added.width / 2 - spot.x)).toBeLessThan(6);
  await editor.expectSaved((d) => {
    expect(d.steps).toHaveLength(4);
    expect(d.steps.find((s) => s.label === 'Prepare room')?.lane).toBe('backstage');
  });
});

test('on a touch screen handles, buttons, zoom controls and menu items are at least 40 px', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(smallBlueprint());
  expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
  const atLeast40 = async (what: string, box: { width: number; height: number } | null) => {
    expect(box, what).not.toBeNull();
    expect(box!.width, `${what} width`).toBeGreaterThanOrEqual(40);
    expect(box!.height, `${what} height`).toBeGreaterThanOrEqual(40);
  };

  await page.touchscreen.tap(...(await center(editor.step('Arrive'))));
  const handles = editor.step('Arrive').locator('.react-flow__handle');
  await expect(handles.first()).toBeVisible();
  // A handle's dot stays small (flows end at it), but what a finger can hit around it is 40 px
  // or more each way (found by probing the points around it).
  for (const side of ['t', 'r', 'b', 'l']) {
    const handle = handles.and(page.locator(`[data-handleid="${side}"]`));
    const target = await handle.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
      const xs: number[] = [];
      const ys: number[] = [];
      for (let dx = -60; dx <= 60; dx += 1) {
        for (let dy = -60; dy <= 60; dy += 1) {
          if (document.elementFromPoint(cx + dx, cy + dy) !== el) continue;
          xs.push(dx);
          ys.push(dy);
        }
      }
      return {
        width: Math.max(...xs) - Math.min(...xs) + 1,
        height: Math.max(...ys) - Math.min(...ys) + 1,
      };
    });
    await atLeast40(`handle ${side}`, target);
  }
  for (const name of ['Zoom In', 'Zoom Out', 'Fit View', 'Undo', 'Add step'])
    await atLeast40(name, await editor.button(name).boundingBox());
  for (const tab of await page.getByRole('tab').all())
    await atLeast40('tab', await tab.boundingBox());

  // The menu of the card just tapped (it has the focus).
  await page.keyboard.press('Shift+F10');
  await expect(page.getByRole('menu')).toBeVisible();
  for (const item of await page.getByRole('menu').getByRole('menuitem').all()) {
    const box = (await item.boundingBox())!;
    expect(box.height, (await item.textContent()) ?? '').toBeGreaterThanOrEqual(40);
  }
});

async function center(locator: ReturnType<Page['locator']>): Promise<[number, number]> {
  const box = (await locator.boundingBox())!;
  return [box.x + box.width / 2, box.y + box.height / 2];
}
