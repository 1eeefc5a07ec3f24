import { expect, type Page } from '@playwright/test';
import { test } from './fixtures';
import { AUTOSAVE_KEY, BLUEPRINT_PREFIX, Editor, example, TAB_BLUEPRINT_KEY } from './fixtures';
import {
  alerts,
  autosaveText,
  blueprintDoc,
  CORRUPT_PREFIX,
  downloadBytes,
  downloadFrom,
  saveStatus,
  sortedLabels,
  STANDARD_LANES,
  step,
  stepLabelsOnScreen,
  storageEntries,
  viewportOnScreen,
} from './helpers/io';
import type { SavedDoc } from './fixtures';

test('edits, fail point, wait and the viewport all come back after a reload', async ({ page }) => {
  const editor = new Editor(page);
  await editor.open();
  const field = (name: string) => page.getByRole('textbox', { name, exact: true });

  await editor.addStepByDoubleClick('customer', 'Check in');
  await editor.step('Check in').click();
  await page.getByRole('checkbox', { name: 'Fail point' }).check();
  await field('Probability (%)').fill('8');
  await field('Cost per failure').fill('120');
  await field('Recovery').fill('Offer a welcome drink');

  await editor.addStepByDoubleClick('customer', 'Wait for the room', 520);
  await editor.step('Wait for the room').click();
  await page.getByRole('checkbox', { name: 'Wait step' }).check();
  await field('Expected wait (min)').fill('12');
  await field('Tolerance (min)').fill('5');
  await expect(
    page.getByText('The expected wait is longer than customers tolerate.'),
  ).toBeVisible();

  // Zoom out with the wheel, then pan by dragging the empty pane.
  const spot = await editor.pointInLane('onstage', 650);
  await page.mouse.move(spot.x, spot.y);
  await page.mouse.wheel(0, 300);
  await expect.poll(async () => (await viewportOnScreen(page)).zoom).toBeLessThan(0.9);
  await page.mouse.move(spot.x, spot.y);
  await page.mouse.down();
  await page.mouse.move(spot.x + 60, spot.y + 20, { steps: 4 });
  await page.mouse.move(spot.x + 140, spot.y + 70, { steps: 8 });
  await page.mouse.up();

  const before = await viewportOnScreen(page);
  expect(before.zoom).toBeLessThan(0.9);
  const saved = await editor.expectSaved((doc) => {
    expect(doc.view.zoom).toBeCloseTo(before.zoom, 4);
    expect(doc.view.x).toBeCloseTo(before.x, 1);
    expect(doc.view.y).toBeCloseTo(before.y, 1);
    expect(doc.steps.find((s) => s.label === 'Wait for the room')?.wait?.toleranceMin).toBe(5);
  });
  expect(editor.stepByLabel(saved, 'Check in').failPoint).toMatchObject({
    probability: 0.08,
    costPerFailure: 120,
    recovery: 'Offer a welcome drink',
  });
  expect(editor.stepByLabel(saved, 'Wait for the room').wait).toEqual({
    expectedMin: 12,
    toleranceMin: 5,
  });

  await page.reload();
  await expect(editor.steps()).toHaveCount(2);
  expect(await stepLabelsOnScreen(page)).toEqual(['Check in', 'Wait for the room']);
  const after = await viewportOnScreen(page);
  expect(after.zoom).toBeCloseTo(before.zoom, 4);
  expect(after.x).toBeCloseTo(before.x, 1);
  expect(after.y).toBeCloseTo(before.y, 1);
  await expect(editor.step('Check in').getByRole('img', { name: 'Fail point' })).toBeVisible();
  await expect(
    editor.step('Wait for the room').getByRole('img', { name: 'Wait step' }),
  ).toBeVisible();

  await editor.step('Check in').click();
  await expect(page.getByRole('checkbox', { name: 'Fail point' })).toBeChecked();
  await expect(field('Probability (%)')).toHaveValue('8');
  await expect(field('Cost per failure')).toHaveValue('120');
  await expect(field('Recovery')).toHaveValue('Offer a welcome drink');
  await editor.step('Wait for the room').click();
  await expect(page.getByRole('checkbox', { name: 'Wait step' })).toBeChecked();
  await expect(field('Expected wait (min)')).toHaveValue('12');
  await expect(field('Tolerance (min)')).toHaveValue('5');

  // Still only in this browser, not in a file: the status bar says so.
  await expect(page.getByText('Changes not saved to a file')).toBeVisible();
});

