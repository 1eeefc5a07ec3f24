import { expect, type Page } from '@playwright/test';
import { test } from './fixtures';
import { Editor, example } from './fixtures';

/** Whether the last key press had its default action (the browser's find bar) prevented. */
async function watchDefaults(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => {
    // Bubble phase on window: after the app's own (capture-phase) key handling.
    window.addEventListener('keydown', (e) => {
      (window as unknown as { lastPrevented: boolean }).lastPrevented = e.defaultPrevented;
    });
  });
  return () => page.evaluate(() => (window as unknown as { lastPrevented: boolean }).lastPrevented);
}

/**
 * Given the hotel example (two steps mention parking, far apart; two mention 客房),
 * when Ctrl+F opens the search box and the user types and presses Enter,
 * then each match in turn is selected and brought into view, matches are marked on the canvas,
 * Escape gives the focus back to the card found, and Chinese text is found too.
 */
test('Ctrl+F finds steps by text, goes from match to match, and Escape returns to the canvas', async ({
  page,
}) => {
  const doc = example();
  doc.steps.find((s) => s.id === 'c-sleep')!.description = '在客房过夜，早上洗澡。';
  doc.steps.find((s) => s.id === 'b-bags')!.label = '把行李送到客房';
  await page.emulateMedia({ reducedMotion: 'reduce' }); // no animated pans to wait for
  const editor = new Editor(page);
  await editor.open(doc);
  const prevented = await watchDefaults(page);

  await page.keyboard.press('ControlOrMeta+f');
  const box = page.getByRole('searchbox', { name: 'Search steps' });
  await expect(box).toBeFocused();
  expect(await prevented()).toBe(true); // no browser find bar over the editor
  const status = page.getByRole('search').getByRole('status');

  const exterior = editor.step('Hotel exterior, entrance sign, parking');
  const bill = editor.step('Itemised bill, front desk, lobby, exterior, parking');
  await box.fill('PARKING');
  await expect(status).toHaveText('1 of 2');
  await expect(exterior.locator('.step-card')).toHaveClass(/is-selected/);
  // Both matches are marked on the canvas; other cards are not.
  await expect(bill.locator('.step-card')).toHaveCSS('outline-style', 'solid');
  await expect(editor.step('Check in').locator('.step-card')).toHaveCSS('outline-style', 'none');

  await box.press('Enter');
  await expect(status).toHaveText('2 of 2');
  await expect(bill.locator('.step-card')).toHaveClass(/is-selected/);
  await expect(exterior.locator('.step-card')).not.toHaveClass(/is-selected/);
  // The second match, far right of the first, was brought into the visible pane.
  const pane = (await page.locator('.react-flow').boundingBox())!;
  await expect(async () => {
    const card = (await bill.boundingBox())!;
    expect(card.x).toBeGreaterThanOrEqual(pane.x);
    expect(card.x + card.width).toBeLessThanOrEqual(pane.x + pane.width);
    expect(card.y).toBeGreaterThanOrEqual(pane.y);
    expect(card.y + card.height).toBeLessThanOrEqual(pane.y + pane.height);
  }).toPass();

  await box.press('Shift+Enter');
  await expect(status).toHaveText('1 of 2');
  await page.getByRole('button', { name: 'Next match' }).click();
  await expect(status).toHaveText('2 of 2');

  // A second Ctrl+F inside the box is left to the browser's own find-in-page.
  await box.focus();
  await page.keyboard.press('ControlOrMeta+f');
  expect(await prevented()).toBe(false);

  await box.press('Escape');
  await expect(box).toBeHidden();
  await expect(bill).toBeFocused();
  await expect(exterior.locator('.step-card')).toHaveCSS('outline-style', 'none');

  // Chinese, in a label and in notes, lane by lane.
  await page.keyboard.press('ControlOrMeta+f');
  await expect(box).toBeFocused();
  await box.fill('客房');
  await expect(status).toHaveText('1 of 2');
  await expect(editor.step('Sleep, shower').locator('.step-card')).toHaveClass(/is-selected/);
  await box.press('Enter');
  await expect(status).toHaveText('2 of 2');
  await expect(editor.step('把行李送到客房').locator('.step-card')).toHaveClass(/is-selected/);
  await box.fill('没有这个');
  await expect(status).toHaveText('No matches');
});

