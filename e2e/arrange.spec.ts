import { expect } from '@playwright/test';
import { Editor, example, test, type SavedDoc, type SavedStep } from './fixtures';

/**
 * Multi-select and layout help: Shift+click, marquee, align, distribute, the inspector of a
 * multi-selection, snap to grid, guide lines while dragging, and Tidy up — each checked in the
 * saved blueprint.
 */

const PITCH = 240; // a card (176) and the gap after it (64): one column of the grid

type Seed = [label: string, lane: string, x: number, extra?: Partial<SavedStep>];

function blueprint(steps: Seed[], flows: [string, string][] = []): SavedDoc {
  const id = (label: string) => `s-${label.toLowerCase().replace(/\W+/g, '-')}`;
  return {
    ...example(),
    title: 'Arrange',
    steps: steps.map(([label, lane, x, extra]) => ({
      id: id(label),
      lane,
      x,
      label,
      description: '',
      ...extra,
    })),
    flows: flows.map(([from, to], i) => ({
      id: `f${i}`,
      from: id(from),
      to: id(to),
      label: '',
      twoWay: false,
    })),
    improvements: [],
    view: { x: 200, y: 10, zoom: 0.75 },
  };
}

const xs = (doc: SavedDoc, labels: string[]) =>
  labels.map((label) => doc.steps.find((s) => s.label === label)!.x);

async function expectSelected(editor: Editor, labels: string[], others: string[] = []) {
  for (const label of labels)
    await expect(editor.step(label).locator('.step-card')).toHaveClass(/is-selected/);
  for (const label of others)
    await expect(editor.step(label).locator('.step-card')).not.toHaveClass(/is-selected/);
}

async function clickEmpty(editor: Editor) {
  const empty = await editor.pointInLane('support', 1000);
  await editor.page.mouse.click(empty.x, empty.y);
}

async function shiftClick(editor: Editor, label: string) {
  await editor.step(label).click({ modifiers: ['Shift'] });
}

test('Shift+click selects several steps; align lines them up; the inspector edits them all as one undo step', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(
    blueprint([
      ['Arrive', 'customer', 100, { failPoint: fp() }],
      ['Greet', 'onstage', 400],
      ['Book room', 'backstage', 700],
    ]),
  );
  await editor.step('Arrive').click();
  await shiftClick(editor, 'Greet');
  await shiftClick(editor, 'Book room');
  await expectSelected(editor, ['Arrive', 'Greet', 'Book room']);
  // Shift+click on a selected card takes it out; Ctrl+click works as before.
  await shiftClick(editor, 'Greet');
  await expectSelected(editor, ['Arrive', 'Book room'], ['Greet']);
  await editor.step('Greet').click({ modifiers: ['ControlOrMeta'] });
  await expectSelected(editor, ['Arrive', 'Greet', 'Book room']);

  await editor.command('Arrange', 'Align to column');
  const aligned = await editor.expectSaved((d) =>
    expect(xs(d, ['Arrive', 'Greet', 'Book room'])).toEqual([100, 100, 100]),
  );
  expect(aligned.steps.map((s) => s.lane)).toEqual(['customer', 'onstage', 'backstage']);

  // The inspector shows what the three have in common; the fail point is mixed.
  const inspector = page.getByRole('region', { name: '3 steps selected' });
  const failPoint = inspector.getByRole('checkbox', { name: 'Fail point' });
  await expect(failPoint).toBeChecked({ indeterminate: true });
  await expect(inspector.getByRole('checkbox', { name: 'Wait step' })).not.toBeChecked();
  await expect(inspector.getByLabel('Lane')).toHaveValue('');
  await failPoint.click();
  await expect(failPoint).toBeChecked();
  const marked = await editor.expectSaved((d) =>
    expect(d.steps.every((s) => s.failPoint)).toBe(true),
  );
  // The step that had a fail point keeps its own details.
  expect(marked.steps[0]!.failPoint!.risk).toBe('Lost booking');

  await clickEmpty(editor);
  await page.keyboard.press('ControlOrMeta+z');
  const undone = await editor.expectSaved((d) =>
    expect(d.steps.map((s) => !!s.failPoint)).toEqual([true, false, false]),
  );
  expect(undone.steps).toEqual(aligned.steps);
});

