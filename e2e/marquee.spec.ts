import { expect } from '@playwright/test';
import { test } from './fixtures';
import { Editor } from './fixtures';

/**
 * Given three cards in the customer lane, the first two joined by a flow,
 * when Shift + dragging a selection box around the first two,
 * then both cards (and the flow between them) are selected, and Delete removes exactly those.
 */
test('a Shift + drag selection box selects the cards inside it, and Delete removes them', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open();
  await editor.addStepByDoubleClick('customer', 'Arrive', 250);
  await editor.addStepByDoubleClick('customer', 'Check in', 500);
  await editor.addStepByDoubleClick('customer', 'Sleep', 900);
  await editor.connect('Arrive', 'Check in');
  await editor.expectSaved((d) => expect(d.flows).toHaveLength(1));
  // Clicking the empty canvas leaves nothing selected before the box is drawn.
  const empty = await editor.pointInLane('support', 700);
  await page.mouse.click(empty.x, empty.y);

  const start = await editor.pointInLane('evidence', 100);
  const end = await editor.pointInLane('onstage', 680);
  await page.keyboard.down('Shift');
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 5 });
  await page.mouse.move(end.x, end.y, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.up('Shift');

  await expect(editor.step('Arrive').locator('.step-card')).toHaveClass(/is-selected/);
  await expect(editor.step('Check in').locator('.step-card')).toHaveClass(/is-selected/);
  await expect(editor.step('Sleep').locator('.step-card')).not.toHaveClass(/is-selected/);
  await expect(page.locator('.react-flow__edge.selected')).toHaveCount(1);

  await page.keyboard.press('Delete');
  await expect(editor.steps()).toHaveCount(1);
  await expect(editor.step('Sleep')).toBeVisible();
  const doc = await editor.expectSaved((d) => expect(d.steps).toHaveLength(1));
  expect(doc.steps[0]!.label).toBe('Sleep');
  expect(doc.flows).toHaveLength(0);
});
