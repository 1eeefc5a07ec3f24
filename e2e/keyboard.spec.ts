import { expect, type Locator, type Page } from '@playwright/test';
import { test } from './fixtures';
import { Editor, example, type SavedDoc } from './fixtures';
import { en } from '../src/i18n/en';
import { formatChord } from '../src/ui/keyboard/keyChords';
import { SHORTCUTS } from '../src/ui/keyboard/shortcuts';

// Many keys per test, on a machine shared with other work: generous time, no timing asserts.
test.describe.configure({ timeout: 120_000 });

/** The card that has the keyboard focus, by its accessible name. */
async function focusedCard(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return active?.classList.contains('react-flow__node')
      ? active.getAttribute('aria-label')
      : null;
  });
}

/** Presses a key and waits for the focus to land on the card named (exactly, or starting so). */
async function pressTo(page: Page, key: string, cardName: string): Promise<void> {
  await page.keyboard.press(key);
  await expect.poll(() => focusedCard(page)).toMatch(new RegExp(`^Step '${escape(cardName)}`));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Types a new card's label into the in-place editor the last key opened, and ends with Enter. */
async function typeLabel(page: Page, label: string): Promise<void> {
  const editor = page.getByRole('textbox', { name: 'Step label' });
  await expect(editor).toBeFocused();
  await page.keyboard.type(label);
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedCard(page)).toMatch(new RegExp(`^Step '${escape(label)}'`));
}

/** The whole card is inside the visible canvas, right of the frozen lane names. */
async function expectInView(page: Page, card: Locator): Promise<void> {
  const pane = (await page.locator('.react-flow').boundingBox())!;
  const headers = (await page.locator('.lane-headers').boundingBox())!;
  const box = (await card.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(headers.x + headers.width - 1);
  expect(box.x + box.width).toBeLessThanOrEqual(pane.x + pane.width + 1);
  expect(box.y).toBeGreaterThanOrEqual(pane.y - 1);
  expect(box.y + box.height).toBeLessThanOrEqual(pane.y + pane.height + 1);
}

const step = (doc: SavedDoc, label: string) => {
  const found = doc.steps.find((s) => s.label === label);
  if (!found) throw new Error(`no step "${label}"`);
  return found;
};
const flowLabels = (doc: SavedDoc) =>
  doc.flows
    .map((f) => {
      const name = (id: string) => doc.steps.find((s) => s.id === id)!.label;
      return `${name(f.from)} → ${name(f.to)}`;
    })
    .sort();

/**
 * Given an empty blueprint and no mouse at all,
 * when a person adds, names, marks, moves and connects steps with keys only,
 * then the saved blueprint has steps in all five lanes, the flows between them and F/W markers.
 */
test('a five-lane blueprint of 15 customer actions with flows, fail points and waits is drawn with the keyboard alone', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open();

  // Customer actions: N adds at the end of the customer lane, then after the selected step.
  await page.keyboard.press('n');
  await typeLabel(page, 'Arrive');
  await page.keyboard.press('n');
  await typeLabel(page, 'Check in');
  await page.keyboard.press('f');
  await page.keyboard.press('n');
  await typeLabel(page, 'Wait for the room');
  await page.keyboard.press('w');

  // Onstage below "Check in": add after it, move one lane down and one column back.
  await pressTo(page, 'ArrowLeft', 'Check in');
  await page.keyboard.press('n');
  await typeLabel(page, 'Greet guest');
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  // Backstage below that, and support below that.
  await page.keyboard.press('n');
  await typeLabel(page, 'Register guest');
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await page.keyboard.press('f');
  await page.keyboard.press('n');
  await typeLabel(page, 'Booking system');
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  // Physical evidence above "Check in": up through the lanes, then add and move up.
  await pressTo(page, 'ArrowUp', 'Register guest');
  await pressTo(page, 'ArrowUp', 'Greet guest');
  await pressTo(page, 'ArrowUp', 'Check in');
  await page.keyboard.press('n');
  await typeLabel(page, 'Front desk');
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+Shift+ArrowLeft');

  const doc = await editor.expectSaved((d) => {
    expect(d.steps).toHaveLength(7);
    expect(step(d, 'Front desk')).toMatchObject({ lane: 'evidence', x: step(d, 'Check in').x });
  });
  const checkIn = step(doc, 'Check in');
  expect(
    doc.steps
      .map((s) => [s.label, s.lane, s.x - checkIn.x])
      .sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
  ).toEqual([
    ['Arrive', 'customer', -240],
    ['Booking system', 'support', 0],
    ['Check in', 'customer', 0],
    ['Front desk', 'evidence', 0],
    ['Greet guest', 'onstage', 0],
    ['Register guest', 'backstage', 0],
    ['Wait for the room', 'customer', 240],
  ]);
  expect(flowLabels(doc)).toEqual([
    'Arrive → Check in',
    'Check in → Front desk',
    'Check in → Greet guest',
    'Check in → Wait for the room',
    'Greet guest → Register guest',
    'Register guest → Booking system',
  ]);
  expect(
    doc.steps
      .filter((s) => s.failPoint)
      .map((s) => s.label)
      .sort(),
  ).toEqual(['Check in', 'Register guest']);
  expect(doc.steps.filter((s) => s.wait).map((s) => s.label)).toEqual(['Wait for the room']);
  // F and W show on the cards too, letters and all.
  await expect(editor.step('Check in').getByRole('img', { name: 'Fail point' })).toHaveText('F');
  await expect(editor.step('Wait for the room').getByRole('img', { name: 'Wait step' })).toHaveText(
    'W',
  );

  // On to a blueprint of 15 customer actions, still without a mouse: N after the last one.
  await pressTo(page, 'ArrowDown', 'Check in');
  await pressTo(page, 'ArrowRight', 'Wait for the room');
  const more = Array.from({ length: 12 }, (_, i) => `Action ${i + 4}`);
  for (const label of more) {
    await page.keyboard.press('n');
    await typeLabel(page, label);
  }
  const full = await editor.expectSaved((d) =>
    expect(d.steps.filter((s) => s.lane === 'customer')).toHaveLength(15),
  );
  const journey = full.steps.filter((s) => s.lane === 'customer').sort((a, b) => a.x - b.x);
  expect(journey.map((s) => s.label)).toEqual(['Arrive', 'Check in', 'Wait for the room', ...more]);
  const flows = flowLabels(full);
  for (let i = 1; i < journey.length; i++)
    expect(flows).toContain(`${journey[i - 1]!.label} → ${journey[i]!.label}`);
  expect(new Set(full.steps.map((s) => s.lane))).toEqual(
    new Set(['evidence', 'customer', 'onstage', 'backstage', 'support']),
  );
});