/** Notes what this tab's stored blueprint held when the page began to unload, before the app's
 * own handlers run (init scripts run first): proof the debounced save had not written yet. */
async function noteStoredAtUnload(page: Page): Promise<void> {
  await page.addInitScript(
    ([tabKey, prefix]) => {
      addEventListener('beforeunload', () => {
        const id = sessionStorage.getItem(tabKey!);
        const stored = id ? localStorage.getItem(prefix + id) : null;
        localStorage.setItem('e2e:stored-at-unload', stored ?? 'nothing stored');
      });
    },
    [TAB_BLUEPRINT_KEY, BLUEPRINT_PREFIX],
  );
}

async function typeNewStep(editor: Editor, label: string): Promise<void> {
  const point = await editor.pointInLane('customer');
  await editor.page.mouse.dblclick(point.x, point.y);
  const field = editor.page.getByRole('textbox', { name: 'Step label' });
  await expect(field).toBeFocused();
  await field.fill(label);
}

test('a label typed just before a reload is not lost', async ({ page }) => {
  const editor = new Editor(page);
  await noteStoredAtUnload(page);
  await editor.open(example());
  await editor.savedDoc();
  await typeNewStep(editor, 'Ring the night bell');
  await page.reload();

  await expect(editor.step('Ring the night bell')).toBeVisible();
  const atUnload = await page.evaluate(() => localStorage.getItem('e2e:stored-at-unload'));
  expect(atUnload, 'the hotel was stored before').toContain(example().title);
  expect(atUnload, 'the reload came before the debounced autosave').not.toContain(
    'Ring the night bell',
  );
  const doc = JSON.parse((await autosaveText(page))!) as SavedDoc;
  expect(sortedLabels(doc)).toContain('Ring the night bell');
});

test('a tab closed just after typing: the next tab opens the blueprint with the label', async ({
  page,
  context,
}) => {
  const editor = new Editor(page);
  await noteStoredAtUnload(page);
  await editor.open(example());
  await editor.savedDoc();
  await typeNewStep(editor, 'Leave the key at the desk');
  // The leave warning may ask first (the work is not in a file): the user closes anyway.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);

  const next = await context.newPage();
  const nextEditor = new Editor(next);
  await nextEditor.open();
  await expect(nextEditor.step('Leave the key at the desk')).toBeVisible();
  await expect(next.getByRole('textbox', { name: 'Blueprint title' })).toHaveValue(example().title);
  const atUnload = await next.evaluate(() => localStorage.getItem('e2e:stored-at-unload'));
  expect(atUnload, 'the close came before the debounced autosave').not.toContain(
    'Leave the key at the desk',
  );
});

test('when browser storage is full the user is told, and the blueprint on screen is kept', async ({
  page,
}) => {
  const editor = new Editor(page);
  const seeded = blueprintDoc({
    title: 'Hotel check-in',
    steps: [
      step('arrive', 'customer', 0, 'Arrive at the desk'),
      step('greet', 'onstage', 240, 'Greet the guest'),
    ],
    flows: [{ id: 'f1', from: 'arrive', to: 'greet', label: '', twoWay: false }],
  });
  await editor.open(seeded);
  const storedBefore = await autosaveText(page);
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (key.startsWith('service-blueprint-studio:'))
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await page.reload();
  await expect(editor.steps()).toHaveCount(2);

  await editor.addStepByDoubleClick('customer', 'Hand over the key card', 550);
  const alert = alerts(page).filter({ hasText: 'storage is full' });
  await expect(alert).toHaveCount(1);
  await expect(alert).toContainText('Use Save to download a file');
  await expect(saveStatus(page)).toHaveText(
    'Not saved — browser storage is full. Use Save to keep a file.',
  );
  expect(await stepLabelsOnScreen(page)).toEqual(
    ['Arrive at the desk', 'Greet the guest', 'Hand over the key card'].sort(),
  );
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);

  // Editing goes on, without a new banner for every failed save.
  await editor.addStepByDoubleClick('backstage', 'Encode the key', 550);
  await expect(editor.steps()).toHaveCount(4);
  await expect(saveStatus(page)).toHaveText(/^Not saved — browser storage is full/);
  await expect(alerts(page)).toHaveCount(1);
  expect(await autosaveText(page)).toBe(storedBefore);

  // Save still gives the user a file with all the work.
  const download = await downloadFrom(page, () => editor.button('Save').click());
  const file = JSON.parse((await downloadBytes(download)).toString('utf8')) as SavedDoc;
  expect(sortedLabels(file)).toEqual(
    ['Arrive at the desk', 'Encode the key', 'Greet the guest', 'Hand over the key card'].sort(),
  );

  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alerts(page)).toHaveCount(0);
  await expect(editor.steps()).toHaveCount(4);
});

