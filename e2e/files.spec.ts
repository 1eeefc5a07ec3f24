import { expect } from '@playwright/test';
import { test } from './fixtures';
import { autosaveText, Editor, example, exampleText, type SavedDoc } from './fixtures';
import {
  alerts,
  blueprintDoc,
  downloadBytes,
  downloadFrom,
  dropFile,
  openWithButton,
  sortedLabels,
  step,
  stepLabelsOnScreen,
  STANDARD_LANES,
  viewportOnScreen,
} from './helpers/io';

const UNSAVED_FILE = 'Changes not saved to a file';

/** A blueprint with something of everything a file must keep. */
function richDoc(): SavedDoc {
  const doc = blueprintDoc({
    title: 'Bank branch visit',
    meta: {
      service: 'Counter service at a bank branch',
      customerSegment: 'Retail customers',
      scenario: 'From entering the branch to leaving with the receipt',
      locale: 'en',
    },
    steps: [
      step('take-ticket', 'customer', 0, 'Take a queue ticket', {
        wait: { expectedMin: 12, toleranceMin: 8 },
      }),
      step('called', 'onstage', 240, 'Call the next number', { durationMin: 1 }),
      step('check-id', 'backstage', 480, 'Check identity in the core system', {
        description: 'Teller looks the customer up',
        failPoint: {
          risk: 'System slow',
          probability: 0.05,
          costPerFailure: 30,
          recovery: 'Manual form',
          owner: 'Branch manager',
        },
        // A field this version does not know: a file must keep it on a round trip.
        'x-review': 'kept on round trip',
      } as Partial<SavedDoc['steps'][number]>),
      step('receipt', 'evidence', 720, '存款回单'),
    ],
    flows: [
      { id: 'f1', from: 'take-ticket', to: 'called', label: 'number shown', twoWay: false },
      { id: 'f2', from: 'called', to: 'check-id', label: '', twoWay: true },
    ],
    view: { x: 140, y: -30, zoom: 0.8 },
  });
  doc.lanes[1]!.label = 'Guest actions';
  doc.lanes.push({ id: 'emotions', kind: 'custom', label: 'Emotions', height: 100 });
  return doc;
}

test('Save downloads <title>.blueprint.json holding exactly the autosaved document', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open();
  await page.getByRole('textbox', { name: 'Blueprint title' }).fill('Coffee shop order');
  await editor.addStepByDoubleClick('customer', 'Order at the counter');
  await editor.addStepByDoubleClick('onstage', 'Take the order', 400);

  const download = await downloadFrom(page, () => editor.button('Save').click());
  expect(download.suggestedFilename()).toBe('Coffee shop order.blueprint.json');
  const text = (await downloadBytes(download)).toString('utf8');
  const saved = JSON.parse(text) as SavedDoc;
  expect(saved.format).toBe('service-blueprint');
  expect(saved.title).toBe('Coffee shop order');
  expect(sortedLabels(saved)).toEqual(['Order at the counter', 'Take the order']);
  expect(saved).toEqual(await editor.savedDoc());

  // Characters a file name cannot hold are replaced.
  await page.getByRole('textbox', { name: 'Blueprint title' }).fill('Coffee: order / pay');
  const second = await downloadFrom(page, () => editor.button('Save').click());
  expect(second.suggestedFilename()).toBe('Coffee order pay.blueprint.json');
  const secondDoc = JSON.parse((await downloadBytes(second)).toString('utf8')) as SavedDoc;
  expect(secondDoc.title).toBe('Coffee: order / pay');
});

test('New starts a blank blueprint at once; the one before stays in the library, as it was', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open();
  await editor.addStepByDoubleClick('customer', 'Arrive at the branch');
  await expect(page.getByText(UNSAVED_FILE)).toBeVisible();
  const before = await editor.expectSaved((doc) =>
    expect(sortedLabels(doc)).toEqual(['Arrive at the branch']),
  );

  // Nothing is replaced, so nothing needs asking: New gives the five empty standard lanes.
  await editor.button('New').click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(editor.steps()).toHaveCount(0);
  await expect(page.locator('[data-lane-header]')).toHaveText(STANDARD_LANES.map((l) => l.label));

  // The earlier blueprint is in the library, unchanged, and opens again.
  await page.getByRole('button', { name: 'Blueprints', exact: true }).click();
  const library = page.getByRole('dialog', { name: 'Blueprints' });
  await library
    .getByRole('listitem', { name: before.title })
    .getByRole('button', { name: 'Open', exact: true })
    .click();
  await expect(editor.step('Arrive at the branch')).toBeVisible();
  await editor.button('New').click();
  await editor.addStepByDoubleClick('support', 'Grind beans');
  await editor.expectSaved((doc) => expect(sortedLabels(doc)).toEqual(['Grind beans']));
  // A blank New is stored at its first change, so the library does not fill with empty ones.
  await editor.button('New').click();
  await expect(editor.steps()).toHaveCount(0);
  expect(await autosaveText(page)).toBeNull();
  await page.getByRole('button', { name: 'Blueprints', exact: true }).click();
  await expect(library.getByRole('list', { name: 'Blueprints' }).getByRole('listitem')).toHaveCount(
    2,
  );
});

