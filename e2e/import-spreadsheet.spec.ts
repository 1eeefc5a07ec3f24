import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { Editor, test, type SavedDoc } from './fixtures';
import { blueprintDoc, step } from './helpers/io';

/**
 * Import steps from a spreadsheet: a CSV and an .xlsx workbook, columns mapped by the user,
 * a preview before anything is added, one undo step, and bad rows listed by row number with
 * nothing half-imported.
 */

const XLSX = readFileSync(new URL('../src/io/testing/steps.xlsx', import.meta.url));

function dialog(page: Page) {
  return page.getByRole('dialog', { name: 'Import steps from a spreadsheet' });
}

async function openImport(editor: Editor) {
  await editor.command('File', 'Import steps from a spreadsheet…');
  await expect(dialog(editor.page)).toBeVisible();
}

async function chooseFile(page: Page, name: string, buffer: Buffer, mimeType = 'text/csv') {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    dialog(page).getByRole('button', { name: 'Choose a CSV or Excel file…' }).click(),
  ]);
  await chooser.setFiles({ name, mimeType, buffer });
}

function start(): SavedDoc {
  return blueprintDoc({ title: 'Café', steps: [step('enter', 'customer', 0, 'Enter')] });
}

test('a CSV with its own column names: map, preview, add as one undo step', async ({ page }) => {
  const editor = new Editor(page);
  await editor.open(start());
  await openImport(editor);
  const csv = [
    'Who,What,When,Minutes,Risk,Queue',
    'Customer actions,Order at the counter,2,1.5,5%,',
    'Onstage,Take the order,2,1,,',
    'customer,Pay,3,,yes,4',
    'Backstage,"Make the coffee, with milk",3,3,,',
  ].join('\r\n');
  await chooseFile(page, 'steps.csv', Buffer.from(csv));
  const d = dialog(page);
  await expect(d.getByRole('status')).toHaveText('File: steps.csv — 4 rows');

  // "Who" and "What" are not names it knows: it asks, and the user maps them.
  await expect(d.getByRole('alert')).toHaveText('Choose the column that holds the lane.');
  await expect(d.getByRole('button', { name: /^Add/ })).toBeDisabled();
  await d.getByRole('combobox', { name: 'Lane' }).selectOption({ label: 'Column A: Who' });
  await d.getByRole('combobox', { name: 'Step label' }).selectOption({ label: 'Column B: What' });
  await d
    .getByRole('combobox', { name: 'Order or time' })
    .selectOption({ label: 'Column C: When' });
  await d
    .getByRole('combobox', { name: 'Duration (minutes)' })
    .selectOption({ label: 'Column D: Minutes' });
  await d.getByRole('combobox', { name: 'Fail point' }).selectOption({ label: 'Column E: Risk' });
  await d.getByRole('combobox', { name: 'Wait' }).selectOption({ label: 'Column F: Queue' });

  const preview = d.getByRole('table', { name: /Steps to add/ });
  await expect(preview.locator('tbody tr')).toHaveText([
    /^2Customer actionsOrder at the counter21\.5F$/,
    /^3Onstage actions.*Take the order21$/,
    /^4Customer actionsPay3F W$/,
    /^5Backstage actions.*Make the coffee, with milk33$/,
  ]);
  // Nothing is added before the user says so.
  expect((await editor.savedDoc()).steps).toHaveLength(1);
  await d.getByRole('button', { name: 'Add 4 steps' }).click();
  await expect(d).toBeHidden();
  await expect(page.getByTestId('status-message')).toHaveText(
    'Added 4 steps from steps.csv. Undo takes them all away.',
  );
  await expect(page.getByRole('alert')).toHaveCount(0);

  const saved = await editor.expectSaved((doc) => expect(doc.steps).toHaveLength(5));
  const byLabel = (label: string) => editor.stepByLabel(saved, label);
  expect(byLabel('Order at the counter')).toMatchObject({ lane: 'customer', durationMin: 1.5 });
  expect(byLabel('Order at the counter').failPoint?.probability).toBe(0.05);
  expect(byLabel('Pay').wait).toMatchObject({ expectedMin: 4 });
  // Same time, same column; later times to the right, after the step already there.
  expect(byLabel('Take the order').x).toBe(byLabel('Order at the counter').x);
  expect(byLabel('Pay').x).toBeGreaterThan(byLabel('Order at the counter').x);
  expect(byLabel('Order at the counter').x).toBeGreaterThan(byLabel('Enter').x);
  await expect(editor.step('Make the coffee, with milk')).toBeVisible();

  // One undo takes the whole import away.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await editor.expectSaved((doc) => expect(doc.steps.map((s) => s.label)).toEqual(['Enter']));
  await page.keyboard.press('Control+Shift+z');
  await editor.expectSaved((doc) => expect(doc.steps).toHaveLength(5));
});

