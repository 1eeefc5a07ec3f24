import { expect, type Page } from '@playwright/test';
import { test } from './fixtures';
import { BLUEPRINT_PREFIX, Editor, example, LIBRARY_INDEX_KEY, type SavedDoc } from './fixtures';
import { sortedLabels } from './helpers/io';

/** Every blueprint in the library, by title, as stored. */
async function storedByTitle(page: Page): Promise<Map<string, SavedDoc>> {
  const docs = await page.evaluate(
    ([indexKey, prefix]) => {
      const index = JSON.parse(localStorage.getItem(indexKey!) ?? '{"entries":[]}') as {
        entries: { id: string }[];
      };
      return index.entries.map((e) => localStorage.getItem(prefix + e.id) ?? 'null');
    },
    [LIBRARY_INDEX_KEY, BLUEPRINT_PREFIX],
  );
  return new Map(
    docs.map((text) => JSON.parse(text) as SavedDoc).map((d) => [d.title, d] as const),
  );
}

const notice = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'This blueprint was changed in another tab.' });

/** Two tabs of one browser with the same blueprint open: the second opens what the first had. */
async function twoTabs(page: Page) {
  const first = new Editor(page);
  await first.open(example());
  await first.savedDoc();
  const page2 = await page.context().newPage();
  const second = new Editor(page2);
  await second.open();
  await expect(second.steps()).toHaveCount(example().steps.length);
  return { first, second, page2 };
}

test('an edit in one tab shows the other a notice, and the other never writes over it', async ({
  page,
}) => {
  const { first, second, page2 } = await twoTabs(page);
  await first.addStepByDoubleClick('support', 'From tab one', 400);
  await first.expectSaved((d) => expect(sortedLabels(d)).toContain('From tab one'));
  await expect(notice(page2)).toBeVisible();
  await expect(notice(page)).toHaveCount(0);

  // The second tab keeps editing: its work stays on screen but is not written over the first's.
  await second.addStepByDoubleClick('support', 'From tab two', 700);
  await expect(page2.getByTestId('save-status')).toHaveText(/changed in another tab/);
  await page2.waitForTimeout(1_000);
  const stored = (await storedByTitle(page)).get(example().title)!;
  expect(sortedLabels(stored)).toContain('From tab one');
  expect(sortedLabels(stored)).not.toContain('From tab two');

  // "Keep mine as a copy": both versions are kept, each whole.
  await notice(page2).getByRole('button', { name: 'Keep mine as a copy' }).click();
  await expect(notice(page2)).toHaveCount(0);
  await expect(page2.getByRole('textbox', { name: 'Blueprint title' })).toHaveValue(
    `${example().title} (copy)`,
  );
  await second.expectSaved((d) => expect(d.title).toBe(`${example().title} (copy)`));
  const both = await storedByTitle(page);
  expect(sortedLabels(both.get(example().title)!)).toContain('From tab one');
  expect(sortedLabels(both.get(example().title)!)).not.toContain('From tab two');
  const copy = both.get(`${example().title} (copy)`)!;
  expect(sortedLabels(copy)).toContain('From tab two');
  expect(sortedLabels(copy)).not.toContain('From tab one');

  // Each tab goes on with its own blueprint, without further notices.
  await first.addStepByDoubleClick('support', 'Tab one again', 550);
  await first.expectSaved((d) => expect(sortedLabels(d)).toContain('Tab one again'));
  await page2.waitForTimeout(500);
  await expect(notice(page2)).toHaveCount(0);
  await expect(notice(page)).toHaveCount(0);
});

test('"Reload" in the other tab shows the newer version, and editing goes on from there', async ({
  page,
}) => {
  const { first, second, page2 } = await twoTabs(page);
  await first.addStepByDoubleClick('support', 'Written first', 400);
  await first.expectSaved((d) => expect(sortedLabels(d)).toContain('Written first'));
  await notice(page2).getByRole('button', { name: 'Reload' }).click();
  await expect(notice(page2)).toHaveCount(0);
  await expect(second.step('Written first')).toBeVisible();

  // Now the second tab writes, and the first is told in turn.
  await second.addStepByDoubleClick('support', 'Then second', 700);
  await second.expectSaved((d) =>
    expect(sortedLabels(d)).toEqual(expect.arrayContaining(['Written first', 'Then second'])),
  );
  await expect(notice(page)).toBeVisible();
  await notice(page).getByRole('button', { name: 'Reload' }).click();
  await expect(first.step('Then second')).toBeVisible();
});

test('two tabs with different blueprints do not disturb each other', async ({ page }) => {
  const { first, second, page2 } = await twoTabs(page);
  await second.button('New').click();
  await page2.getByRole('textbox', { name: 'Blueprint title' }).fill('Second tab’s own');
  await second.addStepByDoubleClick('customer', 'Own step');
  await second.expectSaved((d) => expect(d.title).toBe('Second tab’s own'));
  await first.addStepByDoubleClick('support', 'Hotel step', 400);
  await first.expectSaved((d) => expect(sortedLabels(d)).toContain('Hotel step'));
  await page2.waitForTimeout(500);
  await expect(notice(page2)).toHaveCount(0);
  await expect(notice(page)).toHaveCount(0);
  // Each tab reopens its own blueprint on reload.
  await page2.reload();
  await expect(second.step('Own step')).toBeVisible();
  await page.reload();
  await expect(first.step('Hotel step')).toBeVisible();
});