test('arrows follow the blueprint, Tab reads it lane by lane, and focus stays visible', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(example());
  // Nothing selected: the first step of the blueprint, top left.
  await pressTo(page, 'ArrowRight', 'Hotel exterior');
  await pressTo(page, 'ArrowDown', 'Arrive at hotel');
  await pressTo(page, 'ArrowRight', 'Give bags to bellperson');
  await pressTo(page, 'ArrowRight', 'Check in');
  // Down: the nearest step in time in each lane below.
  await pressTo(page, 'ArrowDown', 'Process registration');
  await pressTo(page, 'ArrowDown', 'Assign room and encode key card');
  await pressTo(page, 'ArrowDown', 'Registration system');
  await pressTo(page, 'ArrowDown', 'Registration system'); // nothing further down
  await pressTo(page, 'ArrowUp', 'Assign room and encode key card');
  await pressTo(page, 'ArrowRight', 'Take bags to room');
  // Up from 720: the onstage steps at 480 and 960 are as near; the earlier one wins.
  await pressTo(page, 'ArrowUp', 'Process registration');
  await pressTo(page, 'Tab', 'Deliver bags');
  await pressTo(page, 'Shift+Tab', 'Process registration');
  await pressTo(page, 'ArrowLeft', 'Greet guest and take bags');

  // The focused card is the selected one, and its focus ring shows.
  const card = editor.step('Greet guest and take bags');
  await expect(card).toBeFocused();
  await expect(card).toHaveClass(/selected/);
  expect(await card.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);

  // Enter edits the label; Escape ends it and the card keeps the focus.
  await page.keyboard.press('Enter');
  const labelEditor = page.getByRole('textbox', { name: 'Step label' });
  await expect(labelEditor).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' at the door');
  await page.keyboard.press('Escape');
  await expect
    .poll(() => focusedCard(page))
    .toMatch(/^Step 'Greet guest and take bags at the door'/);

  // Arrows moved the selection, never a card.
  const saved = await editor.expectSaved((d) =>
    expect(step(d, 'Greet guest and take bags at the door').x).toBe(240),
  );
  expect(
    saved.steps
      .map((s) => [s.label, s.lane, s.x])
      .filter(([l]) => l !== 'Greet guest and take bags at the door'),
  ).toEqual(
    example()
      .steps.map((s) => [s.label, s.lane, s.x])
      .filter(([l]) => l !== 'Greet guest and take bags'),
  );
});

