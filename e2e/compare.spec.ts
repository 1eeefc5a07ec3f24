import { expect, type Page } from '@playwright/test';
import { Editor, example, test, type SavedDoc } from './fixtures';

/**
 * Compare with a reference: a student's copy of the coffee example, damaged three ways, checked
 * against the example itself. The list names exactly those three faults, the canvas marks them,
 * a finding shows its step, the score follows edits, and neither blueprint changes.
 */

function damagedCoffee(name = 'coffee-shop-order'): SavedDoc {
  const doc = example(name);
  doc.title = 'Coffee (student)';
  doc.steps.find((s) => s.id === 'o-take-payment')!.lane = 'backstage';
  doc.steps = doc.steps.filter((s) => s.id !== 'c-read-menu');
  doc.flows = doc.flows.filter((f) => f.from !== 'c-read-menu' && f.to !== 'c-read-menu');
  delete doc.steps.find((s) => s.id === 'o-hand-over')!.failPoint;
  return doc;
}

async function compareWithCoffeeExample(editor: Editor): Promise<void> {
  await editor.command('File', 'Compare with…');
  const dialog = editor.page.getByRole('dialog', { name: 'Compare with a reference' });
  await dialog.getByRole('button', { name: 'Coffee-shop order' }).click();
  await expect(dialog).toBeHidden();
}

function panel(page: Page) {
  return page.getByRole('region', { name: /^Compared with/ });
}

function inView(page: Page) {
  return async (label: string, editor: Editor) => {
    const pane = (await page.locator('.react-flow').boundingBox())!;
    const card = (await editor.step(label).boundingBox())!;
    expect(card.x).toBeGreaterThanOrEqual(pane.x);
    expect(card.x + card.width).toBeLessThanOrEqual(pane.x + pane.width);
  };
}

test('a damaged copy shows exactly its three faults, on the canvas and in the list', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(damagedCoffee());
  const before = await editor.savedDoc();
  await compareWithCoffeeExample(editor);

  const compare = panel(page);
  await expect(compare).toBeVisible();
  const findings = compare.locator('.compare-finding');
  await expect(findings).toHaveText([
    /“Read the menu board” is missing from Customer actions/,
    /“Take payment” is in Backstage actions.*the reference has it in Onstage actions.*across the line of visibility/,
    /“Call the name and hand over” has no fail point/,
  ]);
  await expect(compare.getByTestId('compare-score')).toHaveText(/Score: \d+ of 100/);
  const score = Number(
    (await compare.getByTestId('compare-score').textContent())!.match(/\d+/)![0],
  );
  expect(score).toBeGreaterThan(80);
  expect(score).toBeLessThan(100);
  await compare.getByText('How the score is counted').click();
  await expect(compare.getByText(/Steps, [\d.]+ of 50/)).toBeVisible();

  // On the canvas: the two steps with a fault outlined, the missing one as a ghost.
  await expect(page.getByTestId('compare-mark')).toHaveCount(2);
  await expect(page.getByTestId('compare-ghost')).toHaveText('Missing: Read the menu board');

  // A finding selects its step and brings it into view.
  await page.getByRole('button', { name: 'Zoom In' }).click();
  await page.getByRole('button', { name: 'Zoom In' }).click();
  await findings.nth(2).click();
  const handOver = editor.step('Call the name and hand over');
  await expect(handOver.locator('.step-card')).toHaveClass(/is-selected/);
  await expect(async () => inView(page)('Call the name and hand over', editor)).toPass();

  // Read-only: the blueprint is as it was (only the view moved).
  expect({ ...(await editor.savedDoc()), view: null }).toEqual({ ...before, view: null });

  // The list follows edits: give the step its fail point back.
  await page.getByRole('tab', { name: 'Inspector' }).click();
  await page.getByRole('checkbox', { name: 'Fail point' }).check();
  await page.getByRole('tab', { name: 'Compare' }).click();
  await expect(findings.nth(2)).toHaveText(
    '“Call the name and hand over”: the fail point has no probability or cost',
  );
  const after = Number(
    (await compare.getByTestId('compare-score').textContent())!.match(/\d+/)![0],
  );
  expect(after).toBeGreaterThan(score);

  await compare.getByRole('button', { name: 'Stop comparing' }).click();
  await expect(page.getByRole('tab', { name: 'Compare' })).toHaveCount(0);
  await expect(page.getByTestId('compare-mark')).toHaveCount(0);
});

test('the reference can come from a file; a bad file says why and changes nothing', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(damagedCoffee());
  const before = await editor.savedDoc();
  await editor.command('File', 'Compare with…');
  const dialog = page.getByRole('dialog', { name: 'Compare with a reference' });
  await dialog.getByTestId('compare-file-input').setInputFiles({
    name: 'broken.blueprint.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"service-blueprint","version":2,"title":'),
  });
  await expect(dialog.getByRole('alert')).toContainText('broken.blueprint.json');
  await expect(dialog).toBeVisible();

  await dialog.getByTestId('compare-file-input').setInputFiles({
    name: 'answer.blueprint.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(example('coffee-shop-order'))),
  });
  await expect(dialog).toBeHidden();
  await expect(panel(page).locator('.compare-finding')).toHaveCount(3);
  expect(await editor.savedDoc()).toEqual(before);
});

test('a missing step is brought into view where it would go', async ({ page }) => {
  const editor = new Editor(page);
  await editor.open(damagedCoffee());
  await compareWithCoffeeExample(editor);
  // Far to the right: the ghost for "Read the menu board" (x 480) leaves the pane.
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom In' }).click();
  await page.locator('.react-flow__pane').hover();
  await page.mouse.wheel(3000, 0);
  await panel(page).locator('.compare-finding').first().click();
  const ghost = page.getByTestId('compare-ghost');
  await expect(async () => {
    const pane = (await page.locator('.react-flow').boundingBox())!;
    const box = (await ghost.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(pane.x);
    expect(box.x + box.width).toBeLessThanOrEqual(pane.x + pane.width);
  }).toPass();
});

test('a missing step’s ghost moves below a card drawn where it would go', async ({ page }) => {
  const editor = new Editor(page);
  const doc = damagedCoffee();
  const menu = example('coffee-shop-order').steps.find((s) => s.id === 'c-read-menu')!;
  doc.steps.push({ ...menu, id: 'c-other', label: 'Look at the cakes', x: menu.x + 20 });
  await editor.open(doc);
  await compareWithCoffeeExample(editor);
  const ghost = (await page.getByTestId('compare-ghost').boundingBox())!;
  const card = (await editor.step('Look at the cakes').boundingBox())!;
  expect(ghost.y).toBeGreaterThanOrEqual(card.y + card.height);
  const lane = (await page.locator('[data-lane-band="customer"]').boundingBox())!;
  expect(ghost.y + ghost.height).toBeLessThanOrEqual(lane.y + lane.height);
});

test('compare works in Chinese, with the rule spelled out', async ({ page }) => {
  const editor = new Editor(page);
  await editor.open(damagedCoffee('coffee-shop-order.zh-CN'));
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await page.getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: '与参考对比…' }).click();
  const dialog = page.getByRole('dialog', { name: '与参考蓝图对比' });
  await dialog.locator('[data-example="coffee-shop-order"]').click();
  const compare = page.getByRole('region', { name: /^与“/ });
  await expect(compare.locator('.compare-finding')).toHaveCount(3);
  await expect(compare.getByTestId('compare-score')).toHaveText(/得分：\d+ \/ 100/);
  await compare.getByText('得分如何计算').click();
  await expect(compare.getByText(/中文按字/)).toBeVisible();
});
