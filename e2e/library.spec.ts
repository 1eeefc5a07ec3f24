import { expect, type Page } from '@playwright/test';
import { test } from './fixtures';
import {
  AUTOSAVE_KEY,
  autosaveText,
  BLUEPRINT_PREFIX,
  Editor,
  example,
  exampleText,
  LIBRARY_INDEX_KEY,
  type SavedDoc,
} from './fixtures';
import { alerts, downloadBytes, downloadFrom, sortedLabels } from './helpers/io';

interface IndexEntry {
  id: string;
  title: string;
  stepCount: number;
  deletedAt?: number;
}

async function libraryIndex(page: Page): Promise<IndexEntry[]> {
  const text = await page.evaluate((key) => localStorage.getItem(key), LIBRARY_INDEX_KEY);
  return (JSON.parse(text ?? '{"entries":[]}') as { entries: IndexEntry[] }).entries;
}

async function storedDoc(page: Page, id: string): Promise<SavedDoc | null> {
  const text = await page.evaluate((key) => localStorage.getItem(key), BLUEPRINT_PREFIX + id);
  return text === null ? null : (JSON.parse(text) as SavedDoc);
}

function library(page: Page) {
  return page.getByRole('dialog', { name: 'Blueprints' });
}

async function openLibrary(page: Page) {
  await page.getByRole('button', { name: 'Blueprints', exact: true }).click();
  await expect(library(page)).toBeVisible();
  return library(page);
}

/** The row of one blueprint in the library list (or the trash list). */
function row(page: Page, title: string, list = 'Blueprints') {
  return library(page)
    .getByRole('list', { name: list, exact: true })
    .getByRole('listitem', { name: title, exact: true });
}

/** Titles the blueprint on screen and adds one customer step to it. */
async function makeBlueprint(editor: Editor, title: string, stepLabel: string) {
  await editor.page.getByRole('textbox', { name: 'Blueprint title' }).fill(title);
  await editor.addStepByDoubleClick('customer', stepLabel);
  await editor.expectSaved((d) => {
    expect(d.title).toBe(title);
    expect(sortedLabels(d)).toEqual([stepLabel]);
  });
}

test('three blueprints made one after another are all in the library after a reload', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open();
  await makeBlueprint(editor, 'Alpha', 'Alpha arrives');
  await editor.button('New').click();
  await expect(editor.steps()).toHaveCount(0);
  await makeBlueprint(editor, 'Beta', 'Beta arrives');
  await editor.button('New').click();
  await makeBlueprint(editor, '咖啡店 Gamma', '点单');

  await page.reload();
  await expect(editor.step('点单')).toBeVisible();
  const dialog = await openLibrary(page);
  await expect(dialog.getByRole('list', { name: 'Blueprints' }).getByRole('listitem')).toHaveCount(
    3,
  );
  // Most recently edited first; the one on screen is marked.
  await expect(
    dialog.getByRole('list', { name: 'Blueprints' }).locator('.library-title'),
  ).toHaveText(['咖啡店 Gamma', 'Beta', 'Alpha']);
  await expect(row(page, '咖啡店 Gamma')).toContainText('Open now');
  await expect(row(page, 'Alpha')).toContainText(/\b1 step(?!s)/);

  // Opening one shows it, and leaves the others as they were.
  await row(page, 'Alpha').getByRole('button', { name: 'Open', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(editor.step('Alpha arrives')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Blueprint title' })).toHaveValue('Alpha');
  const entries = await libraryIndex(page);
  for (const [title, label] of [
    ['Alpha', 'Alpha arrives'],
    ['Beta', 'Beta arrives'],
    ['咖啡店 Gamma', '点单'],
  ] as const) {
    const entry = entries.find((e) => e.title === title)!;
    expect(sortedLabels((await storedDoc(page, entry.id))!)).toEqual([label]);
  }
  // A reload reopens the blueprint this tab had open.
  await page.reload();
  await expect(editor.step('Alpha arrives')).toBeVisible();
});

test('rename, duplicate, delete to the trash, restore, and empty the trash', async ({ page }) => {
  const editor = new Editor(page);
  await editor.open(example());
  const hotelTitle = example().title;
  await editor.button('New').click();
  await makeBlueprint(editor, 'Scratch', 'Try this');
  const dialog = await openLibrary(page);

  // Rename a blueprint that is not open.
  await row(page, hotelTitle).getByRole('button', { name: 'Rename' }).click();
  const field = dialog.getByRole('textbox', { name: 'Blueprint title' });
  await field.fill('Lakeside hotel');
  await field.press('Enter');
  await expect(row(page, 'Lakeside hotel')).toBeVisible();

  // Duplicate it: same steps, its own entry.
  await row(page, 'Lakeside hotel').getByRole('button', { name: 'Duplicate' }).click();
  await expect(row(page, 'Lakeside hotel (copy)')).toBeVisible();
  const stepCount = example().steps.length;
  await expect(row(page, 'Lakeside hotel (copy)')).toContainText(`${stepCount} steps`);

  // Delete the copy: it goes to the trash, where it survives a reload.
  await row(page, 'Lakeside hotel (copy)').getByRole('button', { name: 'Delete' }).click();
  await expect(row(page, 'Lakeside hotel (copy)')).toHaveCount(0);
  await expect(row(page, 'Lakeside hotel (copy)', 'Deleted blueprints')).toContainText(
    'removed for good in 30 days',
  );
  await page.reload();
  await openLibrary(page);
  await expect(row(page, 'Lakeside hotel', 'Blueprints')).toBeVisible();
  await expect(row(page, 'Lakeside hotel (copy)', 'Deleted blueprints')).toBeVisible();

  // Restore it, then delete it and empty the trash (which asks first).
  await row(page, 'Lakeside hotel (copy)', 'Deleted blueprints')
    .getByRole('button', { name: 'Restore' })
    .click();
  await expect(row(page, 'Lakeside hotel (copy)')).toBeVisible();
  const copyId = (await libraryIndex(page)).find((e) => e.title === 'Lakeside hotel (copy)')!.id;
  expect((await storedDoc(page, copyId))!.steps).toHaveLength(stepCount);
  await row(page, 'Lakeside hotel (copy)').getByRole('button', { name: 'Delete' }).click();
  await library(page).getByRole('button', { name: 'Empty trash' }).click();
  await library(page).getByRole('button', { name: 'Empty trash for good' }).click();
  await expect(library(page).getByRole('list', { name: 'Deleted blueprints' })).toHaveCount(0);
  expect(await storedDoc(page, copyId)).toBeNull();
  expect((await libraryIndex(page)).map((e) => e.title).sort()).toEqual([
    'Lakeside hotel',
    'Scratch',
  ]);
  // The renamed blueprint kept its content.
  await row(page, 'Lakeside hotel').getByRole('button', { name: 'Open', exact: true }).click();
  await expect(editor.steps()).toHaveCount(stepCount);
});

test('renaming the open blueprint is an edit: the title field follows and Undo reverts it', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open();
  await makeBlueprint(editor, 'Draft', 'Walk in');
  await openLibrary(page);
  await row(page, 'Draft').getByRole('button', { name: 'Rename' }).click();
  await library(page).getByRole('textbox', { name: 'Blueprint title' }).fill('Final');
  await library(page).getByRole('textbox', { name: 'Blueprint title' }).press('Enter');
  await expect(row(page, 'Final')).toBeVisible();
  await library(page).getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('textbox', { name: 'Blueprint title' })).toHaveValue('Final');
  await editor.button('Undo').click();
  await expect(page.getByRole('textbox', { name: 'Blueprint title' })).toHaveValue('Draft');
  await editor.expectSaved((d) => expect(d.title).toBe('Draft'));
});

