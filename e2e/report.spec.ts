import { expect, type Page } from '@playwright/test';
import { test } from './fixtures';
import { Editor } from './fixtures';
import { downloadBytes, downloadFrom } from './helpers/io';
import { parseCsv, REPORT_TITLE, reportDoc, tableCells, tableHeadings } from './helpers/report';

/*
 * Hand-computed figures for reportDoc() (see e2e/helpers/report.ts):
 *
 * Lifetime value = 90 spend per visit × 2 visits per year × 3 years = 540.
 * Expected cost per month = customers × probability × (cost per failure + lost share × 540):
 *   Check in:                   1000 × 0.08 × (25 + 0.20 × 540) = 80 × 133  = 10,640
 *   Desk clerk registers guest: 1000 × 0.10 × (15 + 0.05 × 540) = 100 × 42  =  4,200
 *   入住房间 (no lost share):    1000 × 0.05 × 40                            =  2,000
 *   Total                                                                    = 16,840
 *
 * Customer time: the longest path Arrive (2) → Queue (0 + 12 wait) → Check in (5) → 入住房间 (10)
 *   → Check out (3 + 4 wait) = 36 min, of which 12 + 4 = 16 min waiting; the overall tolerance
 *   is 30 min, so it is over by 6 min.
 * Waits: Queue 12 vs 5 → over by 7; Check out 4 vs 10 → over by 0.
 *
 * Improvements (quickest payback first):
 *   Online pre-check-in: Check in 8 % → 2 %: benefit = 10,640 − 1000 × 0.02 × 133 = 10,640 −
 *     2,660 = 7,980 / month; payback = 6,000 / (7,980 − 400) = 0.79155… months (screen 0.8,
 *     CSV 0.7916); saves 12 − 3 = 9 min per customer at the queue.
 *   Housekeeping checklist: 入住房间 5 % → 1 %: benefit = 2,000 − 1000 × 0.01 × 40 = 1,600,
 *     below the running cost 2,500 → never pays back.
 *
 * Structure: 8 steps (evidence 1, customer 5, onstage 1, backstage 0, support 1), 6 flows,
 *   1 encounter (Check in ↔ Desk clerk crosses the line of interaction), 3 fail points, 2 waits.
 */

async function openReport(page: Page): Promise<Editor> {
  const editor = new Editor(page);
  await editor.open(reportDoc());
  await editor.button('Report').click();
  await expect(report(page)).toBeVisible();
  return editor;
}

function report(page: Page) {
  return page.getByRole('region', { name: `Report: ${REPORT_TITLE}` });
}

function table(page: Page, caption: string) {
  return report(page).getByRole('table', { name: caption });
}

