import { expect, type Page } from '@playwright/test';
import { Editor, test } from './fixtures';
import { downloadBytes, downloadFrom, pngSize } from './helpers/io';
import { REPORT_TITLE, reportDoc } from './helpers/report';

/**
 * Export report as PNG: the report's own HTML drawn by html-to-image, for slides. The PNG is the
 * report page at twice its size, is not blank, and holds the blueprint picture and the tables.
 */

interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Share of pixels in a region of the PNG that differ from its top-left pixel (the page colour)
 * by more than `threshold` (the sum over red, green and blue).
 */
async function inkShare(page: Page, png: Buffer, region: Region, threshold = 60): Promise<number> {
  return page.evaluate(
    async ({ base64, region, threshold }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const paper = context.getImageData(0, 0, 1, 1).data;
      const { data } = context.getImageData(region.x, region.y, region.width, region.height);
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) {
        const far =
          Math.abs(data[i]! - paper[0]!) +
          Math.abs(data[i + 1]! - paper[1]!) +
          Math.abs(data[i + 2]! - paper[2]!);
        if (far > threshold) ink++;
      }
      return ink / (data.length / 4);
    },
    { base64: png.toString('base64'), region, threshold },
  );
}

test('Export report as PNG downloads the whole report as one picture, blueprint included', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(reportDoc());
  await editor.button('Report').click();
  const report = page.getByRole('region', { name: `Report: ${REPORT_TITLE}` });
  const picture = report.getByRole('img', { name: /^The blueprint/ });
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete)).toBe(true);

  const article = report.locator('article.report-page');
  const size = await article.evaluate((el) => ({ width: el.scrollWidth, height: el.scrollHeight }));
  const download = await downloadFrom(page, () =>
    report.getByRole('button', { name: 'Export report as PNG' }).click(),
  );
  expect(download.suggestedFilename()).toBe(`${REPORT_TITLE} - report.png`);
  const png = await downloadBytes(download);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(pngSize(png)).toEqual({ width: size.width * 2, height: size.height * 2 });

  // Not blank, and the picture of the blueprint is in it, where the page shows it.
  const whole = { x: 0, y: 0, width: size.width * 2, height: size.height * 2 };
  expect(await inkShare(page, png, whole)).toBeGreaterThan(0.02);
  const [pageBox, pictureBox] = [(await article.boundingBox())!, (await picture.boundingBox())!];
  const inPng = {
    x: Math.round((pictureBox.x - pageBox.x) * 2),
    y: Math.round((pictureBox.y - pageBox.y) * 2),
    width: Math.round(pictureBox.width * 2),
    height: Math.round(pictureBox.height * 2),
  };
  // Lane tints are light: most of the picture differs from the paper, if only a little.
  expect(await inkShare(page, png, inPng, 12)).toBeGreaterThan(0.5);
  // It starts where the page shows it: the page is not shifted by its centring margin.
  const leftEdge = { ...inPng, x: inPng.x + 4, width: 30 };
  expect(await inkShare(page, png, leftEdge, 12)).toBeGreaterThan(0.5);

  // The report's buttons (CSV downloads) are not in the picture: the PNG is for slides.
  await expect(report.getByRole('button', { name: 'Export report as PNG' })).toBeEnabled();
});