test('deleting the open blueprint shows the next one; nothing else changes', async ({ page }) => {
  const editor = new Editor(page);
  await editor.open();
  await makeBlueprint(editor, 'Keep me', 'Kept step');
  await editor.button('New').click();
  await makeBlueprint(editor, 'Throw away', 'Gone step');
  await openLibrary(page);
  await row(page, 'Throw away').getByRole('button', { name: 'Delete' }).click();
  await expect(row(page, 'Keep me')).toContainText('Open now');
  await library(page).getByRole('button', { name: 'Close' }).click();
  await expect(editor.step('Kept step')).toBeVisible();
  await expect(editor.step('Gone step')).toHaveCount(0);
});

test('opening a file or an example adds a blueprint; the one on screen stays in the library', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open();
  await makeBlueprint(editor, 'My work', 'Mine');
  await page.getByTestId('open-file-input').setInputFiles({
    name: 'hotel.blueprint.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exampleText()),
  });
  await expect(editor.steps()).toHaveCount(example().steps.length);
  await openLibrary(page);
  await expect(row(page, 'My work')).toBeVisible();
  await expect(row(page, example().title)).toContainText('Open now');
  await row(page, 'My work').getByRole('button', { name: 'Open', exact: true }).click();
  await expect(editor.step('Mine')).toBeVisible();
});

test('the one blueprint kept by earlier versions moves into the library, losing nothing', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate(
    ([key, text]) => {
      localStorage.clear();
      localStorage.setItem(key!, text!);
    },
    [AUTOSAVE_KEY, exampleText()],
  );
  await page.reload();
  const editor = new Editor(page);
  await expect(editor.steps()).toHaveCount(example().steps.length);
  const saved = JSON.parse((await autosaveText(page))!) as SavedDoc;
  expect(saved.steps).toEqual(example().steps);
  expect(saved.flows).toEqual(example().flows);
  expect(await page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY)).toBeNull();
  await openLibrary(page);
  await expect(row(page, example().title)).toBeVisible();
});

test('the storage meter shows how full browser storage is, and warns from 80%', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(example());
  let dialog = await openLibrary(page);
  await expect(dialog.getByRole('meter', { name: 'Browser storage' })).toBeVisible();
  await expect(dialog.getByTestId('storage-used')).toContainText(/of about 5\.0 MB used \(\d+%\)/);
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  // Someone else's data on this site fills it to 85%.
  await page.evaluate(() => localStorage.setItem('other-app', 'x'.repeat(4_460_000)));
  await dialog.getByRole('button', { name: 'Close' }).click();
  dialog = await openLibrary(page);
  await expect(dialog.getByTestId('storage-used')).toContainText(/\(8\d%\)/);
  await expect(dialog.getByRole('alert')).toContainText('more than 80% full');
});

test('a full storage keeps the work on screen, says so, and offers a download of it', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(example());
  await editor.savedDoc();
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await editor.addStepByDoubleClick('support', 'Added while full', 400);
  await expect(alerts(page)).toContainText('Browser storage is full');
  await expect(page.getByTestId('save-status')).toContainText('Not saved');
  const download = await downloadFrom(page, () =>
    alerts(page).getByRole('button', { name: 'Download my blueprint' }).click(),
  );
  const downloaded = JSON.parse((await downloadBytes(download)).toString('utf8')) as SavedDoc;
  expect(sortedLabels(downloaded)).toContain('Added while full');
  await expect(editor.step('Added while full')).toBeVisible();
});