test('an Excel workbook in English and Chinese lane names is read and its columns guessed', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(start());
  await openImport(editor);
  await chooseFile(
    page,
    'steps.xlsx',
    XLSX,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  const d = dialog(page);
  await expect(d.getByRole('status')).toHaveText('File: steps.xlsx — 4 rows');
  await expect(d.getByRole('combobox', { name: 'Lane' })).toHaveValue('0');
  await expect(d.getByRole('combobox', { name: 'Wait' })).toHaveValue('5');
  await expect(d.getByRole('table', { name: /Steps to add/ }).locator('tbody tr')).toHaveCount(4);
  await d.getByRole('button', { name: 'Add 4 steps' }).click();
  const saved = await editor.expectSaved((doc) => expect(doc.steps).toHaveLength(5));
  expect(editor.stepByLabel(saved, '点单')).toMatchObject({ lane: 'customer', durationMin: 1.5 });
  expect(editor.stepByLabel(saved, 'Make the coffee').wait).toMatchObject({ expectedMin: 6 });
  expect(editor.stepByLabel(saved, 'Take order').failPoint).toBeTruthy();
});

test('bad rows are listed by row number and nothing is imported; a bad file says why', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(start());
  const before = await editor.savedDoc();
  await openImport(editor);

  await chooseFile(page, 'photo.csv', Buffer.from([0x00, 0x01, 0x02, 0x03]));
  await expect(dialog(page).getByRole('alert')).toHaveText(
    '“photo.csv” is not a CSV or Excel (.xlsx) file.',
  );
  await chooseFile(page, 'empty.csv', Buffer.from(''));
  await expect(dialog(page).getByRole('alert')).toHaveText('“empty.csv” is empty.');

  const csv = [
    'Lane,Step,Time,Duration,Fail point',
    'Customer,Order,1,2,',
    'Kitchen,Cook,2,lots,',
    'Onstage,,3,,maybe',
  ].join('\n');
  await chooseFile(page, 'class.csv', Buffer.from(csv));
  const problems = dialog(page).getByRole('region', { name: /Rows that cannot be imported/ });
  await expect(problems.locator('li')).toHaveText([
    /^Row 3, column “Lane”: “Kitchen” is not a lane of this blueprint \(“Physical evidence”, “Customer actions”/,
    'Row 3, column “Duration”: “lots” is not a number of minutes.',
    'Row 4: no step label in column “Step”.',
    'Row 4, column “Fail point”: “maybe” is not yes or no, or a probability such as 5%.',
  ]);
  await expect(dialog(page).getByRole('button', { name: /^Add/ })).toBeDisabled();
  await dialog(page).getByRole('button', { name: 'Cancel' }).first().click();
  await expect(dialog(page)).toBeHidden();
  expect(await editor.savedDoc()).toEqual(before);
});

test('the import dialog in Chinese', async ({ page }) => {
  const editor = new Editor(page);
  await editor.open(start());
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await page.getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: '从电子表格导入步骤…' }).click();
  const d = page.getByRole('dialog', { name: '从电子表格导入步骤' });
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    d.getByRole('button', { name: '选择 CSV 或 Excel 文件…' }).click(),
  ]);
  await chooser.setFiles({
    name: '步骤.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('泳道,步骤,时间\n顾客,进店,1\n前台,问候,1\n后台,备餐,2\n'),
  });
  await expect(d.getByRole('combobox', { name: '泳道' })).toHaveValue('0');
  await d.getByRole('button', { name: '添加 3 个步骤' }).click();
  await editor.expectSaved((doc) =>
    expect(doc.steps.map((s) => [s.lane, s.label])).toEqual([
      ['customer', 'Enter'],
      ['customer', '进店'],
      ['onstage', '问候'],
      ['backstage', '备餐'],
    ]),
  );
});
