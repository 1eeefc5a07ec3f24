import { expect, type Page } from '@playwright/test';
import { Editor, test, type SavedDoc } from './fixtures';
import { blueprintDoc, downloadBytes, downloadFrom, step } from './helpers/io';

/**
 * The emotion lane: added from the Lanes panel under the customer actions, a point per customer
 * action set by keyboard or by dragging, kept through a reload, undone, in the exported SVG, and
 * a dip at a fail point drawn in red.
 */

function journey(): SavedDoc {
  return blueprintDoc({
    title: 'Café',
    steps: [
      step('enter', 'customer', 0, 'Enter'),
      step('queue', 'customer', 240, 'Queue', {
        failPoint: {
          risk: 'Long queue',
          probability: 0.2,
          costPerFailure: 0,
          recovery: '',
          owner: '',
        },
      }),
      step('pay', 'customer', 480, 'Pay'),
      step('take', 'onstage', 240, 'Take order'),
    ],
  });
}

const feelingOf = (doc: SavedDoc, id: string) =>
  (doc.steps.find((s) => s.id === id) as { feeling?: { score: number; note: string } }).feeling;

function point(page: Page, label: string) {
  return page.getByRole('slider', { name: `Feeling at “${label}”` });
}

test('the emotion lane: add it, set feelings by keyboard and by dragging, reload, undo', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(journey());
  await page.getByRole('tab', { name: 'Lanes' }).click();
  await page.getByRole('button', { name: 'Add emotion lane' }).click();
  await expect(page.getByRole('button', { name: 'Add emotion lane' })).toBeHidden();

  // Under the customer actions, above the line of interaction; a point per customer action only.
  const saved = await editor.expectSaved((doc) =>
    expect(doc.lanes.map((l) => l.kind)).toEqual([
      'evidence',
      'customer',
      'emotion',
      'onstage',
      'backstage',
      'support',
    ]),
  );
  expect(saved.lanes[2]!.label).toBe('Customer feelings');
  await expect(page.getByRole('slider')).toHaveCount(3);
  await expect(point(page, 'Enter')).toHaveAttribute('aria-valuetext', 'not set');

  // Keyboard: up twice is +2; down on the queue (a fail point) is a dip, drawn in red.
  await point(page, 'Enter').focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(point(page, 'Enter')).toHaveAttribute('aria-valuetext', '+2: delighted');
  await point(page, 'Queue').focus();
  await page.keyboard.press('Home');
  await expect(point(page, 'Queue')).toHaveAttribute(
    'aria-valuetext',
    '−2: very unhappy (at a fail point)',
  );
  await expect(point(page, 'Queue')).toHaveClass(/is-dip/);
  // The fail-point red (the theme's --danger), not the curve's orange.
  await expect(point(page, 'Queue')).toHaveCSS('background-color', 'rgb(185, 28, 28)');
  await expect(point(page, 'Enter')).toHaveCSS('background-color', 'rgb(194, 65, 12)');

  // Dragging: the Pay point dragged to the top of the lane is +2, one undo step.
  const lane = (await page.locator('[data-lane-band]').nth(2).boundingBox())!;
  const pay = (await point(page, 'Pay').boundingBox())!;
  await page.mouse.move(pay.x + pay.width / 2, pay.y + pay.height / 2);
  await page.mouse.down();
  await page.mouse.move(pay.x + pay.width / 2, lane.y + 30, { steps: 6 });
  await page.mouse.move(pay.x + pay.width / 2, lane.y + 2, { steps: 4 });
  await page.mouse.up();
  await expect(point(page, 'Pay')).toHaveAttribute('aria-valuenow', '2');
  await expect(page.getByTestId('emotion-line')).toHaveAttribute('d', /^M.* C.* C/);

  // One undo takes the whole drag back (the point was not set before it); redo brings it.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(point(page, 'Pay')).toHaveAttribute('aria-valuetext', 'not set');
  await expect(point(page, 'Queue')).toHaveAttribute('aria-valuenow', '-2');
  await page.keyboard.press('Control+Shift+z');
  await expect(point(page, 'Pay')).toHaveAttribute('aria-valuenow', '2');

  const after = await editor.expectSaved((doc) => expect(feelingOf(doc, 'pay')?.score).toBe(2));
  expect(feelingOf(after, 'enter')).toEqual({ score: 2, note: '' });
  expect(feelingOf(after, 'queue')).toEqual({ score: -2, note: '' });

  await page.reload();
  await expect(point(page, 'Queue')).toHaveAttribute('aria-valuenow', '-2');
  await expect(point(page, 'Pay')).toHaveAttribute('aria-valuenow', '2');
});

test('the inspector sets a feeling with a note; steps cannot be put in the emotion lane', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(journey());
  await page.getByRole('tab', { name: 'Lanes' }).click();
  await page.getByRole('button', { name: 'Add emotion lane' }).click();
  await page.getByRole('tab', { name: 'Inspector' }).click();
  await editor.step('Queue').click();
  await page.getByRole('combobox', { name: 'Customer feeling' }).selectOption('-1');
  await page.getByRole('textbox', { name: 'Why they feel so' }).fill('The queue is slow');
  await expect(point(page, 'Queue')).toHaveAttribute('aria-valuenow', '-1');
  await editor.expectSaved((doc) =>
    expect(feelingOf(doc, 'queue')).toEqual({ score: -1, note: 'The queue is slow' }),
  );
  // The lane list of a step has no emotion lane; dropping a card on it puts it back.
  await expect(
    page
      .getByRole('combobox', { name: 'Lane' })
      .locator('option', { hasText: 'Customer feelings' }),
  ).toHaveCount(0);
  const lane = (await page.locator('[data-lane-band]').nth(2).boundingBox())!;
  await editor.dragStepTo('Take order', { x: lane.x + 700, y: lane.y + lane.height / 2 });
  await editor.expectSaved((doc) =>
    expect(doc.steps.find((s) => s.id === 'take')!.lane).toBe('onstage'),
  );
});

test('the exported SVG draws the curve, with the dip at the fail point in red', async ({
  page,
}) => {
  const editor = new Editor(page);
  const doc = journey();
  doc.lanes.splice(2, 0, { id: 'feel', kind: 'emotion', label: 'Customer feelings', height: 120 });
  for (const [id, score] of [
    ['enter', 1],
    ['queue', -2],
    ['pay', 2],
  ] as const)
    Object.assign(
      doc.steps.find((s) => s.id === id)!,
      { feeling: { score, note: '' } },
    );
  await editor.open(doc);
  const download = await downloadFrom(page, () => editor.button('Export SVG').click());
  const svg = (await downloadBytes(download)).toString('utf8');
  expect(svg).toContain('<g id="emotion">');
  expect(svg).toMatch(/class="emotion-line" d="M[^"]+ C[^"]+ C/);
  expect(svg.match(/class="emotion-point[^"]*"/g)).toEqual([
    'class="emotion-point"',
    'class="emotion-point is-dip"',
    'class="emotion-point"',
  ]);
});

test('in Chinese the emotion lane is 顾客感受, and a language switch renames it', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(journey());
  await page.getByRole('tab', { name: 'Lanes' }).click();
  await page.getByRole('button', { name: 'Add emotion lane' }).click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page.getByRole('slider', { name: '“Queue”时的感受' })).toBeVisible();
  await editor.expectSaved((doc) =>
    expect(doc.lanes.find((l) => l.kind === 'emotion')!.label).toBe('顾客感受'),
  );
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await editor.expectSaved((doc) =>
    expect(doc.lanes.find((l) => l.kind === 'emotion')!.label).toBe('Customer feelings'),
  );
});
