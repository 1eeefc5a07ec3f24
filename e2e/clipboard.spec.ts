import { expect, type Page } from '@playwright/test';
import { test } from './fixtures';
import { Editor, example, type SavedDoc } from './fixtures';

// Many keys per test, on a machine shared with other work: generous time, no timing asserts.
test.describe.configure({ timeout: 120_000 });

/** Copy, cut and paste of steps: within a blueprint, between blueprints and between tabs. */

/** Types a new card's label into the in-place editor that N opened, and ends with Enter. */
async function addByKeyboard(page: Page, label: string): Promise<void> {
  await page.keyboard.press('n');
  const labelEditor = page.getByRole('textbox', { name: 'Step label' });
  await expect(labelEditor).toBeFocused();
  await page.keyboard.type(label);
  await page.keyboard.press('Enter');
  await expect(labelEditor).toHaveCount(0);
}

/** Moves the mouse over the toolbar: a paste then lands beside the originals. */
async function pointerOffCanvas(page: Page): Promise<void> {
  const title = (await page.getByRole('textbox', { name: 'Blueprint title' }).boundingBox())!;
  await page.mouse.move(title.x + 10, title.y + 5);
}

const labelsOf = (doc: SavedDoc) => doc.steps.map((s) => s.label);
const flowNames = (doc: SavedDoc) =>
  doc.flows
    .map((f) => {
      const name = (id: string) => doc.steps.find((s) => s.id === id)!.label;
      return `${name(f.from)} → ${name(f.to)}`;
    })
    .sort();

/** Given Arrive (customer) → Check in (onstage), made with the keyboard. */
async function givenTwoSteps(editor: Editor): Promise<SavedDoc> {
  await editor.open();
  await addByKeyboard(editor.page, 'Arrive');
  await addByKeyboard(editor.page, 'Check in');
  await editor.page.keyboard.press('Alt+ArrowDown');
  return editor.expectSaved((d) => {
    expect(labelsOf(d)).toEqual(['Arrive', 'Check in']);
    expect(d.steps[1]!.lane).toBe('onstage');
    expect(d.flows).toHaveLength(1);
  });
}

test('copy and paste within a blueprint: new ids, same lanes, beside the originals, one undo step each', async ({
  page,
}) => {
  const editor = new Editor(page);
  const original = await givenTwoSteps(editor);
  await pointerOffCanvas(page);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');

  const once = await editor.expectSaved((d) => expect(d.steps).toHaveLength(4));
  const pasted = once.steps.slice(2);
  expect(pasted.map((s) => [s.label, s.lane])).toEqual([
    ['Arrive', 'customer'],
    ['Check in', 'onstage'],
  ]);
  expect(pasted.map((s) => s.x)).toEqual(original.steps.map((s) => s.x + 40));
  expect(pasted.some((s) => original.steps.some((o) => o.id === s.id))).toBe(false);
  expect(flowNames(once)).toEqual(['Arrive → Check in', 'Arrive → Check in']);
  expect(once.flows[1]).toMatchObject({ from: pasted[0]!.id, to: pasted[1]!.id });
  // What was pasted is selected (and only that): the two copies and the flow between them.
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
  await expect(page.locator('.react-flow__edge.selected')).toHaveCount(1);
  await expect(page.locator(`.react-flow__node[data-id="${pasted[0]!.id}"]`)).toHaveClass(
    /selected/,
  );

  // Pasting again lands a little further on.
  await page.keyboard.press('Control+v');
  const twice = await editor.expectSaved((d) => expect(d.steps).toHaveLength(6));
  expect(twice.steps.slice(4).map((s) => s.x)).toEqual(original.steps.map((s) => s.x + 80));

  // Each paste is one undo step.
  await page.keyboard.press('Control+z');
  await editor.expectSaved((d) => expect(d.steps).toHaveLength(4));
  await page.keyboard.press('Control+z');
  await editor.expectSaved((d) => {
    expect(d.steps).toEqual(original.steps);
    expect(d.flows).toEqual(original.flows);
  });
  await page.keyboard.press('Control+y');
  await editor.expectSaved((d) => expect(d.steps).toHaveLength(4));
});

test('a paste with the pointer over the canvas lands at the pointer, in the steps’ own lanes', async ({
  page,
}) => {
  const editor = new Editor(page);
  await givenTwoSteps(editor);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+c');
  // The pointer rests in the backstage lane, further right: the steps keep their lanes.
  const point = await editor.pointInLane('backstage', 450);
  await page.mouse.move(point.x, point.y);
  await page.keyboard.press('Control+v');
  const doc = await editor.expectSaved((d) => expect(d.steps).toHaveLength(4));
  const [arrive, checkIn] = doc.steps.slice(2);
  expect([arrive!.lane, checkIn!.lane]).toEqual(['customer', 'onstage']);
  const card = (await page.locator(`.react-flow__node[data-id="${arrive!.id}"]`).boundingBox())!;
  expect(Math.abs(card.x + card.width / 2 - point.x)).toBeLessThan(4);
  expect(checkIn!.x - arrive!.x).toBe(doc.steps[1]!.x - doc.steps[0]!.x);
});

