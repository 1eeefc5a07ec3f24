import { expect } from '@playwright/test';
import { test } from './fixtures';
import { autosaveText, Editor } from './fixtures';

const LANES = [
  'Physical evidence',
  'Customer actions',
  'Onstage actions (visible contact employee)',
  'Backstage actions (invisible contact employee)',
  'Support processes',
];

test('a new blueprint shows the five lanes in order and the three lines between the right lanes', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open();
  const headers = page.locator('[data-lane-header]');
  await expect(headers).toHaveText(LANES);
  const box = async (sel: string) => (await page.locator(sel).boundingBox())!;
  const onstage = await box('[data-lane-header="onstage"]');
  const backstage = await box('[data-lane-header="backstage"]');
  const support = await box('[data-lane-header="support"]');
  const interaction = await box('.line-label-interaction');
  const visibility = await box('.line-label-visibility');
  const internal = await box('.line-label-internal');
  await expect(page.locator('.line-label-interaction')).toHaveText('Line of interaction');
  await expect(page.locator('.line-label-visibility')).toHaveText('Line of visibility');
  await expect(page.locator('.line-label-internal')).toHaveText('Line of internal interaction');
  // Each label is centred on the boundary it names.
  expect(Math.abs(interaction.y + interaction.height / 2 - onstage.y)).toBeLessThan(3);
  expect(Math.abs(visibility.y + visibility.height / 2 - backstage.y)).toBeLessThan(3);
  expect(Math.abs(internal.y + internal.height / 2 - support.y)).toBeLessThan(3);
  // The lines run across the canvas.
  const line = await box('.divider-visibility');
  expect(line.width).toBeGreaterThan(800);

  // A blank blueprint is not stored until its first edit, so moving the view must not leave the
  // status line at "Saving…" for ever.
  await page.getByRole('button', { name: 'Zoom In' }).click();
  const clicked = Date.now();
  await expect
    .poll(async () => Date.now() - clicked > 1_000 && (await autosaveText(page)) === null, {
      timeout: 10_000,
    })
    .toBe(true);
  await expect(page.getByTestId('save-status')).not.toHaveText(/Saving/);
});

test('lanes can be renamed, resized, hidden and shown, and custom lanes added, moved and removed', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open();

  // Rename from the frozen header.
  await page.locator('[data-lane-header="customer"] .lane-name').click();
  await page.getByRole('textbox', { name: 'Lane name' }).fill('Guest actions');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-lane-header="customer"]')).toHaveText('Guest actions');

  // Resize with the keyboard on the lane's resize handle.
  const resize = page.getByRole('separator', { name: 'Resize lane Guest actions' });
  await resize.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await editor.expectSaved((doc) =>
    expect(doc.lanes.find((l) => l.id === 'customer')!.height).toBe(170),
  );

  // Resize by dragging the handle: +60 px.
  const handle = (await resize.boundingBox())!;
  const startY = handle.y + handle.height / 2;
  await page.mouse.move(handle.x + 50, startY);
  await page.mouse.down();
  await page.mouse.move(handle.x + 50, startY + 30, { steps: 5 });
  await page.mouse.move(handle.x + 50, startY + 60, { steps: 5 });
  await page.mouse.up();
  await editor.expectSaved((doc) =>
    expect(doc.lanes.find((l) => l.id === 'customer')!.height).toBe(230),
  );

  // Hide and show in the Lanes panel.
  await page.getByRole('tab', { name: 'Lanes' }).click();
  await page.getByRole('checkbox', { name: 'Show Physical evidence' }).uncheck();
  await expect(page.locator('[data-lane-header="evidence"]')).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Show Physical evidence' }).check();
  await expect(page.locator('[data-lane-header="evidence"]')).toBeVisible();

  // Add a custom lane (at the bottom), rename it, move it to the top, then remove it.
  await editor.button('Add lane').click();
  await page.getByRole('textbox', { name: 'Name of lane 6' }).fill('Emotions');
  await expect(page.locator('[data-lane-header]').last()).toHaveText('Emotions');
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Move Emotions up' }).click();
  await expect(page.locator('[data-lane-header]').first()).toHaveText('Emotions');
  let doc = await editor.expectSaved((d) => expect(d.lanes[0]!.label).toBe('Emotions'));
  expect(doc.lanes[0]!.kind).toBe('custom');
  // A custom lane on top sits with the customer: the line of interaction does not move.
  await expect(page.locator('.line-label')).toHaveCount(3);
  await page.getByRole('button', { name: 'Remove Emotions' }).click();
  await expect(page.locator('[data-lane-header]')).toHaveCount(5);
  doc = await editor.expectSaved((d) => expect(d.lanes).toHaveLength(5));
  expect(doc.lanes.map((l) => l.kind)).toEqual([
    'evidence',
    'customer',
    'onstage',
    'backstage',
    'support',
  ]);
});