/**
 * Given the hotel example, when the zoom controls, Fit View and the minimap are used,
 * then the view zooms, fits the whole blueprint, and pans, and each view is saved.
 */
test('the zoom controls, Fit View and the minimap move the view', async ({ page }) => {
  const editor = new Editor(page);
  await editor.open(example());
  const start = (await editor.savedDoc()).view;

  await editor.button('Zoom In').click();
  const zoomedIn = await editor.expectSaved((d) => expect(d.view.zoom).toBeGreaterThan(start.zoom));
  await editor.button('Zoom Out').click();
  await editor.button('Zoom Out').click();
  await editor.expectSaved((d) => expect(d.view.zoom).toBeLessThan(zoomedIn.view.zoom));

  await editor.button('Fit View').click();
  const pane = (await page.locator('.react-flow').boundingBox())!;
  await expect(async () => {
    for (const label of ['Arrive at hotel', 'Billing system', 'Check out and leave']) {
      const card = (await editor.step(label).boundingBox())!;
      expect(card.x).toBeGreaterThanOrEqual(pane.x);
      expect(card.x + card.width).toBeLessThanOrEqual(pane.x + pane.width);
      expect(card.y + card.height).toBeLessThanOrEqual(pane.y + pane.height);
    }
  }).toPass();
  const fitted = await editor.expectSaved((d) => expect(d.view).not.toEqual(start));

  // Dragging in the minimap pans the canvas.
  const minimap = (await page.getByRole('group', { name: 'Minimap' }).boundingBox())!;
  const middle = { x: minimap.x + minimap.width / 2, y: minimap.y + minimap.height / 2 };
  await page.mouse.move(middle.x, middle.y);
  await page.mouse.down();
  await page.mouse.move(middle.x + 30, middle.y, { steps: 5 });
  await page.mouse.up();
  const dragged = await editor.expectSaved((d) =>
    expect(d.view.x).toBeLessThan(fitted.view.x - 10),
  );

  // The minimap takes the focus from the keyboard: arrows move the view, + zooms.
  const map = page.getByRole('group', { name: 'Minimap' });
  await map.focus();
  await expect(map).toHaveAccessibleDescription(/Arrow keys move the view/);
  await page.keyboard.press('ArrowRight');
  const right = await editor.expectSaved((d) =>
    expect(d.view.x).toBeCloseTo(dragged.view.x - pane.width / 4, 0),
  );
  await page.keyboard.press('Shift+ArrowDown');
  const down = await editor.expectSaved((d) =>
    expect(d.view.y).toBeCloseTo(right.view.y - pane.height, 0),
  );
  await page.keyboard.press('+');
  await editor.expectSaved((d) => expect(d.view.zoom).toBeCloseTo(down.view.zoom * 1.2, 3));
  // The arrows were the minimap's: no step moved, and the focus stayed.
  await expect(map).toBeFocused();
  await page.reload();
  await expect(page.getByRole('group', { name: 'Minimap' })).toBeVisible();
  const reloaded = await editor.savedDoc();
  expect(reloaded.view.zoom).toBeCloseTo(down.view.zoom * 1.2, 3);
  expect(reloaded.steps).toEqual(dragged.steps);
});

/**
 * Given a small screen where the minimap covers part of the blueprint, when the user turns it
 * off under the zoom controls, then it is gone, stays gone after a reload, and comes back.
 */
test('the minimap can be hidden and shown again, and the choice is remembered', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(example());
  const toggle = editor.button('Show minimap');
  const minimap = page.getByRole('group', { name: 'Minimap' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(minimap).toBeVisible();
  await toggle.click();
  await expect(minimap).toHaveCount(0);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');

  await page.reload();
  await expect(editor.step('Check in')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Minimap' })).toHaveCount(0);
  await editor.button('Show minimap').press('Enter');
  await expect(page.getByRole('group', { name: 'Minimap' })).toBeVisible();
  await expect(editor.button('Show minimap')).toHaveAttribute('aria-pressed', 'true');
});
