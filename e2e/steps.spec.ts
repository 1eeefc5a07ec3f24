import { expect } from '@playwright/test';
import { test } from './fixtures';
import { Editor } from './fixtures';

const LANE_IDS = ['evidence', 'customer', 'onstage', 'backstage', 'support'];

test('double-clicking each lane adds a step there, with its label typed in place', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open();
  for (const lane of LANE_IDS) await editor.addStepByDoubleClick(lane, `Step in ${lane}`);
  await editor.addStepByDoubleClick('customer', '办理入住手续，领取房卡', 500);
  const doc = await editor.expectSaved((d) =>
    expect(d.steps.map((s) => s.label)).toContain('办理入住手续，领取房卡'),
  );
  expect(doc.steps).toHaveLength(6);
  for (const lane of LANE_IDS) expect(editor.stepByLabel(doc, `Step in ${lane}`).lane).toBe(lane);
  expect(editor.stepByLabel(doc, '办理入住手续，领取房卡').lane).toBe('customer');
  await expect(page.getByText('6 steps · 0 fail points · 0 waits')).toBeVisible();
});

test('a long label wraps inside the card instead of widening it', async ({ page }) => {
  const editor = new Editor(page);
  await editor.open();
  const long =
    'Guest explains the problem with the booking and waits while the clerk searches for it';
  await editor.addStepByDoubleClick('customer', long);
  const box = (await editor.step(long).boundingBox())!;
  expect(box.width).toBeLessThan(190);
  expect(box.height).toBeGreaterThan(70);
});

test('dragging a card moves it in time and drops it into the lane under the pointer', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open();
  await editor.addStepByDoubleClick('onstage', 'Greet guest');
  const before = editor.stepByLabel(await editor.savedDoc(), 'Greet guest');
  const target = await editor.pointInLane('backstage', 500);
  await editor.dragStepTo('Greet guest', target);
  const doc = await editor.expectSaved((d) =>
    expect(editor.stepByLabel(d, 'Greet guest').lane).toBe('backstage'),
  );
  expect(editor.stepByLabel(doc, 'Greet guest').x).toBeGreaterThan(before.x + 150);
  // The card snapped into the backstage lane on screen too.
  const lane = (await page.locator('[data-lane-header="backstage"]').boundingBox())!;
  const card = (await editor.step('Greet guest').boundingBox())!;
  expect(card.y).toBeGreaterThan(lane.y);
  expect(card.y + card.height).toBeLessThan(lane.y + lane.height);
  await expect(editor.step('Greet guest')).toHaveAttribute('aria-label', /Backstage actions/);
});

test('the Add step button adds after the selected step, or at the end of the customer lane', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open();
  await editor.button('Add step').click();
  await page.getByRole('textbox', { name: 'Step label' }).fill('First');
  await page.keyboard.press('Enter');
  await editor.button('Add step').click();
  await page.getByRole('textbox', { name: 'Step label' }).fill('Second');
  await page.keyboard.press('Enter');
  await editor.addStepByDoubleClick('support', 'Booking system');
  await editor.step('Booking system').click();
  await editor.button('Add step').click();
  await page.getByRole('textbox', { name: 'Step label' }).fill('Payment system');
  await page.keyboard.press('Enter');
  const doc = await editor.expectSaved((d) =>
    expect(d.steps.map((s) => s.label).sort()).toEqual([
      'Booking system',
      'First',
      'Payment system',
      'Second',
    ]),
  );
  const first = editor.stepByLabel(doc, 'First');
  const second = editor.stepByLabel(doc, 'Second');
  expect([first.lane, second.lane]).toEqual(['customer', 'customer']);
  expect(second.x).toBeGreaterThan(first.x);
  const booking = editor.stepByLabel(doc, 'Booking system');
  const payment = editor.stepByLabel(doc, 'Payment system');
  expect(payment.lane).toBe('support');
  expect(payment.x).toBeGreaterThan(booking.x);
});

test('a label is edited by double-clicking the card, and Delete removes selected steps', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open();
  await editor.addStepByDoubleClick('customer', 'Arive');
  await editor.addStepByDoubleClick('customer', 'Leave', 500);
  await editor.step('Arive').dblclick();
  const input = page.getByRole('textbox', { name: 'Step label' });
  await expect(input).toBeFocused();
  await input.fill('Arrive at hotel');
  await input.press('Escape');
  await expect(editor.step('Arrive at hotel')).toBeVisible();
  // Select, then Delete.
  await editor.step('Leave').click();
  await page.keyboard.press('Delete');
  await expect(editor.step('Leave')).toHaveCount(0);
  // Backspace works too, and the inspector's button.
  await editor.step('Arrive at hotel').click();
  await page.keyboard.press('Backspace');
  await expect(editor.steps()).toHaveCount(0);
  // Nothing comes back after a reload. (A blueprint emptied before its first autosave is not
  // stored at all, so this is checked on screen, not in storage.)
  await page.reload();
  await expect(page.locator('.react-flow__pane')).toBeVisible();
  await expect(page.getByText('0 steps · 0 fail points · 0 waits')).toBeVisible();
  await expect(editor.steps()).toHaveCount(0);
});

test('the inspector edits label, description, duration and lane', async ({ page }) => {
  const editor = new Editor(page);
  await editor.open();
  await editor.addStepByDoubleClick('customer', 'Check in');
  await editor.step('Check in').click();
  await page.getByLabel('Label', { exact: true }).fill('Check in at desk');
  await page.getByLabel('Description').fill('Guest gives name and shows ID');
  await page.getByLabel('Duration (min)').fill('4');
  await page
    .getByLabel('Lane', { exact: true })
    .selectOption({ label: 'Onstage actions (visible contact employee)' });
  const doc = await editor.expectSaved((d) => expect(d.steps[0]!.lane).toBe('onstage'));
  expect(doc.steps[0]).toMatchObject({
    label: 'Check in at desk',
    description: 'Guest gives name and shows ID',
    durationMin: 4,
  });
  await expect(editor.step('Check in at desk')).toContainText('4 min');
  // A bad number is refused with a message and the document keeps the last good value.
  await page.getByLabel('Duration (min)').fill('-3');
  await expect(page.getByText('Duration (min): enter a number from 0 to 100000.')).toBeVisible();
  await editor.expectSaved((d) => expect(d.steps[0]!.durationMin).toBe(4));
});
