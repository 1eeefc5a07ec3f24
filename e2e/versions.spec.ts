import { expect, type Page } from '@playwright/test';
import { Editor, test, type SavedDoc, type SavedStep } from './fixtures';
import {
  alerts,
  blueprintDoc,
  downloadBytes,
  downloadFrom,
  NOT_CHANGED,
  openWithButton,
  pngSize,
  step,
} from './helpers/io';
import { parseCsv } from './helpers/report';

/**
 * As-is and to-be: "Make to-be from improvements" applies the planned (and done) improvements,
 * the to-be is edited on its own, "Show changes" marks what changed from the as-is, and the
 * report compares customer time and expected failure cost.
 */

const fp = (probability: number) => ({
  risk: 'Goes wrong',
  probability,
  costPerFailure: 20,
  recovery: '',
  owner: '',
});

/** A café: order (F 20 %), wait for the coffee (10 min), pay (F 10 %); 1000 customers a month. */
function cafe(): SavedDoc {
  return blueprintDoc({
    title: 'Café',
    steps: [
      step('order', 'customer', 0, 'Order', { durationMin: 2, failPoint: fp(0.2) }),
      step('coffee', 'customer', 240, 'Wait for coffee', {
        durationMin: 1,
        wait: { expectedMin: 10, toleranceMin: 5 },
      }),
      step('pay', 'customer', 480, 'Pay', { durationMin: 1, failPoint: fp(0.1) }),
      step('brew', 'backstage', 240, 'Brew'),
    ],
    flows: [
      { id: 'f1', from: 'order', to: 'coffee', label: '', twoWay: false },
      { id: 'f2', from: 'coffee', to: 'pay', label: '', twoWay: false },
    ],
    economics: { currency: 'USD', customersPerMonth: 1000 },
    improvements: [
      {
        id: 'menu',
        title: 'Menu board',
        addresses: ['order'],
        oneOffCost: 300,
        runningCostPerMonth: 0,
        newProbability: 0.05,
        status: 'planned',
      },
      {
        id: 'barista',
        title: 'Second barista',
        addresses: ['coffee'],
        oneOffCost: 0,
        runningCostPerMonth: 900,
        newWaitMin: 3,
        status: 'done',
      },
      {
        id: 'app',
        title: 'Pay by app',
        addresses: ['pay'],
        oneOffCost: 5000,
        runningCostPerMonth: 50,
        newProbability: 0,
        status: 'idea',
      },
    ],
  });
}

interface SavedVersion {
  id: string;
  name: string;
  kind: string;
  content?: { steps: SavedStep[]; improvements: { id: string }[] };
}
const versionsOf = (doc: SavedDoc) => (doc.versions ?? []) as SavedVersion[];
const stepOf = (steps: SavedStep[], id: string) => steps.find((s) => s.id === id);

function figure(page: Page, key: string) {
  return page.getByTestId('version-figures').locator(`tr[data-figure="${key}"] td`);
}