test.describe('Report', () => {
  test('shows the facts, structure and customer time worked out from the document', async ({
    page,
  }) => {
    await openReport(page);
    await expect(page.getByRole('button', { name: 'Report', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.locator('.report').getByRole('heading', { level: 1 })).toHaveText(
      `Report: ${REPORT_TITLE}`,
    );
    await expect(page.locator('.report').getByRole('heading', { level: 1 })).toBeFocused();

    const facts = page.getByTestId('report-facts');
    await expect(facts).toContainText('Overnight stay at a city hotel');
    await expect(facts).toContainText('Business travellers');
    await expect(facts).toContainText('The guest arrives');
    await expect(facts).toContainText('The guest leaves');
    await expect(facts).toContainText('30 min');
    // 90 × 2 × 3 = 540
    await expect(facts.locator('div', { hasText: 'Customer lifetime value' })).toContainText(
      '$540',
    );

    expect(await tableCells(table(page, 'Structure counts'))).toEqual([
      ['Steps (complexity)', '8'],
      ['Customer actions', '5'],
      ['Flows', '6'],
      ['Encounters across the line of interaction', '1'],
      ['Fail points', '3'],
      ['Waits', '2'],
    ]);
    expect(await tableCells(table(page, 'Steps per lane'))).toEqual([
      ['Physical evidence', '1'],
      ['Customer actions', '5'],
      ['Onstage actions (visible contact employee)', '1'],
      ['Backstage actions (invisible contact employee)', '0'],
      ['Support processes', '1'],
    ]);

    const time = page.getByTestId('report-time');
    // 2 + 12 + 5 + 10 + 3 + 4 = 36; waiting 12 + 4 = 16; 36 − 30 = 6 over.
    await expect(time).toContainText('36 min');
    await expect(time).toContainText('16 min');
    await expect(time).toContainText('Over the tolerance by 6 min');
    await expect(time).toContainText(
      'Arrive at the hotel → Queue at the desk → Check in → 入住房间 → Check out',
    );
    await expect(report(page)).not.toContainText('NaN');
  });

  test('shows the fail-point, wait and improvement tables with the right figures', async ({
    page,
  }) => {
    await openReport(page);

    const failPoints = table(page, 'Fail points, costliest first');
    expect(await tableHeadings(failPoints)).toEqual([
      'Step',
      'What goes wrong',
      'Probability',
      'Cost per failure',
      'Customers lost',
      'Expected cost / month',
      'Recovery',
    ]);
    expect(await tableCells(failPoints)).toEqual([
      // 1000 × 0.08 × (25 + 0.2 × 540) = 10,640
      ['Check in', 'Booking not found', '8%', '$25', '20%', '$10,640', 'Upgrade and apologise'],
      // 1000 × 0.1 × (15 + 0.05 × 540) = 4,200
      [
        'Desk clerk registers guest',
        '=SUM(1,2) card reader "offline"',
        '10%',
        '$15',
        '5%',
        '$4,200',
        'Take payment by phone',
      ],
      // 1000 × 0.05 × 40 = 2,000; no lost share given → a dash
      ['入住房间', '房间未打扫', '5%', '$40', '—', '$2,000', '换房并致歉'],
    ]);
    // 10,640 + 4,200 + 2,000 = 16,840
    expect(await tableCells(failPoints, 'tfoot')).toEqual([
      ['Total', '', '', '', '', '$16,840', ''],
    ]);

    const waits = table(page, 'Waits, left to right');
    expect(await tableHeadings(waits)).toEqual(['Step', 'Expected wait', 'Tolerance', 'Over by']);
    expect(await tableCells(waits)).toEqual([
      ['Queue at the desk', '12 min', '5 min', '7 min'],
      ['Check out', '4 min', '10 min', '0 min'],
    ]);

    const improvements = table(page, 'Improvements, quickest payback first');
    expect(await tableHeadings(improvements)).toEqual([
      'Improvement',
      'Addresses',
      'One-off cost',
      'Running cost / month',
      'Benefit / month',
      'Payback (months)',
      'Status',
    ]);
    expect(await tableCells(improvements)).toEqual([
      // benefit 10,640 − 2,660 = 7,980; payback 6,000 / 7,580 = 0.79 → 0.8; 12 − 3 = 9 min saved
      [
        'Online pre-check-in',
        'Check in; Queue at the desk',
        '$6,000',
        '$400',
        '$7,980 | 9 min saved per customer',
        '0.8',
        'Planned',
      ],
      // benefit 2,000 − 400 = 1,600 < running 2,500 → never
      ['Housekeeping checklist, 清洁检查', '入住房间', '$500', '$2,500', '$1,600', 'never', 'Idea'],
    ]);
  });

  test('downloads the three tables as CSV with a BOM, plain numbers and Chinese intact', async ({
    page,
  }) => {
    await openReport(page);

    const failDownload = await downloadFrom(page, () =>
      page.getByRole('button', { name: 'Download fail points CSV' }).click(),
    );
    expect(failDownload.suggestedFilename()).toBe(`${REPORT_TITLE} - fail points.csv`);
    expect(parseCsv(await downloadBytes(failDownload))).toEqual([
      [
        'step',
        'risk',
        'probability_pct',
        'cost_per_failure',
        'lost_share_pct',
        'expected_cost_per_month',
        'recovery',
        'currency',
      ],
      ['Check in', 'Booking not found', '8', '25', '20', '10640', 'Upgrade and apologise', 'USD'],
      // A risk that starts with "=" is disarmed with a leading quote; its comma and quotes survive.
      [
        'Desk clerk registers guest',
        `'=SUM(1,2) card reader "offline"`,
        '10',
        '15',
        '5',
        '4200',
        'Take payment by phone',
        'USD',
      ],
      ['入住房间', '房间未打扫', '5', '40', '', '2000', '换房并致歉', 'USD'],
    ]);

    const waitDownload = await downloadFrom(page, () =>
      page.getByRole('button', { name: 'Download waits CSV' }).click(),
    );
    expect(waitDownload.suggestedFilename()).toBe(`${REPORT_TITLE} - waits.csv`);
    expect(parseCsv(await downloadBytes(waitDownload))).toEqual([
      ['step', 'expected_min', 'tolerance_min', 'over_by_min'],
      ['Queue at the desk', '12', '5', '7'],
      ['Check out', '4', '10', '0'],
    ]);

    const improvementDownload = await downloadFrom(page, () =>
      page.getByRole('button', { name: 'Download improvements CSV' }).click(),
    );
    expect(improvementDownload.suggestedFilename()).toBe(`${REPORT_TITLE} - improvements.csv`);
    const bytes = await downloadBytes(improvementDownload);
    expect(parseCsv(bytes)).toEqual([
      [
        'title',
        'addresses',
        'one_off_cost',
        'running_cost_per_month',
        'benefit_per_month',
        'payback_months',
        'status',
      ],
      // 6000 / (7980 − 400) = 0.791556… → 4 decimals
      [
        'Online pre-check-in',
        'Check in; Queue at the desk',
        '6000',
        '400',
        '7980',
        '0.7916',
        'planned',
      ],
      ['Housekeeping checklist, 清洁检查', '入住房间', '500', '2500', '1600', 'never', 'idea'],
    ]);
    // The Chinese title is UTF-8 right after the BOM-led header line, quoted for its comma.
    expect(bytes.includes(Buffer.from('"Housekeeping checklist, 清洁检查"', 'utf8'))).toBe(true);
  });

  test('shows the whole blueprint as a picture drawn from the document', async ({ page }) => {
    await openReport(page);
    const image = report(page).getByRole('img', { name: /blueprint "Hotel stay report"/ });
    await expect(image).toBeVisible({ timeout: 15_000 });
    const size = await image.evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      return { natural: img.naturalWidth, shown: img.getBoundingClientRect().width };
    });
    expect(size.natural).toBeGreaterThan(0);
    expect(size.shown).toBeGreaterThan(0);
    expect(await image.getAttribute('src')).toMatch(/^blob:/);
    await expect(report(page).getByText('Drawing the blueprint picture')).toHaveCount(0);
  });

  test('prints the report alone: no toolbar, canvas, side panel or buttons', async ({ page }) => {
    await openReport(page);
    await expect(report(page).getByRole('img', { name: /blueprint/ })).toBeVisible({
      timeout: 15_000,
    });
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.getByRole('button', { name: 'Print', exact: true }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('toolbar')).toBeHidden();
    await expect(page.locator('.react-flow')).toBeHidden();
    await expect(page.locator('.side-panel')).toBeHidden();
    await expect(page.locator('.status-bar')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Back to editor' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Download waits CSV' })).toBeHidden();
    await expect(page.locator('.report').getByRole('heading', { level: 1 })).toBeVisible();
    await expect(table(page, 'Fail points, costliest first')).toBeVisible();
    await expect(report(page).getByRole('img', { name: /blueprint/ })).toBeVisible();

    // Chromium's PDF honours @page: A4 landscape is 297 × 210 mm = 842 × 595 pt.
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
    const boxes = [
      ...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g),
    ];
    expect(boxes.length).toBeGreaterThan(1);
    for (const [, width, height] of boxes) {
      expect(Number(width)).toBeCloseTo(842, -1);
      expect(Number(height)).toBeCloseTo(595, -1);
    }

    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByRole('toolbar')).toBeVisible();
  });

  test('Back to editor and Escape close it; the editor under it is untouched', async ({ page }) => {
    const editor = await openReport(page);
    await page.getByRole('button', { name: 'Back to editor' }).click();
    await expect(report(page)).toHaveCount(0);
    await expect(editor.step('Check in')).toBeVisible();

    // A step selected before opening the report cannot be deleted by keys pressed in it.
    await editor.step('Check in').click();
    await editor.button('Report').click();
    await expect(report(page)).toBeVisible();
    await expect(page.locator('.canvas-area')).toHaveAttribute('inert', '');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Escape');
    await expect(report(page)).toHaveCount(0);
    await expect(page.locator('.canvas-area')).not.toHaveAttribute('inert');
    await expect(editor.step('Check in')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Report', exact: true })).toBeFocused();

    // The toolbar button toggles it too.
    await editor.button('Report').click();
    await expect(report(page)).toBeVisible();
    await editor.button('Report').click();
    await expect(report(page)).toHaveCount(0);
  });
});
