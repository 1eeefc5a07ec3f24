import { expect } from '@playwright/test';
import { test } from './fixtures';
import { Editor } from './fixtures';

test('Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y and the toolbar buttons undo and redo edits', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open();
  await expect(editor.button('Undo')).toBeDisabled();
  await editor.addStepByDoubleClick('customer', 'A');
  await editor.addStepByDoubleClick('customer', 'B', 500);
  await page.locator('.react-flow__pane').click({ position: { x: 600, y: 40 } });

  // Each added step is two edits (add, then label typed as one burst).
  await page.keyboard.press('Control+z');
  await expect(editor.step('B')).toHaveCount(0);
  await expect(editor.steps()).toHaveCount(2); // B is back to its empty label
  await page.keyboard.press('Control+z');
  await expect(editor.steps()).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(editor.steps()).toHaveCount(2);
  await page.keyboard.press('Control+y');
  await expect(editor.step('B')).toBeVisible();
  await editor.button('Undo').click();
  await editor.button('Undo').click();
  await expect(editor.steps()).toHaveCount(1);
  await editor.button('Redo').click();
  await editor.button('Redo').click();
  await expect(editor.step('B')).toBeVisible();
  await expect(editor.button('Redo')).toBeDisabled();
  await editor.expectSaved((d) => expect(d.steps.map((s) => s.label)).toEqual(['A', 'B']));
});

test('a whole drag is one undo step, and selection and panning are none', async ({ page }) => {
  const editor = new Editor(page);
  await editor.open();
  await editor.addStepByDoubleClick('onstage', 'Greet');
  const before = editor.stepByLabel(await editor.savedDoc(), 'Greet');
  await editor.dragStepTo('Greet', await editor.pointInLane('support', 600));
  await editor.expectSaved((d) => expect(editor.stepByLabel(d, 'Greet').lane).toBe('support'));
  // Select, deselect and pan: none of these is undone.
  await editor.step('Greet').click();
  await page.keyboard.press('Escape');
  const pane = page.locator('.react-flow__pane');
  const box = (await pane.boundingBox())!;
  await page.mouse.move(box.x + 700, box.y + 60);
  await page.mouse.down();
  await page.mouse.move(box.x + 650, box.y + 80, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.press('Control+z');
  const doc = await editor.expectSaved((d) =>
    expect(editor.stepByLabel(d, 'Greet').lane).toBe('onstage'),
  );
  expect(editor.stepByLabel(doc, 'Greet').x).toBe(before.x);
  await page.keyboard.press('Control+Shift+z');
  await editor.expectSaved((d) => expect(editor.stepByLabel(d, 'Greet').lane).toBe('support'));
});

test('a burst of typing in one field is one undo step', async ({ page }) => {
  const editor = new Editor(page);
  await editor.open();
  await editor.addStepByDoubleClick('customer', 'Pay');
  await editor.step('Pay').click();
  const description = page.getByLabel('Description');
  await description.pressSequentially('Card or cash', { delay: 20 });
  await page.locator('.react-flow__pane').click({ position: { x: 600, y: 40 } });
  await editor.expectSaved((d) => expect(d.steps[0]!.description).toBe('Card or cash'));
  await page.keyboard.press('Control+z');
  const doc = await editor.expectSaved((d) => expect(d.steps[0]!.description).toBe(''));
  expect(doc.steps[0]!.label).toBe('Pay');
});