test('moving along a lane by keyboard keeps the selected card in view; Tab leaves the canvas at the end', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(example());
  await pressTo(page, 'ArrowRight', 'Hotel exterior');
  await pressTo(page, 'ArrowDown', 'Arrive at hotel');
  for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => focusedCard(page)).toMatch(/^Step 'Check out and leave'/);
  await expectInView(page, editor.step('Check out and leave'));

  // From the far right down to the support lane, then past the last step: Tab leaves.
  await pressTo(page, 'ArrowDown', 'Process check-out');
  await pressTo(page, 'ArrowDown', 'Prepare final bill');
  await pressTo(page, 'ArrowDown', 'Billing system');
  await page.keyboard.press('Tab');
  await expect.poll(() => focusedCard(page)).toBeNull();
  // Back into the canvas with Shift+Tab, to the last step.
  await page.keyboard.press('Shift+Tab');
  await expect.poll(() => focusedCard(page)).toMatch(/^Step 'Billing system'/);
});

test('in a big blueprint (cards off screen are not drawn), keys still move along and reveal the card', async ({
  page,
}) => {
  const big = example();
  big.steps = Array.from({ length: 300 }, (_, i) => ({
    id: `s${i}`,
    lane: 'customer',
    x: i * 240,
    label: `Visit ${i}`,
    description: '',
  }));
  big.flows = [];
  big.improvements = [];
  const editor = new Editor(page);
  await editor.open(big);
  const name = (i: number) => `Step 'Visit ${i}', Customer actions lane`;
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => focusedCard(page)).toBe(name(0));
  for (let i = 1; i <= 14; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => focusedCard(page)).toBe(name(14));
  await expectInView(page, editor.step('Visit 14'));
  await page.keyboard.press('Tab');
  await expect.poll(() => focusedCard(page)).toBe(name(15));
  await expectInView(page, editor.step('Visit 15'));
  // The view moved; the steps did not.
  const doc = await editor.expectSaved((d) => expect(d.view.x).toBeLessThan(-1000));
  expect(doc.steps.map((s) => s.x)).toEqual(big.steps.map((s) => s.x));
});

test('Alt+arrows nudge the selection (a burst is one undo step); Delete, Ctrl+A and Ctrl+D', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open();
  await page.keyboard.press('n');
  await typeLabel(page, 'Arrive');
  await page.keyboard.press('n');
  await typeLabel(page, 'Check in');
  const saved = await editor.expectSaved((d) => {
    expect(d.flows).toHaveLength(1);
    expect(d.steps.map((s) => s.label)).toEqual(['Arrive', 'Check in']);
  });
  const before = step(saved, 'Check in');

  // Three nudges in a burst, then one lane down.
  await page.keyboard.press('Alt+ArrowRight');
  await page.keyboard.press('Alt+ArrowRight');
  await page.keyboard.press('Alt+ArrowRight');
  await page.keyboard.press('Alt+ArrowDown');
  await editor.expectSaved((d) =>
    expect(step(d, 'Check in')).toMatchObject({ x: before.x + 24, lane: 'onstage' }),
  );
  await expect(editor.step('Check in')).toHaveAttribute('aria-label', /Onstage actions/);
  await expect(editor.step('Check in')).toBeFocused();
  // One undo puts the whole burst back.
  await page.keyboard.press('Control+z');
  await editor.expectSaved((d) =>
    expect(step(d, 'Check in')).toMatchObject({ x: before.x, lane: 'customer' }),
  );

  // Ctrl+D duplicates the selection beside it, and selects the copy.
  await pressTo(page, 'ArrowLeft', 'Arrive');
  await page.keyboard.press('Control+d');
  await editor.expectSaved((d) =>
    expect(d.steps.filter((s) => s.label === 'Arrive')).toHaveLength(2),
  );
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
  const doc = await editor.savedDoc();
  const arrives = doc.steps.filter((s) => s.label === 'Arrive').map((s) => s.x);
  expect(arrives[1]! - arrives[0]!).toBe(40);

  // Delete removes the copy; the focus moves to the step beside it, which is not selected, so a
  // second Delete removes nothing.
  await page.keyboard.press('Delete');
  await expect.poll(() => focusedCard(page)).toMatch(/^Step 'Arrive'/);
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
  await page.keyboard.press('Delete');
  await editor.expectSaved((d) =>
    expect(d.steps.map((s) => s.label)).toEqual(['Arrive', 'Check in']),
  );
  await page.keyboard.press('Control+d'); // nothing selected: nothing to duplicate
  await expect(editor.steps()).toHaveCount(2);

  // Ctrl+A selects every step; Delete removes them all.
  await page.keyboard.press('Control+a');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
  await expect(page.locator('.react-flow__edge.selected')).toHaveCount(1);
  await page.keyboard.press('Delete');
  await expect(editor.steps()).toHaveCount(0);
  await editor.expectSaved((d) => {
    expect(d.steps).toEqual([]);
    expect(d.flows).toEqual([]);
  });
});

