import { expect } from '@playwright/test';
import { test } from './fixtures';
import { Editor, example } from './fixtures';

test('dragging from a handle to another card draws an arrow; flows can be labelled, made two-way and deleted', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open();
  await editor.addStepByDoubleClick('customer', 'Order coffee');
  await editor.addStepByDoubleClick('customer', 'Pay', 500);
  await editor.addStepByDoubleClick('onstage', 'Take order');
  await editor.connect('Order coffee', 'Pay', 'r');
  await editor.connect('Order coffee', 'Take order', 'b');
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  const doc = await editor.expectSaved((d) => expect(d.flows).toHaveLength(2));
  const order = editor.stepByLabel(doc, 'Order coffee');
  const pay = editor.stepByLabel(doc, 'Pay');
  const take = editor.stepByLabel(doc, 'Take order');
  expect(doc.flows.map((f) => [f.from, f.to])).toEqual([
    [order.id, pay.id],
    [order.id, take.id],
  ]);
  // An arrowhead at the target end only.
  const edge = page.getByRole('group', { name: "Flow from 'Order coffee' to 'Take order'" });
  await expect(edge.locator('path.react-flow__edge-path')).toHaveAttribute('marker-end', /url\(#/);
  await expect(edge.locator('path.react-flow__edge-path')).not.toHaveAttribute(
    'marker-start',
    /url/,
  );

  // Select the flow by clicking it, then label it and make it two-way.
  await editor.clickFlow("Flow from 'Order coffee' to 'Take order'");
  await expect(page.getByRole('heading', { name: 'Flow' })).toBeVisible();
  await page.getByLabel('Flow label').fill('asks');
  await page.getByRole('checkbox', { name: 'Two-way' }).check();
  await editor.expectSaved((d) =>
    expect(d.flows[1]).toMatchObject({ label: 'asks', twoWay: true }),
  );
  const twoWay = page.getByRole('group', {
    name: "Flow from 'Order coffee' to 'Take order', two-way",
  });
  await expect(twoWay.locator('path.react-flow__edge-path')).toHaveAttribute(
    'marker-start',
    /url\(#/,
  );
  await expect(page.locator('.flow-label', { hasText: 'asks' })).toBeVisible();

  // Delete with the keyboard.
  await editor.clickFlow("Flow from 'Order coffee' to 'Take order', two-way");
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await editor.expectSaved((d) => expect(d.flows).toHaveLength(1));
});

test('a step cannot be connected to itself, and a duplicate flow is not added', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open();
  await editor.addStepByDoubleClick('customer', 'A');
  await editor.addStepByDoubleClick('customer', 'B', 500);
  await editor.connect('A', 'B');
  await editor.connect('A', 'B');
  await editor.connect('A', 'A', 'b');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await editor.expectSaved((d) => expect(d.flows).toHaveLength(1));
});

test('deleting a step removes its flows', async ({ page }) => {
  const editor = new Editor(page);
  await editor.open();
  await editor.addStepByDoubleClick('customer', 'A');
  await editor.addStepByDoubleClick('customer', 'B', 500);
  await editor.connect('A', 'B');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await editor.step('B').click();
  await page.getByRole('button', { name: 'Delete step' }).click();
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  await editor.expectSaved((d) => expect(d.flows).toHaveLength(0));
});

/**
 * Given the hotel example, where "room marked clean" joins two support steps placed close
 * together, then the label wraps to fit the gap between the cards (neither card is covered,
 * no word is cut), and a click on it selects its flow.
 */
test('a flow label between two close cards fits the gap and selects its flow', async ({ page }) => {
  const editor = new Editor(page);
  await editor.open(example());
  const label = page.locator('.flow-label', { hasText: 'room marked clean' });
  await expect(label).toBeVisible();
  const left = (await editor.step('Clean and inspect rooms').boundingBox())!;
  const right = (await editor.step('Registration system').boundingBox())!;
  const box = (await label.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(left.x + left.width - 1);
  expect(box.x + box.width).toBeLessThanOrEqual(right.x + 1);
  expect(box.height, 'wrapped onto more than one line').toBeGreaterThan(30);
  expect(await label.evaluate((el) => el.scrollWidth <= el.clientWidth), 'no word sticks out').toBe(
    true,
  );

  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByRole('heading', { name: 'Flow' })).toBeVisible();
  await expect(page.getByLabel('Flow label')).toHaveValue('room marked clean');
  await expect(label).toHaveClass(/is-selected/);
  // The label is part of the flow's spoken name (a straight flow has no height: attached, not
  // "visible").
  await expect(
    page.getByRole('group', {
      name: "Flow from 'Clean and inspect rooms' to 'Registration system', labelled 'room marked clean'",
      exact: true,
    }),
  ).toBeAttached();
});
