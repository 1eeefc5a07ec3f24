import { expect } from '@playwright/test';
import { test } from './fixtures';
import { Editor } from './fixtures';

test('a step flagged as fail point and wait shows F and W, and the inspector edits their fields', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open();
  await editor.addStepByDoubleClick('customer', 'Check in');
  await editor.addStepByDoubleClick('customer', 'Wait for room', 500);
  const card = editor.step('Check in');
  await card.click();

  await page.getByRole('checkbox', { name: 'Fail point' }).check();
  await expect(card.getByRole('img', { name: 'Fail point' })).toHaveText('F');
  await page.getByLabel('What goes wrong').fill('Booking not found');
  await page.getByLabel('Probability (%)').fill('8');
  await page.getByLabel('Cost per failure').fill('25.5');
  await page.getByLabel('Recovery').fill('Upgrade and apologise');
  await page.getByLabel('Owner').fill('Front office manager');

  await page.getByRole('checkbox', { name: 'Wait step' }).check();
  await page.getByLabel('Expected wait (min)').fill('12');
  await page.getByLabel('Tolerance (min)').fill('5');
  await expect(
    page.getByText('The expected wait is longer than customers tolerate.'),
  ).toBeVisible();

  // Both markers on the card, also named for screen readers.
  await expect(card.getByRole('img', { name: 'Wait step' })).toHaveText('W');
  await expect(card).toHaveAttribute(
    'aria-label',
    "Step 'Check in', Customer actions lane, fail point, wait step",
  );
  await expect(page.getByText('2 steps · 1 fail point · 1 wait')).toBeVisible();

  const doc = await editor.expectSaved((d) =>
    expect(editor.stepByLabel(d, 'Check in').wait?.toleranceMin).toBe(5),
  );
  expect(editor.stepByLabel(doc, 'Check in')).toMatchObject({
    failPoint: {
      risk: 'Booking not found',
      probability: 0.08,
      costPerFailure: 25.5,
      recovery: 'Upgrade and apologise',
      owner: 'Front office manager',
    },
    wait: { expectedMin: 12, toleranceMin: 5 },
  });
  expect(editor.stepByLabel(doc, 'Wait for room').failPoint).toBeUndefined();

  // Probability above 100 % is refused with a message; the document keeps 8 %.
  await page.getByLabel('Probability (%)').fill('120');
  await expect(page.getByText('Probability (%): enter a number from 0 to 100.')).toBeVisible();
  await editor.expectSaved((d) =>
    expect(editor.stepByLabel(d, 'Check in').failPoint?.probability).toBe(0.08),
  );

  // Clearing the flag removes the marker and the data.
  await page.getByRole('checkbox', { name: 'Fail point' }).uncheck();
  await expect(card.getByRole('img', { name: 'Fail point' })).toHaveCount(0);
  await editor.expectSaved((d) =>
    expect(editor.stepByLabel(d, 'Check in').failPoint).toBeUndefined(),
  );
});
