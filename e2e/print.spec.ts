import { expect, type Page } from '@playwright/test';
import { test } from './fixtures';
import { Editor, example, type SavedDoc } from './fixtures';
import { blueprintDoc, step } from './helpers/io';

/**
 * Printing the canvas: "Print…" (A4 or A3 landscape) and Ctrl+P print the whole blueprint,
 * fitted to one landscape page, with its title; with the report open, Ctrl+P prints the report.
 *
 * `window.print` is replaced by a recorder (a real print dialog would block the page); the test
 * then looks at the page as it prints (print media) and makes the PDF the browser would print.
 */

/** Page sizes in PDF points: A4 landscape 297 × 210 mm, A3 landscape 420 × 297 mm. */
const A4 = { width: 842, height: 595 };
const A3 = { width: 1191, height: 842 };
/** CSS pixels per millimetre. */
const PX_PER_MM = 96 / 25.4;

interface PrintCall {
  /** Whether the canvas print view was on the page when print() was called. */
  printView: boolean;
  report: boolean;
}

/** Records `window.print()` calls and whether Ctrl+P reached the browser unhandled. */
async function recordPrints(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log = window as unknown as { printCalls: PrintCall[]; unhandledCtrlP: number };
    log.printCalls = [];
    log.unhandledCtrlP = 0;
    window.print = () => {
      log.printCalls.push({
        printView: document.querySelector('.print-view') !== null,
        report: document.querySelector('.report') !== null,
      });
    };
    window.addEventListener('keydown', (e) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'p' && !e.defaultPrevented)
        log.unhandledCtrlP++;
    });
  });
}

async function printCalls(page: Page): Promise<PrintCall[]> {
  return page.evaluate(() => (window as unknown as { printCalls: PrintCall[] }).printCalls);
}

async function openWithPrintRecorder(page: Page, doc: SavedDoc, url = '/'): Promise<Editor> {
  await recordPrints(page);
  const editor = new Editor(page);
  await editor.open(doc);
  if (url !== '/') {
    await page.goto(url);
    await expect(page.locator('.react-flow__pane')).toBeVisible();
  }
  return editor;
}

interface PdfPages {
  count: number;
  boxes: { width: number; height: number }[];
}

/**
 * Page objects and their MediaBoxes, read from the PDF's uncompressed object dictionaries
 * (`/Type /Page`, not `/Pages`); Chromium writes a MediaBox per page or on the page tree.
 */
