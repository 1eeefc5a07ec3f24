import { expect } from '@playwright/test';
import { Editor, example, test } from './fixtures';

/**
 * The table view: the blueprint as a real table (lanes × time columns) that a screen reader can
 * walk by its headers and a keyboard user can edit — labels, F/W and new steps — with undo.
 */
test('the table view lists, edits and adds steps, and Ctrl+Z undoes', async ({ page }) => {
  const editor = new Editor(page);
  const doc = example();
  await editor.open(doc);
  const toggle = editor.button('Table view');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  // Headers: a row per visible lane, a column per moment in time (ten in the hotel) and one more.
  const table = page.getByRole('table');
  await expect(table.getByRole('rowheader')).toHaveText(doc.lanes.map((l) => l.label));
  await expect(table.getByRole('columnheader')).toHaveText([
    'Lane',
    ...Array.from({ length: 10 }, (_, i) => `Column ${i + 1}`),
    'New column',
  ]);
  const customerRow = table.getByRole('row', { name: /^Customer actions/ });
  const checkIn = customerRow.getByRole('textbox', {
    name: 'Label of step in Customer actions, Column 3',
  });
  await expect(checkIn).toHaveValue('Check in');
  // Keyboard: Tab walks from the label to its F and W toggles (W is on: a wait step).
  await checkIn.focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: "Fail point: 'Check in'" })).toBeFocused();
  await expect(page.getByRole('button', { name: "Fail point: 'Check in'" })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await page.keyboard.press('Tab');
  const wait = page.getByRole('button', { name: "Wait step: 'Check in'" });
  await expect(wait).toBeFocused();
  await expect(wait).toHaveAttribute('aria-pressed', 'true');

  // Edit a label in its cell.
  await checkIn.fill('Check in at the desk');
  await editor.expectSaved((d) => {
    expect(d.steps.find((s) => s.id === 'c-check-in')?.label).toBe('Check in at the desk');
  });
  // F toggles the fail point.
  await page.getByRole('button', { name: "Fail point: 'Check in at the desk'" }).click();
  await expect(
    page.getByRole('button', { name: "Fail point: 'Check in at the desk'" }),
  ).toHaveAttribute('aria-pressed', 'true');
  await editor.expectSaved((d) => {
    expect(d.steps.find((s) => s.id === 'c-check-in')?.failPoint).toBeDefined();
  });

  // An empty cell adds a step in its lane at its column's x, and its label takes the focus.
  const onstage = doc.lanes.find((l) => l.id === 'onstage')!.label;
  await page.getByRole('button', { name: `Add step in ${onstage}, Column 1` }).click();
  const added = page.getByRole('textbox', {
    name: `Label of step in ${onstage}, Column 1`,
    exact: true,
  });
  await expect(added).toBeFocused();
  await page.keyboard.type('Doorman opens the door');
  const withNew = await editor.expectSaved((d) => {
    expect(d.steps.find((s) => s.label === 'Doorman opens the door')).toMatchObject({
      lane: 'onstage',
      x: 0,
    });
  });
  expect(withNew.steps).toHaveLength(doc.steps.length + 1);

  // Out of the text field, Ctrl+Z undoes the typing, then the new step.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+z');
  await expect(added).toHaveValue('');
  await page.keyboard.press('Control+z');
  await expect(added).toHaveCount(0);
  await expect(
    page.getByRole('button', { name: `Add step in ${onstage}, Column 1` }),
  ).toBeVisible();
  await editor.expectSaved((d) => {
    expect(d.steps).toHaveLength(doc.steps.length);
    expect(d.steps.find((s) => s.id === 'c-check-in')?.failPoint).toBeDefined();
  });

  // Back to the canvas: the edits are there.
  await toggle.click();
  await expect(editor.step('Check in at the desk')).toBeVisible();
});
