import { expect, type Page } from '@playwright/test';
import { test } from './fixtures';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Editor, example, type SavedDoc } from './fixtures';
import { downloadBytes, downloadFrom, pngSize } from './helpers/io';

const ZH_LANES = ['有形展示', '顾客行为', '前台员工行为', '后台员工行为', '支持过程'];
const ZH_LINES = ['互动分界线', '可视分界线', '内部互动分界线'];

/** Every English UI string of two or more words, from the English dictionary's source files. */
function englishPhrases(): string[] {
  const files = readdirSync(fileURLToPath(new URL('../src/i18n/en/', import.meta.url)))
    .map((name) => `../src/i18n/en/${name}`)
    .concat('../src/i18n/en.ts');
  const phrases = new Set<string>();
  for (const file of files) {
    const text = readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8');
    for (const match of text.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)) {
      const value = (match[1] ?? match[2] ?? '').replace(/\{\w+\}/g, ' ').trim();
      // Whole phrases only (keys like 'check.titleNamed' have no spaces).
      if (/^[A-Z][A-Za-z,'’ ().-]+ [A-Za-z,'’ ().-]+$/.test(value) && value.split(' ').length >= 2)
        phrases.add(value);
    }
  }
  return [...phrases];
}

/** Visible text and the names screen readers hear, in the main views. */
async function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.body.innerText];
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if ((el as HTMLElement).closest('[hidden], [inert]')) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(name);
        if (value) parts.push(value);
      }
    }
    return parts.join('\n');
  });
}

/** English words that may stand in a Chinese screen: symbols, codes, file types, the language name. */
const ALLOWED = new Set([
  'Ctrl',
  'Shift',
  'F',
  'W',
  'English',
  'PNG',
  'SVG',
  'PDF',
  'CSV',
  'JSON',
  'USD',
  'CNY',
  'EUR',
  'GBP',
  'JPY',
  'HKD',
  'TWD',
  'SGD',
  'AUD',
  'CAD',
  'CHF',
  'INR',
]);

async function expectNoEnglish(page: Page, where: string) {
  const text = await shownText(page);
  const leftovers = englishPhrases().filter((phrase) => text.includes(phrase));
  expect(leftovers, `English UI strings in ${where}`).toEqual([]);
  const words = [...text.matchAll(/[A-Za-z]{2,}/g)].map((m) => m[0]).filter((w) => !ALLOWED.has(w));
  expect([...new Set(words)], `stray English words in ${where}`).toEqual([]);
}

test('?lang=zh-CN shows the editor in Chinese, with the standard lane and line names', async ({
  page,
}) => {
  await page.goto('/?lang=zh-CN');
  await expect(page.locator('[data-lane-header]')).toHaveText(ZH_LANES);
  await expect(page.locator('.line-label')).toHaveText(ZH_LINES);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expectNoEnglish(page, 'the empty editor');
});

test('the language switch translates the UI and standard lanes, keeps renamed lanes, and is remembered', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open();
  await page.locator('[data-lane-header="support"] .lane-name').click();
  await page.getByRole('textbox', { name: 'Lane name' }).fill('IT systems');
  await page.keyboard.press('Enter');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page.locator('[data-lane-header]')).toHaveText([
    ...ZH_LANES.slice(0, 4),
    'IT systems',
  ]);
  await expect(page.getByRole('button', { name: '新建', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.locator('[data-lane-header="customer"]')).toHaveText('顾客行为');
  await expect(page.getByRole('combobox', { name: '语言' })).toHaveValue('zh-CN');
  // The URL wins over the remembered choice.
  await page.goto('/?lang=en');
  await expect(page.getByRole('button', { name: 'New', exact: true })).toBeVisible();
});

test('a Chinese teacher meets no English in the toolbar, guide, inspector, gallery and report', async ({
  page,
}) => {
  await page.goto('/?lang=zh-CN');
  await page.getByRole('button', { name: '文件', exact: true }).click();
  await page.getByRole('menuitem', { name: '从示例新建' }).click();
  const gallery = page.getByRole('dialog');
  await expect(gallery.locator('.gallery-card')).toHaveCount(6);
  await expectNoEnglish(page, 'the gallery');
  await gallery.locator('[data-example="hotel-overnight-stay"]').click();
  await expect(page.getByRole('textbox', { name: '蓝图标题' })).toHaveValue('酒店住宿');
  await expectNoEnglish(page, 'the editor with the hotel');

  await page.locator('.react-flow__node-step').first().click();
  await expectNoEnglish(page, 'the inspector');

  await page.getByRole('button', { name: '向导', exact: true }).click();
  for (let n = 1; n <= 6; n++) {
    await page
      .getByRole('navigation')
      .getByRole('button', { name: new RegExp(`^第 ?${n} ?步`) })
      .click();
    await expectNoEnglish(page, `guide step ${n}`);
  }

  await page.getByRole('button', { name: '报告', exact: true }).click();
  // The picture is drawn from the document (as for Export SVG); give a loaded machine time.
  await expect(page.locator('.report img')).toBeVisible({ timeout: 20_000 });
  await expectNoEnglish(page, 'the report');
});

test('a Chinese example exports to a PNG that is not blank', async ({ page }) => {
  const zh = JSON.parse(
    readFileSync(
      fileURLToPath(new URL('../examples/coffee-shop-order.zh-CN.blueprint.json', import.meta.url)),
      'utf8',
    ),
  ) as SavedDoc;
  const editor = new Editor(page);
  await editor.open(zh);
  const download = await downloadFrom(page, () => editor.button('Export PNG').click());
  const bytes = await downloadBytes(download);
  const { width, height } = pngSize(bytes);
  expect(width).toBeGreaterThan(1000);
  const dark = await page.evaluate(
    async (dataUrl) => {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let count = 0;
      for (let i = 0; i < pixels.length; i += 4)
        if (pixels[i]! < 80 && pixels[i + 1]! < 80 && pixels[i + 2]! < 80) count++;
      return count;
    },
    `data:image/png;base64,${bytes.toString('base64')}`,
  );
  expect(height).toBeGreaterThan(500);
  // Text, lines and arrows: thousands of dark pixels on the white image.
  expect(dark).toBeGreaterThan(5000);
});

const GALLERY = [
  'hotel-overnight-stay',
  'coffee-shop-order',
  'bank-branch-visit',
  'appliance-repair-visit',
  'hospital-outpatient-visit',
  'online-order-delivery',
];

for (const name of GALLERY) {
  test(`the ${name} example opens from the gallery, and its report has no missing figure`, async ({
    page,
  }) => {
    const editor = new Editor(page);
    await editor.open();
    const file = example(name);
    await editor.command('File', 'New from example');
    await page.getByRole('dialog').locator(`[data-example="${name}"]`).click();
    await expect(page.getByRole('textbox', { name: 'Blueprint title' })).toHaveValue(file.title);
    await expect(editor.steps()).toHaveCount(file.steps.length);
    await editor.button('Report').click();
    const report = page.locator('.report');
    await expect(report.locator('table').first()).toBeVisible();
    const text = await report.innerText();
    expect(text).not.toContain('NaN');
    expect(text).not.toContain('Infinity');
    for (const table of await report.locator('table').all())
      expect(await table.innerText()).not.toContain('—');
  });
}