test('make a to-be from improvements, edit it, see the changes, switch back, reload, report', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(cafe());
  await page.getByRole('tab', { name: 'Versions' }).click();
  await expect(page.getByText('This blueprint has one version so far.')).toBeVisible();
  await expect(page.getByTestId('version-tag')).toHaveCount(0);

  await editor.button('Make to-be from improvements').click();
  await expect(page.getByRole('status').filter({ hasText: 'Made' })).toHaveText(
    'Made “To-be”: 2 improvements applied (Menu board, Second barista).',
  );
  await expect(page.getByTestId('version-tag')).toHaveText('To-be');
  await expect(page.getByRole('radio', { name: 'To-be' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'As-is' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Show changes' })).toBeChecked();
  // Customer time 2 + (1 + 10) + 1 = 14 min before, 2 + (1 + 3) + 1 = 7 after.
  await expect(figure(page, 'customerMin')).toHaveText(['14', '7', '-7']);
  await expect(figure(page, 'failureCostPerMonth').nth(0)).toContainText('6,000');
  await expect(figure(page, 'failureCostPerMonth').nth(1)).toContainText('3,000');
  const mark = (id: string) => page.locator(`[data-testid="change-mark"][data-step="${id}"]`);
  await expect(mark('order')).toHaveAttribute('data-kinds', 'failPointLess');
  await expect(mark('order')).toContainText('F less likely');
  await expect(mark('coffee')).toHaveAttribute('data-kinds', 'waitShorter');
  await expect(mark('pay')).toHaveCount(0);

  // The to-be is edited on its own: remove Brew, add a step, move Pay along the time axis.
  await editor.step('Brew').click();
  await page.keyboard.press('Delete');
  await expect(editor.step('Brew')).toHaveCount(0);
  await expect(page.getByTestId('removed-ghost')).toHaveText('Removed: Brew');
  await editor.addStepByDoubleClick('onstage', 'Show order number', 600);
  const pay = (await editor.step('Pay').boundingBox())!;
  await editor.dragStepTo('Pay', { x: pay.x + 40 + 300, y: pay.y + 15 });
  const changes = page.getByTestId('version-changes');
  await expect(changes.locator('[data-kind="removed"] h4')).toHaveText('Steps removed (1)');
  await expect(changes.locator('[data-kind="added"] button')).toHaveText('Show order number');
  await expect(changes.locator('[data-kind="moved"] button')).toHaveText('Pay');
  await expect(page.locator('[data-testid="change-mark"][data-kinds~="added"]')).toContainText(
    'New',
  );
  await expect(mark('pay')).toHaveAttribute('data-kinds', 'moved');

  const saved = await editor.expectSaved((doc) => {
    expect(versionsOf(doc).map((v) => [v.name, v.kind, Boolean(v.content)])).toEqual([
      ['As-is', 'as-is', true],
      ['To-be', 'to-be', false],
    ]);
    expect(doc.steps.some((s) => s.label === 'Show order number')).toBe(true);
  });
  expect(stepOf(saved.steps, 'brew')).toBeUndefined();
  expect(stepOf(saved.steps, 'order')!.failPoint!.probability).toBe(0.05);
  expect(stepOf(saved.steps, 'coffee')!.wait!.expectedMin).toBe(3);
  expect((saved.improvements as { id: string }[]).map((i) => i.id)).toEqual(['app']);
  const asIs = versionsOf(saved)[0]!.content!;
  expect(stepOf(asIs.steps, 'brew')).toBeDefined();
  expect(stepOf(asIs.steps, 'order')!.failPoint!.probability).toBe(0.2);
  expect(asIs.improvements).toHaveLength(3);

  // Back to the as-is: its drawing is as it was. Undo goes back to the to-be.
  await page.getByRole('radio', { name: 'As-is' }).check();
  await expect(page.getByTestId('version-tag')).toHaveText('As-is');
  await expect(editor.step('Brew')).toBeVisible();
  await expect(editor.step('Show order number')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Now editing' })).toHaveText(
    'Now editing “As-is”.',
  );
  await editor.button('Undo').click();
  await expect(page.getByTestId('version-tag')).toHaveText('To-be');
  await expect(editor.step('Brew')).toHaveCount(0);

  // Renaming is kept, and everything survives a reload.
  await page.getByRole('textbox', { name: 'Version name' }).fill('To-be 2027');
  await expect(page.getByTestId('version-tag')).toHaveText('To-be 2027');
  await editor.expectSaved((doc) => expect(versionsOf(doc)[1]!.name).toBe('To-be 2027'));
  await page.reload();
  await expect(page.getByTestId('version-tag')).toHaveText('To-be 2027');
  await expect(editor.step('Show order number')).toBeVisible();
  await expect(editor.step('Brew')).toHaveCount(0);

  // Pictures are named after the version they show.
  const svg = await downloadFrom(page, () => editor.button('Export SVG').click());
  expect(svg.suggestedFilename()).toBe('Café - To-be 2027.svg');
  const png = await downloadFrom(page, () => editor.button('Export PNG').click());
  expect(png.suggestedFilename()).toBe('Café - To-be 2027.png');
  expect(pngSize(await downloadBytes(png)).width).toBeGreaterThan(400);

  // The report compares the two.
  await editor.button('Report').click();
  await expect(page.getByTestId('report-version')).toHaveText(
    'The figures below are of the version “To-be 2027” (To-be).',
  );
  const section = page.getByTestId('report-versions');
  await expect(section.getByRole('heading', { name: 'As-is and to-be' })).toBeVisible();
  const row = (name: string) =>
    section.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  await expect(row('Customer time (min)').getByRole('cell')).toHaveText(['14', '7', '-7']);
  await expect(row('Fail points').getByRole('cell')).toHaveText(['2', '2', '0']);
  await expect(row('Steps').getByRole('cell')).toHaveText(['4', '4', '0']);
  const applied = page.getByTestId('report-versions-applied');
  await expect(applied).toContainText('Improvements carried out in the to-be:');
  await expect(applied.getByRole('listitem')).toHaveText(['Menu board', 'Second barista']);
  const csv = parseCsv(
    await downloadBytes(
      await downloadFrom(page, () =>
        section.getByRole('button', { name: 'Download as-is and to-be (CSV)' }).click(),
      ),
    ),
  );
  expect(csv[0]).toEqual(['Figure', 'As-is', 'To-be 2027', 'Change']);
  expect(csv.find((r) => r[0] === 'Expected failure cost per month')).toEqual([
    'Expected failure cost per month',
    '6000',
    '3000',
    '-3000',
  ]);
});

test('a file with a broken version is refused by name; versions work in Chinese', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(cafe());
  await page.getByRole('tab', { name: 'Versions' }).click();
  await editor.button('Make to-be from improvements').click();
  const made = await editor.expectSaved((doc) => expect(versionsOf(doc)).toHaveLength(2));

  const broken = structuredClone(made);
  versionsOf(broken)[0]!.content!.steps[0]!.lane = 'kitchen';
  await openWithButton(page, { name: 'broken.blueprint.json', text: JSON.stringify(broken) });
  await expect(alerts(page)).toContainText('versions[0].content.steps[0].lane: no lane "kitchen"');
  await expect(alerts(page)).toContainText(NOT_CHANGED);
  await expect(page.getByTestId('version-tag')).toHaveText('To-be');

  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await page.getByRole('tab', { name: '版本' }).click();
  await expect(page.getByRole('button', { name: '按改进措施生成目标状态' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'To-be' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: '显示变化' })).toBeChecked();
  await expect(figure(page, 'customerMin')).toHaveText(['14', '7', '-7']);
  await page.getByRole('button', { name: '复制为新版本' }).click();
  await expect(page.getByTestId('version-tag')).toHaveText('副本');
  await expect(page.getByRole('status').filter({ hasText: '副本' })).toHaveText(
    '已生成“副本”，是“To-be”的副本。',
  );
  await page.getByRole('button', { name: '删除版本 As-is' }).click();
  await expect(page.getByRole('radio')).toHaveCount(2);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByRole('radio')).toHaveCount(3);
});