test('cut removes the steps and their flows; paste brings them back; both are undone', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open();
  await addByKeyboard(page, 'Arrive');
  await addByKeyboard(page, 'Check in');
  await addByKeyboard(page, 'Leave');
  // Wait for the last label too: a save in between holds "Leave" still unnamed.
  const original = await editor.expectSaved((d) => {
    expect(d.flows).toHaveLength(2);
    expect(labelsOf(d)).toEqual(['Arrive', 'Check in', 'Leave']);
  });
  await page.keyboard.press('ArrowLeft'); // Check in
  await expect(page.locator('.react-flow__node.selected')).toHaveAttribute(
    'aria-label',
    /Check in/,
  );
  await pointerOffCanvas(page);
  await page.keyboard.press('Control+x');
  await editor.expectSaved((d) => {
    expect(labelsOf(d)).toEqual(['Arrive', 'Leave']);
    expect(d.flows).toEqual([]);
  });
  await page.keyboard.press('Control+v');
  const pasted = await editor.expectSaved((d) =>
    expect(labelsOf(d)).toEqual(['Arrive', 'Leave', 'Check in']),
  );
  // The flows to steps that were not cut stay behind; the step gets a new id.
  expect(pasted.flows).toEqual([]);
  expect(pasted.steps[2]!.id).not.toBe(original.steps[1]!.id);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await editor.expectSaved((d) => {
    expect(d.steps).toEqual(original.steps);
    expect(d.flows).toEqual(original.flows);
  });
});

test('copy from one blueprint, New, paste: the steps and flows come along, lanes kept or mapped', async ({
  page,
}) => {
  const hotel = example();
  // A custom lane the new blueprint will not have: its step goes to the customer lane.
  hotel.lanes.push({ id: 'emotions', kind: 'custom', label: 'Emotions', height: 150 });
  hotel.steps.push({ id: 'relief', lane: 'emotions', x: 480, label: 'Relieved', description: '' });
  const editor = new Editor(page);
  await editor.open(hotel);
  await pointerOffCanvas(page);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+c');

  await editor.button('New').click();
  await expect(editor.steps()).toHaveCount(0);
  await expect(page.locator('[data-lane-header="emotions"]')).toHaveCount(0);
  await pointerOffCanvas(page);
  await page.keyboard.press('Control+v');
  const doc = await editor.expectSaved((d) => expect(d.steps).toHaveLength(hotel.steps.length));
  const place = (d: SavedDoc) => d.steps.map((s) => `${s.label}|${s.lane}`).sort();
  expect(place(doc)).toEqual(
    place({
      ...hotel,
      steps: hotel.steps.map((s) => (s.id === 'relief' ? { ...s, lane: 'customer' } : s)),
    }),
  );
  expect(flowNames(doc)).toEqual(flowNames(hotel));
  expect(doc.steps.filter((s) => s.failPoint)).toHaveLength(
    hotel.steps.filter((s) => s.failPoint).length,
  );
  expect(doc.steps.find((s) => s.label === 'Check in')!.wait).toEqual(
    hotel.steps.find((s) => s.label === 'Check in')!.wait,
  );
});

test('copy in one tab, paste in another (through the system clipboard)', async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const first = await context.newPage();
  const source = new Editor(first);
  await source.open(example());
  await first.keyboard.press('ArrowRight');
  await first.keyboard.press('ArrowDown'); // Arrive at hotel
  await first.keyboard.press('Control+c');

  const second = await context.newPage();
  const target = new Editor(second);
  await target.open();
  await target.button('New').click();
  await expect(target.steps()).toHaveCount(0);
  await pointerOffCanvas(second);
  await second.locator('body').focus();
  await second.keyboard.press('Control+v');
  const doc = await target.expectSaved((d) => expect(labelsOf(d)).toEqual(['Arrive at hotel']));
  expect(doc.steps[0]!.lane).toBe('customer');
});

test('text that is not ours pastes nothing; ours but damaged says so and changes nothing', async ({
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  const editor = new Editor(page);
  const original = await givenTwoSteps(editor);
  await pointerOffCanvas(page);

  await page.evaluate(() => navigator.clipboard.writeText('Check in at the front desk'));
  await page.keyboard.press('Control+v');
  await page.evaluate(() => navigator.clipboard.writeText('{"steps":[{"id":"x"}]}'));
  await page.keyboard.press('Control+v');
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.evaluate(() =>
    navigator.clipboard.writeText('{"format":"service-blueprint-clipboard","version":1,"lanes":['),
  );
  await page.keyboard.press('Control+v');
  await expect(page.getByRole('alert')).toContainText('cannot be pasted');
  await expect(page.getByRole('alert')).toContainText('Your blueprint was not changed.');
  await expect(editor.steps()).toHaveCount(2);
  const doc = await editor.savedDoc();
  expect(doc.steps).toEqual(original.steps);
  expect(doc.flows).toEqual(original.flows);
});

test('with the clipboard refused, copy and paste still work within the tab', async ({ page }) => {
  await page.addInitScript(() => {
    // No clipboard events reach the page, and the clipboard API says no.
    for (const type of ['copy', 'cut', 'paste'])
      window.addEventListener(type, (e) => e.stopImmediatePropagation(), true);
    const refuse = () => Promise.reject(new DOMException('Refused', 'NotAllowedError'));
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: refuse, readText: refuse },
    });
  });
  const editor = new Editor(page);
  await givenTwoSteps(editor);
  await pointerOffCanvas(page);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  const doc = await editor.expectSaved((d) => expect(d.steps).toHaveLength(4));
  expect(labelsOf(doc)).toEqual(['Arrive', 'Check in', 'Arrive', 'Check in']);
  expect(doc.flows).toHaveLength(2);
});
