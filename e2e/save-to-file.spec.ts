import { expect, type Page } from '@playwright/test';
import { test } from './fixtures';
import { autosaveText, Editor, example, exampleText, type SavedDoc } from './fixtures';
import { alerts, downloadBytes, downloadFrom, sortedLabels } from './helpers/io';
import {
  answerNextPicker,
  disk,
  installFakeFileSystem,
  putFile,
  refuseWrites,
} from './helpers/fakeFileSystem';

/**
 * Where the browser has the File System Access API: Open keeps the file's handle, Save writes
 * back to it, Save as… picks a new file. The OS pickers are faked (helpers/fakeFileSystem.ts).
 */

const UNSAVED_FILE = 'Changes not saved to a file';
const linkedFile = (page: Page) => page.getByTestId('linked-file');
const titleField = (page: Page) => page.getByRole('textbox', { name: 'Blueprint title' });

async function fileDoc(page: Page, name: string): Promise<SavedDoc> {
  const text = (await disk(page)).files[name];
  expect(text, `${name} on the fake disk`).toBeDefined();
  return JSON.parse(text!) as SavedDoc;
}

async function editorWithFakeFiles(page: Page): Promise<Editor> {
  await installFakeFileSystem(page);
  const editor = new Editor(page, { fileSystemAccess: true });
  await editor.open();
  return editor;
}

/** Open → the picker answers `name` (already on the fake disk). */
async function openFromDisk(page: Page, editor: Editor, name: string) {
  await answerNextPicker(page, { name });
  await editor.button('Open').click();
}

test('Save writes back to the file the blueprint was opened from, without asking', async ({
  page,
}) => {
  const editor = await editorWithFakeFiles(page);
  await putFile(page, 'hotel.blueprint.json', exampleText());
  await openFromDisk(page, editor, 'hotel.blueprint.json');
  await expect(titleField(page)).toHaveValue(example().title);
  await expect(linkedFile(page)).toHaveText('File: hotel.blueprint.json');
  await expect(page.getByText(UNSAVED_FILE)).toHaveCount(0);

  await editor.addStepByDoubleClick('support', 'Written back', 400);
  await expect(page.getByText(UNSAVED_FILE)).toBeVisible();
  let downloads = 0;
  page.on('download', () => downloads++);
  await editor.button('Save').click();
  await expect(page.getByText(UNSAVED_FILE)).toHaveCount(0);
  const saved = await fileDoc(page, 'hotel.blueprint.json');
  expect(sortedLabels(saved)).toContain('Written back');
  expect(saved.title).toBe(example().title);
  // Only the Open picker was shown: Save went straight to the file. Nothing was downloaded.
  expect((await disk(page)).pickers.map((p) => p.kind)).toEqual(['open']);
  expect(downloads).toBe(0);

  // Ctrl+S does the same, from inside a text field too.
  const title = page.getByRole('textbox', { name: 'Blueprint title' });
  await title.fill('Hotel, renamed');
  await title.press('Control+s');
  await expect
    .poll(async () => (await fileDoc(page, 'hotel.blueprint.json')).title)
    .toBe('Hotel, renamed');
  expect((await disk(page)).pickers).toHaveLength(1);
});

test('Save as… picks a new file, and Save then writes there, leaving the first file alone', async ({
  page,
}) => {
  const editor = await editorWithFakeFiles(page);
  await putFile(page, 'original.blueprint.json', exampleText());
  await openFromDisk(page, editor, 'original.blueprint.json');
  await expect(linkedFile(page)).toHaveText('File: original.blueprint.json');

  await editor.addStepByDoubleClick('support', 'Only in the copy', 400);
  await answerNextPicker(page, { name: 'copy.blueprint.json' });
  await editor.command('File', 'Save as…');
  await expect(linkedFile(page)).toHaveText('File: copy.blueprint.json');
  const pickers = (await disk(page)).pickers;
  expect(pickers.at(-1)).toEqual({
    kind: 'save',
    suggestedName: `${example().title}.blueprint.json`,
  });
  expect(sortedLabels(await fileDoc(page, 'copy.blueprint.json'))).toContain('Only in the copy');
  expect(sortedLabels(await fileDoc(page, 'original.blueprint.json'))).not.toContain(
    'Only in the copy',
  );

  await editor.addStepByDoubleClick('support', 'Later edit', 700);
  await page.keyboard.press('Control+s');
  await expect
    .poll(async () => sortedLabels(await fileDoc(page, 'copy.blueprint.json')))
    .toContain('Later edit');
  expect(sortedLabels(await fileDoc(page, 'original.blueprint.json'))).not.toContain('Later edit');

  // Ctrl+Shift+S is Save as… too.
  await answerNextPicker(page, { name: 'third.blueprint.json' });
  await page.keyboard.press('Control+Shift+s');
  await expect(linkedFile(page)).toHaveText('File: third.blueprint.json');
  expect(sortedLabels(await fileDoc(page, 'third.blueprint.json'))).toContain('Later edit');
});

