import { expect, type Page } from '@playwright/test';
import { Editor, example, test, type SavedDoc } from './fixtures';
import { downloadBytes, downloadFrom } from './helpers/io';

/**
 * The class overview: the teacher opens the answer, adds a folder of 30 generated hand-ins and
 * 2 broken files, and gets a row per file, the steps most students missed, a CSV, and any
 * hand-in opened beside the reference.
 */

const CUSTOMER_STEPS = ['c-queue', 'c-read-menu', 'c-pay', 'c-collect', 'c-find-seat'];

/** Student n leaves out the customer steps whose index divides n (so c-queue most often). */
function handIn(n: number): SavedDoc {
  const doc = example('coffee-shop-order');
  doc.title = `Coffee, student ${n}`;
  // Some students sign their blueprint (Inspector → Drawn by); the others are known by file.
  if (n % 10 === 0) (doc.meta as Record<string, unknown>).author = `Student ${n} 学生`;
  const left = CUSTOMER_STEPS.filter((_, i) => n % (i + 2) === 0);
  doc.steps = doc.steps.filter((s) => !left.includes(s.id));
  doc.flows = doc.flows.filter((f) => !left.includes(f.from) && !left.includes(f.to));
  const improvements = doc.improvements as { addresses: string[] }[];
  for (const improvement of improvements)
    improvement.addresses = improvement.addresses.filter((id) => !left.includes(id));
  return doc;
}

function files() {
  const handIns = Array.from({ length: 30 }, (_, i) => ({
    name: `student-${String(i + 1).padStart(2, '0')}.blueprint.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(handIn(i + 1))),
  }));
  return [
    ...handIns,
    { name: 'empty.blueprint.json', mimeType: 'application/json', buffer: Buffer.from('') },
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('my blueprint is on paper') },
  ];
}

/** One CSV line's fields: quoted fields may hold commas and doubled quotes. */
function fields(line: string): string[] {
  const out: string[] = [];
  for (const match of line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)) {
    if (match.index === line.length && out.length) break;
    const raw = match[1]!;
    out.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
  }
  return out;
}

function dialog(page: Page) {
  return page.getByRole('dialog', { name: 'Class overview' });
}

test('30 hand-ins and 2 broken files: a row each, the class gaps, CSV and opening one', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(example('coffee-shop-order'));
  const reference = await editor.savedDoc();
  await editor.command('File', 'Class overview…');
  const overview = dialog(page);
  await expect(overview.getByText('Reference: Coffee-shop order')).toBeVisible();
  await overview.getByTestId('class-file-input').setInputFiles(files());
  await expect(overview.getByRole('status')).toHaveText(
    '32 hand-ins checked, 2 could not be read.',
  );

  const rows = overview.locator('tbody tr');
  await expect(rows).toHaveCount(32);
  await expect(overview.locator('tr[data-file="empty.blueprint.json"]')).toContainText(
    'Could not be read: the file is empty',
  );
  await expect(overview.locator('tr[data-file="notes.txt"]')).toContainText('not a blueprint file');

  // Student 1 left nothing out; student 12 left out the queue, menu, payment and the seat.
  const cell = (file: string, n: number) => overview.locator(`tr[data-file="${file}"] td`).nth(n);
  await expect(cell('student-01.blueprint.json', 1)).toHaveText('100');
  await expect(cell('student-12.blueprint.json', 2)).toHaveText('4');
  await expect(overview.locator('tr[data-file="student-20.blueprint.json"] th')).toHaveText(
    'Student 20 学生 student-20.blueprint.json',
  );

  // Sorting by score, lowest first, puts student 12 (or another with 4 gaps) on top; broken last.
  await overview.getByRole('button', { name: 'Sort by Score' }).click();
  await expect(overview.getByRole('columnheader', { name: /Score/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(rows.first().locator('td').nth(2)).toHaveText('4');
  await expect(rows.last()).toHaveClass(/is-broken/);
  await overview.getByRole('button', { name: 'Sort by Score' }).click();
  await expect(rows.first().locator('td').nth(1)).toHaveText('100');

  // The step most often missing: the queue (every second student).
  const gaps = overview.getByRole('region', { name: 'Most often missing' }).locator('li');
  await expect(gaps.first()).toHaveText('“Queue”: missing in 15 of 30');
  await expect(gaps.nth(1)).toHaveText('“Read the menu board”: missing in 10 of 30');

  const download = await downloadFrom(page, () =>
    overview.getByRole('button', { name: 'Download CSV' }).click(),
  );
  const csv = (await downloadBytes(download)).toString('utf8').replace(/^\uFEFF/, '');
  const lines = csv.trimEnd().split('\r\n');
  expect(lines).toHaveLength(33);
  expect(lines[0]).toMatch(/^file,author,title,score,missing_steps,/);
  const twelve = fields(lines.find((l) => l.startsWith('student-12.blueprint.json,'))!);
  expect(twelve.slice(0, 5)).toEqual([
    'student-12.blueprint.json',
    '',
    'Coffee, student 12',
    twelve[3],
    '4',
  ]);
  expect(Number(twelve[3])).toBeLessThan(100);
  const twenty = fields(lines.find((l) => l.startsWith('student-20.blueprint.json,'))!);
  expect(twenty[1]).toBe('Student 20 学生');
  expect(lines.find((l) => l.startsWith('notes.txt,'))).toMatch(/not a blueprint file/);

  // Opening a hand-in shows it beside the reference; the reference is not changed.
  await overview
    .getByRole('button', { name: 'Open student-12.blueprint.json beside the reference' })
    .click();
  await expect(overview).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Blueprint title' })).toHaveValue(
    'Coffee, student 12',
  );
  const compare = page.getByRole('region', { name: 'Compared with “Coffee-shop order”' });
  await expect(compare.locator('.compare-group-missingStep .compare-finding')).toHaveCount(4);

  // Back to the table: the hand-ins are still there.
  await editor.command('File', 'Class overview…');
  await expect(dialog(page).locator('tbody tr')).toHaveCount(32);
  await dialog(page).getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Blueprints' }).click();
  const library = page.getByRole('dialog', { name: 'Blueprints' });
  await expect(library.getByText('Coffee-shop order', { exact: true })).toBeVisible();
  expect(reference.steps).toHaveLength(example('coffee-shop-order').steps.length);
});

test('hand-ins dropped on the overview are checked, not opened in the editor', async ({ page }) => {
  const editor = new Editor(page);
  await editor.open(example('coffee-shop-order'));
  await editor.command('File', 'Class overview…');
  const overview = dialog(page);
  const transfer = await page.evaluateHandle(
    (docs) => {
      const data = new DataTransfer();
      docs.forEach((text, i) =>
        data.items.add(new File([text], `drop-${i}.blueprint.json`, { type: 'application/json' })),
      );
      return data;
    },
    [JSON.stringify(handIn(2)), JSON.stringify(handIn(3))],
  );
  await overview.locator('.class-drop').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(overview.getByRole('status')).toHaveText('2 hand-ins checked, 0 could not be read.');
  await overview.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('textbox', { name: 'Blueprint title' })).toHaveValue(
    'Coffee-shop order',
  );
});

test('a student signs the blueprint with “Drawn by”; it is saved and kept through a reload', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(example('coffee-shop-order'));
  const field = page.getByRole('textbox', { name: 'Drawn by' });
  await field.fill('王小明');
  await editor.expectSaved((doc) =>
    expect((doc.meta as Record<string, unknown>).author).toBe('王小明'),
  );
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Drawn by' })).toHaveValue('王小明');
});
