import { expect, type Page } from '@playwright/test';
import { Editor, example, test } from './fixtures';
import { downloadBytes, downloadFrom } from './helpers/io';

/** The page background in each theme (the --bg token of styles.css). */
const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(15, 20, 28)';
const THEME_KEY = 'service-blueprint-studio:theme';

async function expectTheme(page: Page, background: string, flowClass: 'light' | 'dark') {
  await expect(page.locator('html')).toHaveCSS('background-color', background);
  await expect(page.locator('.react-flow')).toHaveClass(new RegExp(`\\b${flowClass}\\b`));
}

test('the theme follows the system until chosen; the choice survives a reload', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const editor = new Editor(page);
  await editor.open(example());
  const theme = page.getByRole('combobox', { name: 'Theme' });
  await expect(theme).toHaveValue('system');
  await expectTheme(page, DARK_BG, 'dark');
  // Cards and text follow: light text on a dark card.
  const card = editor.step('Check in').locator('.step-card');
  await expect(card).toHaveCSS('color', 'rgb(229, 231, 235)');

  // The system turns light: so does the editor, without a reload.
  await page.emulateMedia({ colorScheme: 'light' });
  await expectTheme(page, LIGHT_BG, 'light');
  await expect(card).toHaveCSS('color', 'rgb(31, 41, 55)');

  // Chosen dark, it stays dark against a light system, and after a reload.
  await theme.selectOption({ label: 'Dark theme' });
  await expectTheme(page, DARK_BG, 'dark');
  expect(await page.evaluate((key) => localStorage.getItem(key), THEME_KEY)).toBe('dark');
  await page.reload();
  await expect(page.locator('.react-flow__pane')).toBeVisible();
  await expect(theme).toHaveValue('dark');
  await expectTheme(page, DARK_BG, 'dark');

  // Chosen light, it stays light against a dark system; "System" follows it again.
  await page.emulateMedia({ colorScheme: 'dark' });
  await theme.selectOption({ label: 'Light theme' });
  await expectTheme(page, LIGHT_BG, 'light');
  await theme.selectOption({ label: 'System theme' });
  await expectTheme(page, DARK_BG, 'dark');
  expect(await page.evaluate((key) => localStorage.getItem(key), THEME_KEY)).toBe('system');
});

test('in the dark theme an exported SVG is still drawn on white, in its own colours', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(example());
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expectTheme(page, DARK_BG, 'dark');

  const download = await downloadFrom(page, () => editor.button('Export SVG').click());
  const svg = (await downloadBytes(download)).toString('utf8');
  expect(svg, 'no colour of the page leaks into the file').not.toContain('var(--');
  const drawn = await page.evaluate((text) => {
    const xml = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = xml.documentElement as unknown as SVGSVGElement;
    const background = root.querySelector(':scope > rect');
    const card = root.querySelector('#steps rect');
    const label = root.querySelector('#steps text');
    return {
      background: background?.getAttribute('fill'),
      covers:
        Math.abs(Number(background?.getAttribute('width')) - root.viewBox.baseVal.width) < 0.01 &&
        Math.abs(Number(background?.getAttribute('height')) - root.viewBox.baseVal.height) < 0.01,
      card: card?.getAttribute('fill'),
      label: label?.getAttribute('fill'),
    };
  }, svg);
  expect(drawn).toEqual({ background: '#fff', covers: true, card: '#fff', label: '#1f2937' });
});