test('a new blueprint asks where to save; Cancel changes nothing', async ({ page }) => {
  const editor = await editorWithFakeFiles(page);
  await page.getByRole('textbox', { name: 'Blueprint title' }).fill('Fresh idea');
  await editor.addStepByDoubleClick('customer', 'First step');

  await answerNextPicker(page, { cancel: true });
  await editor.button('Save').click();
  await expect.poll(async () => (await disk(page)).pickers.length).toBe(1);
  await expect(page.getByText(UNSAVED_FILE)).toBeVisible();
  await expect(linkedFile(page)).toHaveCount(0);
  await expect(alerts(page)).toHaveCount(0);
  expect(Object.keys((await disk(page)).files)).toEqual([]);

  await editor.button('Save').click();
  await expect(linkedFile(page)).toHaveText('File: Fresh idea.blueprint.json');
  expect(sortedLabels(await fileDoc(page, 'Fresh idea.blueprint.json'))).toEqual(['First step']);
  await expect(page.getByText(UNSAVED_FILE)).toHaveCount(0);
});

test('a blueprint opened from a PNG is never saved over the picture', async ({ page }) => {
  const editor = await editorWithFakeFiles(page);
  await putFile(page, 'hotel.blueprint.json', exampleText());
  await openFromDisk(page, editor, 'hotel.blueprint.json');
  await expect(titleField(page)).toHaveValue(example().title);
  const png = await downloadBytes(
    await downloadFrom(page, () => editor.button('Export PNG').click()),
  );
  await putFile(page, 'handed-in.png', `png:${png.toString('base64')}`);

  await page.getByRole('textbox', { name: 'Blueprint title' }).fill('Changed before');
  await openFromDisk(page, editor, 'handed-in.png');
  await expect(titleField(page)).toHaveValue(example().title);
  await expect(linkedFile(page)).toHaveCount(0);
  await answerNextPicker(page, { name: 'from-png.blueprint.json' });
  await editor.button('Save').click();
  await expect(linkedFile(page)).toHaveText('File: from-png.blueprint.json');
  expect((await disk(page)).files['handed-in.png']).toBe(`png:${png.toString('base64')}`);
  expect(sortedLabels(await fileDoc(page, 'from-png.blueprint.json'))).toEqual(
    sortedLabels(example()),
  );
});

test('a file that refuses the write gets a message naming it; the blueprint stays as it is', async ({
  page,
}) => {
  const editor = await editorWithFakeFiles(page);
  await putFile(page, 'locked.blueprint.json', exampleText());
  await openFromDisk(page, editor, 'locked.blueprint.json');
  await expect(linkedFile(page)).toHaveText('File: locked.blueprint.json');
  await editor.addStepByDoubleClick('support', 'Not lost', 400);
  await refuseWrites(page, 'locked.blueprint.json');

  await editor.button('Save').click();
  await expect(alerts(page)).toContainText(
    /Could not write to "locked\.blueprint\.json": .*not allowed.*use Save as… to pick another file/,
  );
  await expect(page.getByText(UNSAVED_FILE)).toBeVisible();
  await expect(editor.step('Not lost')).toBeVisible();
  expect(await fileDoc(page, 'locked.blueprint.json')).toEqual(example());
  await expect
    .poll(async () => sortedLabels(JSON.parse((await autosaveText(page)) ?? '{}') as SavedDoc))
    .toContain('Not lost');

  // Save as… to another file works.
  await answerNextPicker(page, { name: 'elsewhere.blueprint.json' });
  await editor.command('File', 'Save as…');
  await expect(linkedFile(page)).toHaveText('File: elsewhere.blueprint.json');
  expect(sortedLabels(await fileDoc(page, 'elsewhere.blueprint.json'))).toContain('Not lost');
});

test('each library blueprint keeps its own file; a copy does not write over the original', async ({
  page,
}) => {
  const editor = await editorWithFakeFiles(page);
  await putFile(page, 'a.blueprint.json', exampleText());
  await putFile(page, 'b.blueprint.json', exampleText('coffee-shop-order'));
  await openFromDisk(page, editor, 'a.blueprint.json');
  await expect(linkedFile(page)).toHaveText('File: a.blueprint.json');
  await openFromDisk(page, editor, 'b.blueprint.json');
  await expect(linkedFile(page)).toHaveText('File: b.blueprint.json');

  // Back to the first from the library: Save writes to a.blueprint.json.
  await editor.button('Blueprints').click();
  const library = page.getByRole('dialog', { name: 'Blueprints' });
  await library
    .getByRole('listitem', { name: example().title })
    .getByRole('button', { name: 'Open' })
    .click();
  await expect(linkedFile(page)).toHaveText('File: a.blueprint.json');
  await editor.addStepByDoubleClick('support', 'Into a', 400);
  await editor.button('Save').click();
  await expect
    .poll(async () => sortedLabels(await fileDoc(page, 'a.blueprint.json')))
    .toContain('Into a');
  expect(sortedLabels(await fileDoc(page, 'b.blueprint.json'))).not.toContain('Into a');

  // A new blueprint has no file: Save asks.
  await editor.button('New').click();
  await expect(linkedFile(page)).toHaveCount(0);
});

test('without the File System Access API, Save as… downloads like Save', async ({ page }) => {
  const editor = new Editor(page);
  await editor.open(example());
  const download = await downloadFrom(page, () => editor.command('File', 'Save as…'));
  expect(download.suggestedFilename()).toBe(`${example().title}.blueprint.json`);
  const saved = JSON.parse((await downloadBytes(download)).toString('utf8')) as SavedDoc;
  expect(sortedLabels(saved)).toEqual(sortedLabels(example()));
  await expect(page.getByTestId('linked-file')).toHaveCount(0);
});