test('a corrupted autosave is kept aside, reported, and a new blueprint is started', async ({
  page,
}) => {
  const raw = '{"format":"service-blueprint","version":1,"lanes":"oops"}';
  const editor = new Editor(page);
  await page.goto('/');
  await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [AUTOSAVE_KEY, raw]);
  await page.reload();
  await expect(page.locator('.react-flow__pane')).toBeVisible();

  const alert = alerts(page);
  await expect(alert).toHaveCount(1);
  await expect(alert).toContainText('Your last autosave could not be read');
  await expect(alert).toContainText('lanes: expected array');

  const kept = await storageEntries(page, CORRUPT_PREFIX);
  expect(kept).toHaveLength(1);
  const [keptKey, keptText] = kept[0]!;
  expect(keptText).toBe(raw);
  await expect(alert).toContainText(`"${keptKey}"`);

  await expect(page.locator('[data-lane-header]')).toHaveText(STANDARD_LANES.map((l) => l.label));
  await expect(editor.steps()).toHaveCount(0);

  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alerts(page)).toHaveCount(0);

  // The broken slot was moved aside once: a reload reports nothing more and keeps no second copy.
  await page.reload();
  await expect(page.locator('.react-flow__pane')).toBeVisible();
  await expect(alerts(page)).toHaveCount(0);
  await expect(editor.steps()).toHaveCount(0);
  expect(await storageEntries(page, CORRUPT_PREFIX)).toEqual([[keptKey, raw]]);
  expect(await page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY)).toBeNull();

  // Work goes on and is autosaved; the copy set aside stays untouched.
  await editor.addStepByDoubleClick('customer', 'Start again');
  const doc = await editor.expectSaved((d) => expect(sortedLabels(d)).toEqual(['Start again']));
  expect(doc.lanes).toEqual(STANDARD_LANES);
  expect(await storageEntries(page, CORRUPT_PREFIX)).toEqual([[keptKey, raw]]);

  await page.reload();
  await expect(editor.step('Start again')).toBeVisible();
  await expect(alerts(page)).toHaveCount(0);
});

test('a library blueprint damaged in storage is kept aside and reported; the others open', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open();
  await editor.addStepByDoubleClick('customer', 'Healthy step');
  const healthy = await editor.expectSaved((d) =>
    expect(sortedLabels(d)).toEqual(['Healthy step']),
  );
  await editor.button('New').click();
  await editor.addStepByDoubleClick('customer', 'Doomed step');
  await editor.expectSaved((d) => expect(sortedLabels(d)).toEqual(['Doomed step']));
  // Something outside the editor damages the stored copy of the open blueprint.
  const raw = '{"format":"service-blueprint","version":2,"steps":"broken"}';
  await page.evaluate((text) => {
    const id = sessionStorage.getItem('service-blueprint-studio:tab-blueprint')!;
    localStorage.setItem(`service-blueprint-studio:blueprint:${id}`, text);
  }, raw);
  await page.reload();
  await expect(alerts(page)).toContainText('could not be read');
  const kept = await storageEntries(page, CORRUPT_PREFIX);
  expect(kept.map(([, text]) => text)).toEqual([raw]);
  // The blueprint edited before it opens instead, whole.
  await expect(editor.step('Healthy step')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Blueprint title' })).toHaveValue(healthy.title);
});