test('marquee selection, then distribute evenly and align to column (buttons need enough steps)', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(
    blueprint([
      ['Sign', 'evidence', 50],
      ['Order', 'customer', 150],
      ['Take order', 'onstage', 700],
      ['Kitchen', 'support', 900],
    ]),
  );
  await editor.step('Order').click();
  const align = await editor.menuItem('Arrange', 'Align to column');
  await expect(align).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByRole('menuitem', { name: 'Distribute evenly' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  // A disabled item does nothing; Escape closes the menu and gives the focus back to its button.
  await expect(align).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(align).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(editor.button('Arrange')).toBeFocused();
  await clickEmpty(editor);

  // Shift + drag a box around the three top cards (not the support one).
  const sign = (await editor.step('Sign').boundingBox())!;
  const last = (await editor.step('Take order').boundingBox())!;
  await page.keyboard.down('Shift');
  await page.mouse.move(sign.x - 20, sign.y - 12);
  await page.mouse.down();
  await page.mouse.move(last.x, last.y, { steps: 5 });
  await page.mouse.move(last.x + last.width + 20, last.y + last.height + 10, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expectSelected(editor, ['Sign', 'Order', 'Take order'], ['Kitchen']);

  await editor.command('Arrange', 'Distribute evenly');
  await editor.expectSaved((d) =>
    expect(xs(d, ['Sign', 'Order', 'Take order', 'Kitchen'])).toEqual([50, 375, 700, 900]),
  );
  await editor.command('Arrange', 'Align to column');
  const doc = await editor.expectSaved((d) =>
    expect(xs(d, ['Sign', 'Order', 'Take order', 'Kitchen'])).toEqual([50, 50, 50, 900]),
  );
  expect(doc.steps.map((s) => s.lane)).toEqual(['evidence', 'customer', 'onstage', 'support']);
});

test('Snap to grid puts a dropped step on a column, and stays on after a reload', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(blueprint([['Arrive', 'customer', 100]]));
  const snap = await editor.menuItem('Arrange', 'Snap to grid');
  await expect(snap).toHaveAttribute('aria-checked', 'false');
  await snap.click();
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(await editor.menuItem('Arrange', 'Snap to grid')).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await page.keyboard.press('Escape');

  // Drag 170 canvas units right (at zoom 0.75): x 270 without the grid, the column 240 with it.
  const box = (await editor.step('Arrive').boundingBox())!;
  await editor.dragStepTo('Arrive', { x: box.x + 40 + 170 * 0.75, y: box.y + 15 });
  await editor.expectSaved((d) => expect(d.steps[0]!.x).toBe(PITCH));

  await page.reload();
  await expect(await editor.menuItem('Arrange', 'Snap to grid')).toHaveAttribute(
    'aria-checked',
    'true',
  );
  // A view preference of this browser, not part of the document.
  const doc = await editor.savedDoc();
  expect(JSON.stringify(doc)).not.toMatch(/snap/i);
});

test('a guide line shows while a dragged step lines up with a step in another lane, and the drop lands on it', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(
    blueprint([
      ['Arrive', 'customer', 100],
      ['Billing', 'support', 500],
    ]),
  );
  const guide = page.getByTestId('alignment-guide');
  const target = (await editor.step('Arrive').boundingBox())!;
  const box = (await editor.step('Billing').boundingBox())!;
  await page.mouse.move(box.x + 40, box.y + 15);
  await page.mouse.down();
  await page.mouse.move(box.x + 20, box.y + 15, { steps: 4 });
  await expect(guide).toHaveCount(0);
  await page.mouse.move(target.x + 60, box.y + 15, { steps: 12 });
  // Then to 3 screen px (4 canvas units) right of Arrive's left edge: within the guide's reach.
  const near = (await editor.step('Billing').boundingBox())!;
  await page.mouse.move(target.x + 60 + (target.x + 3 - near.x), box.y + 15, { steps: 3 });
  await expect(guide).toBeVisible();
  await expect(guide).toHaveAttribute('data-x', '100');
  const line = (await guide.boundingBox())!;
  expect(Math.abs(line.x - target.x)).toBeLessThan(2);
  await page.mouse.up();
  await expect(guide).toHaveCount(0);
  const doc = await editor.expectSaved((d) => expect(xs(d, ['Billing'])).toEqual([100]));
  expect(doc.steps.find((s) => s.label === 'Billing')!.lane).toBe('support');
});