test('keys typed into a field belong to the field', async ({ page }) => {
  const editor = new Editor(page);
  await editor.open();
  await page.keyboard.press('n');
  await typeLabel(page, 'Arrive');
  const title = page.getByRole('textbox', { name: 'Blueprint title' });
  await title.fill('');
  await title.focus();
  await page.keyboard.type('New wave fw');
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.type('Hotel?');
  await expect(title).toHaveValue('Hotel?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
  const doc = await editor.expectSaved((d) => expect(d.title).toBe('Hotel?'));
  expect(doc.steps.map((s) => [s.label, !!s.failPoint, !!s.wait])).toEqual([
    ['Arrive', false, false],
  ]);
});

test('zoom keys, Shift+1 to fit the blueprint, and Space + drag to pan', async ({ page }) => {
  const editor = new Editor(page);
  await editor.open(example());
  const zoom = async () => (await editor.savedDoc()).view.zoom;
  await editor.expectSaved((d) => expect(d.view.zoom).toBe(0.75));
  await page.keyboard.press('Control+Equal');
  await editor.expectSaved((d) => expect(d.view.zoom).toBeGreaterThan(0.75));
  const zoomedIn = await zoom();
  await page.keyboard.press('Control+Minus');
  await page.keyboard.press('Control+Minus');
  await editor.expectSaved((d) => expect(d.view.zoom).toBeLessThan(zoomedIn));
  await page.keyboard.press('Control+0');
  await editor.expectSaved((d) => expect(d.view.zoom).toBe(1));

  // Shift+1: the whole blueprint, first and last steps both in view.
  await page.keyboard.press('Shift+Digit1');
  await editor.expectSaved((d) => expect(d.view.zoom).toBeLessThan(1));
  await expectInView(page, editor.step('Arrive at hotel'));
  await expectInView(page, editor.step('Check out and leave'));

  // Space + drag pans, even when the drag starts on a card; the card stays where it was.
  const viewBefore = (await editor.savedDoc()).view;
  const card = (await editor.step('Check in').boundingBox())!;
  await page.mouse.move(card.x + 30, card.y + 20);
  await page.keyboard.down('Space');
  await page.mouse.down();
  await page.mouse.move(card.x - 120, card.y + 60, { steps: 8 });
  await page.mouse.up();
  await page.keyboard.up('Space');
  const after = await editor.expectSaved((d) => expect(d.view.x).toBeLessThan(viewBefore.x - 100));
  expect(step(after, 'Check in').x).toBe(480);
  expect(step(after, 'Check in').lane).toBe('customer');
});

test('"?" opens a sheet listing every binding of the table; Escape closes it and focus returns', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(example());
  await pressTo(page, 'ArrowRight', 'Hotel exterior');
  await page.keyboard.press('Shift+Slash');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();

  const rows = sheet.locator('tr[data-shortcut]');
  await expect(rows).toHaveCount(SHORTCUTS.length);
  for (const shortcut of SHORTCUTS) {
    const row = sheet.locator(`tr[data-shortcut="${shortcut.id}"]`);
    const [, , name] = shortcut.description.split('.');
    await expect(row).toContainText(en.keyboard.actions[name as keyof typeof en.keyboard.actions]);
    for (const chord of shortcut.keys) await expect(row).toContainText(formatChord(chord, false));
  }
  // Groups are captioned tables a screen reader can walk.
  await expect(sheet.getByRole('table', { name: 'Copy and paste' })).toBeVisible();

  // Keys pressed in the sheet do not reach the blueprint behind it.
  await page.keyboard.press('Delete');
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await expect.poll(() => focusedCard(page)).toMatch(/^Step 'Hotel exterior/);
  await expect(editor.step('Hotel exterior, entrance sign, parking')).toBeVisible();
});

test('the sheet speaks Chinese in the Chinese interface', async ({ page }) => {
  const editor = new Editor(page);
  await editor.open();
  await page.goto('/?lang=zh-CN');
  await expect(page.locator('.react-flow__pane')).toBeVisible();
  await page.keyboard.press('Shift+Slash');
  const sheet = page.getByRole('dialog', { name: '键盘快捷键' });
  await expect(sheet).toBeVisible();
  await expect(sheet.locator('tr[data-shortcut="toggleFailPoint"]')).toContainText('失败点');
  await expect(sheet.getByRole('button', { name: '关闭' })).toBeVisible();
  await sheet.getByRole('button', { name: '关闭' }).click();
  await expect(sheet).toHaveCount(0);
});