test('a saved file opens again with the same steps, flows, lanes and title', async ({ page }) => {
  const editor = new Editor(page);
  await editor.open(richDoc());
  await page.getByRole('textbox', { name: 'Blueprint title' }).fill('Bank branch visit (v2)');
  const download = await downloadFrom(page, () => editor.button('Save').click());
  expect(download.suggestedFilename()).toBe('Bank branch visit (v2).blueprint.json');
  const path = await download.path();
  const file = JSON.parse((await downloadBytes(download)).toString('utf8')) as SavedDoc;
  expect(file.view).toEqual({ x: 140, y: -30, zoom: 0.8 });
  expect(file.steps.find((s) => s.id === 'check-id')).toHaveProperty(
    'x-review',
    'kept on round trip',
  );

  await editor.button('New').click();
  await expect(editor.steps()).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Blueprint title' })).toHaveValue(
    'Untitled blueprint',
  );

  await openWithButton(page, path);
  await expect(page.getByRole('textbox', { name: 'Blueprint title' })).toHaveValue(
    'Bank branch visit (v2)',
  );
  await expect(editor.steps()).toHaveCount(4);
  expect(await stepLabelsOnScreen(page)).toEqual(sortedLabels(file));
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  await expect(page.locator('[data-lane-header]')).toHaveText(file.lanes.map((l) => l.label));
  await expect(alerts(page)).toHaveCount(0);
  // Opened from a file: nothing unsaved.
  await expect(page.getByText(UNSAVED_FILE)).toBeHidden();
  // The file opens where it was saved.
  await expect.poll(() => viewportOnScreen(page)).toEqual(file.view);

  const reopened = await editor.expectSaved((doc) => expect(doc.title).toBe(file.title));
  expect(reopened.steps).toEqual(file.steps);
  expect(reopened.flows).toEqual(file.flows);
  expect(reopened.lanes).toEqual(file.lanes);
  expect(reopened.meta).toEqual(file.meta);
});

test('a blueprint file dropped onto the window opens', async ({ page }) => {
  const editor = new Editor(page);
  await editor.open(blueprintDoc({ steps: [step('old', 'customer', 0, 'Old step')] }));
  await expect(editor.step('Old step')).toBeVisible();
  const hotel = example();

  const handled = await dropFile(page, {
    name: 'hotel-overnight-stay.blueprint.json',
    text: exampleText(),
  });
  // The page takes the drop, so the browser does not navigate away to the file.
  expect(handled).toEqual({ dragOverHandled: true, dropHandled: true });

  // It opens as a blueprint of its own: the old one stays in the library (no question asked).
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await expect(page.getByRole('textbox', { name: 'Blueprint title' })).toHaveValue(hotel.title);
  await expect(editor.steps()).toHaveCount(
    hotel.steps.filter((s) => laneShown(hotel, s.lane)).length,
  );
  await expect(editor.step('Old step')).toHaveCount(0);
  expect(await stepLabelsOnScreen(page)).toEqual(
    hotel.steps
      .filter((s) => laneShown(hotel, s.lane))
      .map((s) => s.label)
      .sort(),
  );
  const saved = await editor.expectSaved((doc) => expect(doc.title).toBe(hotel.title));
  expect(saved.steps).toEqual(hotel.steps);
  expect(saved.flows).toEqual(hotel.flows);
  expect(saved.lanes).toEqual(hotel.lanes);
});

test('an empty canvas offers the example gallery, and an example opens as a new blueprint', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open();
  const hotel = example();
  const link = page.getByRole('button', { name: 'Start from an example' });
  await expect(link).toBeVisible();
  await link.click();
  const gallery = page.getByRole('dialog', { name: 'New from example' });
  await expect(gallery.locator('.gallery-card')).toHaveCount(6);
  await expect(gallery.locator('.gallery-card svg.thumbnail')).toHaveCount(6);
  await gallery.getByRole('button', { name: /Hotel overnight stay/ }).click();
  await expect(gallery).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Blueprint title' })).toHaveValue(hotel.title);
  await expect(editor.steps()).toHaveCount(
    hotel.steps.filter((s) => laneShown(hotel, s.lane)).length,
  );
  await expect(link).toBeHidden();
  await expect(page.locator('[data-lane-header]')).toHaveText(
    hotel.lanes.filter((l) => !l.hidden).map((l) => l.label),
  );
  const saved = await editor.expectSaved((doc) => expect(doc.title).toBe(hotel.title));
  expect(saved.steps).toEqual(hotel.steps);
  expect(saved.flows).toEqual(hotel.flows);
  // An example is not a file: the copy is marked as such.
  await expect(page.getByText(UNSAVED_FILE)).toBeVisible();
});

function laneShown(doc: SavedDoc, laneId: string): boolean {
  return !doc.lanes.find((l) => l.id === laneId)?.hidden;
}

test('Ctrl+S saves and Ctrl+O opens, also while typing in a field', async ({ page }) => {
  const editor = new Editor(page);
  await editor.open(blueprintDoc({ title: 'Keyboard only' }));
  await page.locator('.react-flow__pane').click({ position: { x: 600, y: 300 } });
  const first = await downloadFrom(page, () => page.keyboard.press('Control+s'));
  expect(first.suggestedFilename()).toBe('Keyboard only.blueprint.json');

  const title = page.getByRole('textbox', { name: 'Blueprint title' });
  await title.fill('Typed title');
  const second = await downloadFrom(page, () => title.press('Control+s'));
  expect(second.suggestedFilename()).toBe('Typed title.blueprint.json');
  const saved = JSON.parse((await downloadBytes(second)).toString('utf8')) as SavedDoc;
  expect(saved.title).toBe('Typed title');

  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.keyboard.press('Control+o'),
  ]);
  await chooser.setFiles({
    name: 'other.blueprint.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify(blueprintDoc({ title: 'Other', steps: [step('x', 'support', 0, 'Restock')] })),
    ),
  });
  await expect(editor.step('Restock')).toBeVisible();
  await expect(title).toHaveValue('Other');
});