function pdfPages(pdf: Buffer): PdfPages {
  const text = pdf.toString('latin1');
  const count = [...text.matchAll(/\/Type\s*\/Page(?![A-Za-z])/g)].length;
  const boxes = [
    ...text.matchAll(/\/MediaBox\s*\[\s*(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s*\]/g),
  ].map(([, x0, y0, x1, y1]) => ({
    width: Number(x1) - Number(x0),
    height: Number(y1) - Number(y0),
  }));
  return { count, boxes };
}

async function printedPdf(page: Page): Promise<PdfPages> {
  return pdfPages(await page.pdf({ preferCSSPageSize: true }));
}

function expectPaper(pages: PdfPages, paper: { width: number; height: number }): void {
  expect(pages.boxes.length).toBeGreaterThan(0);
  for (const box of pages.boxes) {
    expect(Math.abs(box.width - paper.width)).toBeLessThanOrEqual(2);
    expect(Math.abs(box.height - paper.height)).toBeLessThanOrEqual(2);
  }
}

/** Each printed card's label, lines joined, without spaces (wrapping may split anywhere). */
async function printedStepLabels(page: Page): Promise<string[]> {
  return page.locator('.print-view g.step').evaluateAll((steps) =>
    steps.map((g) =>
      [...(g.querySelector('text')?.querySelectorAll('tspan') ?? [])]
        .map((span) => span.textContent ?? '')
        .join('')
        .replace(/\s+/g, ''),
    ),
  );
}

const squeeze = (label: string) => label.replace(/\s+/g, '');

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/**
 * The print view, its header and the blueprint as drawn (the SVG's background rectangle covers
 * the whole blueprint), measured as laid out for print; and the drawing's natural size.
 */
async function printedLayout(page: Page) {
  return page.locator('.print-view').evaluate((view) => {
    const svg = view.querySelector('svg')!;
    const box = (el: Element): Box => {
      const { left, top, right, bottom, width, height } = el.getBoundingClientRect();
      return { left, top, right, bottom, width, height };
    };
    return {
      view: box(view),
      header: box(view.querySelector('header')!),
      drawn: box(svg.querySelector(':scope > rect')!),
      natural: {
        width: Number(svg.getAttribute('width')),
        height: Number(svg.getAttribute('height')),
      },
    };
  });
}

/** The whole drawing is on the page, right under the header, its aspect kept, never enlarged. */
function expectFitted(layout: Awaited<ReturnType<typeof printedLayout>>): void {
  const { view, header, drawn, natural } = layout;
  expect(drawn.left).toBeGreaterThanOrEqual(view.left - 0.5);
  expect(drawn.right).toBeLessThanOrEqual(view.right + 0.5);
  expect(drawn.top).toBeGreaterThanOrEqual(header.bottom);
  expect(drawn.top - header.bottom).toBeLessThan(20);
  expect(drawn.bottom).toBeLessThanOrEqual(view.bottom + 0.5);
  expect(drawn.width / drawn.height).toBeCloseTo(natural.width / natural.height, 1);
  expect(drawn.width).toBeLessThanOrEqual(natural.width + 0.5);
}

test.describe('printing the canvas', () => {
  test('Print… → A3 landscape prints the whole hotel blueprint on one A3 landscape page, with its title; Ctrl+P then keeps A3', async ({
    page,
  }) => {
    const doc = example();
    await openWithPrintRecorder(page, doc);
    const toolbar = page.getByRole('toolbar');

    // Given the Print… menu, A4 is the paper until another is chosen.
    await toolbar.getByRole('button', { name: /^Print/ }).click();
    const menu = page.getByRole('menu', { name: 'Paper size' });
    await expect(menu.getByRole('menuitemradio', { name: 'A4 landscape' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    // When A3 landscape is chosen
    await menu.getByRole('menuitemradio', { name: 'A3 landscape' }).click();

    // Then the browser is asked to print once, with the canvas print view in place.
    await expect(menu).toBeHidden();
    expect(await printCalls(page)).toEqual([{ printView: true, report: false }]);

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('toolbar')).toBeHidden();
    await expect(page.locator('.react-flow')).toBeHidden();
    await expect(page.locator('.side-panel')).toBeHidden();
    await expect(page.locator('.status-bar')).toBeHidden();
    const view = page.locator('.print-view');
    await expect(view).toBeVisible();
    await expect(view.getByRole('heading', { level: 1 })).toHaveText(doc.title);
    const { service } = doc.meta as { service: string };
    await expect(view).toContainText(`Service: ${service}`);
    expect((await printedStepLabels(page)).sort()).toEqual(
      doc.steps.map((s) => squeeze(s.label)).sort(),
    );

    // The drawing fills the page area (A3: 400 mm wide inside 10 mm margins), uncropped.
    const layout = await printedLayout(page);
    expect(layout.view.width).toBeCloseTo(400 * PX_PER_MM, 0);
    expectFitted(layout);

    const pages = await printedPdf(page);
    expect(pages.count).toBe(1);
    expectPaper(pages, A3);

    // Back on screen the editor is as it was; Ctrl+P now prints on A3 too.
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByRole('toolbar')).toBeVisible();
    await expect(view).toBeHidden();
    await page.keyboard.press('Control+p');
    expect(await printCalls(page)).toHaveLength(2);
    await expect(view).toHaveAttribute('data-paper', 'A3');
    await page.emulateMedia({ media: 'print' });
    expectPaper(await printedPdf(page), A3);
  });

  test('Ctrl+P prints a Chinese blueprint on one A4 landscape page instead of the app page', async ({
    page,
  }) => {
    const doc = example('hotel-overnight-stay.zh-CN');
    await openWithPrintRecorder(page, doc, '/?lang=zh-CN');

    await page.keyboard.press('Control+p');

    const calls = await printCalls(page);
    expect(calls).toEqual([{ printView: true, report: false }]);
    // The browser's own Ctrl+P (printing the app page as it is) was prevented.
    expect(
      await page.evaluate(() => (window as unknown as { unhandledCtrlP: number }).unhandledCtrlP),
    ).toBe(0);

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('toolbar')).toBeHidden();
    const view = page.locator('.print-view');
    await expect(view.getByRole('heading', { level: 1, name: '酒店住宿' })).toBeVisible();
    await expect(view).toContainText('服务：在城市中档酒店住宿一晚');
    await expect(view).toContainText('打印于');
    const labels = await printedStepLabels(page);
    expect(labels.sort()).toEqual(doc.steps.map((s) => squeeze(s.label)).sort());
    expect(labels).toContain('办理入住');

    const pages = await printedPdf(page);
    expect(pages.count).toBe(1);
    expectPaper(pages, A4);
  });

  test('a blueprint far wider than the page is scaled down onto one page, not cropped', async ({
    page,
  }) => {
    const steps = Array.from({ length: 40 }, (_, i) =>
      step(`c${i}`, 'customer', i * 240, `Step number ${i + 1}`),
    );
    const doc = blueprintDoc({ title: 'A long journey', steps });
    await openWithPrintRecorder(page, doc);

    await page.keyboard.press('Control+p');
    await page.emulateMedia({ media: 'print' });

    const layout = await printedLayout(page);
    // A4 landscape inside 10 mm margins: 277 mm wide.
    expect(layout.view.width).toBeCloseTo(277 * PX_PER_MM, 0);
    expect(layout.natural.width).toBeGreaterThan(9000);
    expectFitted(layout);
    // Scaled down to the page's width: about a tenth of its natural size.
    expect(layout.drawn.width).toBeCloseTo(layout.view.width, 0);
    expect(await printedStepLabels(page)).toContain('Stepnumber40');

    const pages = await printedPdf(page);
    expect(pages.count).toBe(1);
    expectPaper(pages, A4);
  });

  test('a small blueprint prints at its natural size, not blown up to the page', async ({
    page,
  }) => {
    const steps = [step('c1', 'customer', 0, 'Order'), step('c2', 'customer', 240, 'Pay')];
    await openWithPrintRecorder(page, blueprintDoc({ title: 'Two steps', steps }));

    // A3: the page is wider than even the narrowest blueprint (lanes span at least 1,416 px).
    await page
      .getByRole('toolbar')
      .getByRole('button', { name: /^Print/ })
      .click();
    await page.getByRole('menuitemradio', { name: 'A3 landscape' }).click();
    await page.emulateMedia({ media: 'print' });

    const layout = await printedLayout(page);
    expectFitted(layout);
    expect(layout.natural.width).toBeLessThan(layout.view.width - 50);
    expect(layout.natural.height).toBeLessThan(layout.view.bottom - layout.header.bottom - 50);
    expect(layout.drawn.width).toBeCloseTo(layout.natural.width, 0);
    expect(await printedPdf(page)).toMatchObject({ count: 1 });
  });

  test('with the report open, Ctrl+P prints the report as before', async ({ page }) => {
    const editor = await openWithPrintRecorder(page, example());
    await editor.button('Report').click();
    const report = page.locator('.report');
    await expect(report).toBeVisible();

    await page.keyboard.press('Control+p');

    expect(await printCalls(page)).toEqual([{ printView: false, report: true }]);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('toolbar')).toBeHidden();
    await expect(page.locator('.print-view')).toHaveCount(0);
    await expect(report.getByRole('heading', { level: 1 })).toBeVisible();
    // The report's own page: A4 landscape, as many pages as it needs.
    const pages = await printedPdf(page);
    expect(pages.count).toBeGreaterThan(1);
    expectPaper(pages, A4);
  });

  test("the browser's own Print menu prints the canvas too, and the page is restored after", async ({
    page,
  }) => {
    const editor = await openWithPrintRecorder(page, example());
    const view = page.locator('.print-view');

    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await expect(view).toBeVisible();
    await expect(page.getByRole('toolbar')).toBeHidden();
    expectPaper(await printedPdf(page), A4);

    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(view).toHaveCount(0);
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByRole('toolbar')).toBeVisible();

    // With the report open, the browser's menu prints the report.
    await editor.button('Report').click();
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(view).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.report').getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('the paper menu works from the keyboard and Escape closes it', async ({ page }) => {
    await openWithPrintRecorder(page, example());
    const button = page.getByRole('toolbar').getByRole('button', { name: /^Print/ });

    await button.focus();
    await page.keyboard.press('Enter');
    const a4 = page.getByRole('menuitemradio', { name: 'A4 landscape' });
    await expect(a4).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitemradio', { name: 'A3 landscape' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toHaveCount(0);
    await expect(button).toBeFocused();
    expect(await printCalls(page)).toEqual([]);

    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await printCalls(page)).toEqual([{ printView: true, report: false }]);
    await expect(page.locator('.print-view')).toHaveAttribute('data-paper', 'A3');
    await expect(button).toBeFocused();
  });
});