test('Tidy up spaces steps into columns by flow order, keeps lanes, and one Ctrl+Z restores the blueprint', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(
    blueprint(
      [
        ['Pay', 'customer', 50],
        ['Arrive', 'customer', 300],
        ['Order', 'customer', 90],
        ['Take order', 'onstage', 500],
        ['Menu', 'evidence', 620],
      ],
      [
        ['Arrive', 'Order'],
        ['Order', 'Pay'],
        ['Order', 'Take order'],
      ],
    ),
  );
  const before = await editor.savedDoc();
  await editor.command('Arrange', 'Tidy up');
  const tidied = await editor.expectSaved((d) =>
    expect(xs(d, ['Arrive', 'Order', 'Take order', 'Pay', 'Menu'])).toEqual([
      0,
      PITCH,
      PITCH,
      2 * PITCH,
      2 * PITCH,
    ]),
  );
  expect(tidied.steps.map((s) => s.lane)).toEqual(before.steps.map((s) => s.lane));
  // On screen too: Order's card sits one column right of Arrive's.
  const arrive = (await editor.step('Arrive').boundingBox())!;
  const order = (await editor.step('Order').boundingBox())!;
  expect(order.x - arrive.x).toBeCloseTo(PITCH * 0.75, 0);

  await page.keyboard.press('ControlOrMeta+z');
  const restored = await editor.expectSaved((d) => expect(xs(d, ['Pay'])).toEqual([50]));
  expect({ ...restored, view: null }).toEqual({ ...before, view: null });

  // Alt+Shift+T is the same command, from the keyboard.
  await page.keyboard.press('Alt+Shift+T');
  const again = await editor.expectSaved((d) => expect(xs(d, ['Pay'])).toEqual([2 * PITCH]));
  expect(again.steps).toEqual(tidied.steps);
});

test('a lane cannot be made lower than its tallest card, and grows when a label gets longer', async ({
  page,
}) => {
  const editor = new Editor(page);
  const long = 'Check in at the front desk, show the passport and sign the registration card';
  await editor.open(blueprint([['Pay', 'customer', 100, { durationMin: 5 }]]));
  const resize = page.locator('[data-lane-header="customer"] [role="separator"]');
  await resize.focus();
  for (let i = 0; i < 10; i++) await resize.press('ArrowUp');
  // One line and a duration (62 high): the lane stops where the card ends.
  await editor.expectSaved((d) => expect(d.lanes[1]!.height).toBe(24 + 62));
  await expectInsideLane(editor, 'Pay', 'customer');
  await editor.step('Pay').dblclick();
  const label = page.getByRole('textbox', { name: 'Step label' });
  await label.fill(long);
  await label.press('Enter');
  const doc = await editor.expectSaved((d) => expect(d.lanes[1]!.height).toBeGreaterThan(86));
  await expectInsideLane(editor, long, 'customer');
  expect(doc.lanes.map((l) => l.height)).toEqual([150, doc.lanes[1]!.height, 150, 150, 150]);
});

async function expectInsideLane(editor: Editor, label: string, lane: string) {
  const band = editor.page.locator(`[data-lane-band="${lane}"]`);
  await expect(async () => {
    const card = (await editor.step(label).boundingBox())!;
    const box = (await band.boundingBox())!;
    expect(card.y).toBeGreaterThanOrEqual(box.y);
    expect(card.y + card.height).toBeLessThanOrEqual(box.y + box.height + 0.5);
  }).toPass({ timeout: 5_000 });
}

function fp() {
  return {
    risk: 'Lost booking',
    probability: 0.1,
    costPerFailure: 20,
    recovery: '',
    owner: '',
  };
}
