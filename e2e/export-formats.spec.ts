import { expect, type Browser, type Page } from '@playwright/test';
import { test } from './fixtures';
import { crc32 } from 'node:zlib';
import { Editor, example, type SavedDoc } from './fixtures';
import {
  alerts,
  autosaveText,
  blueprintDoc,
  downloadBytes,
  downloadFrom,
  NOT_CHANGED,
  pngSize,
  saveStatus,
  step,
  stepLabelsOnScreen,
} from './helpers/io';

/** Export PNG carries the blueprint; PNG options; Export SVG; Copy as PNG. */

const KEYWORD = 'service-blueprint';

/** A Chinese blueprint with fail points, waits, flows and characters that need escaping. */
function chineseDoc(): SavedDoc {
  const doc = example('coffee-shop-order.zh-CN');
  doc.title = '咖啡店点单 <测试> & “引号”';
  doc.steps[0]!.label = '顾客 <进店> & 排队 😀';
  return doc;
}

/** A small Chinese blueprint, quick to export, for the refusals. */
function smallChineseDoc(): SavedDoc {
  return blueprintDoc({
    title: '银行网点办理业务',
    steps: [
      step('take', 'customer', 0, '取号 & 排队'),
      step('serve', 'onstage', 0, '柜员 <办理> 业务'),
    ],
    flows: [{ id: 'f1', from: 'take', to: 'serve', label: '叫号', twoWay: true }],
  });
}

/** A short support lane whose long card reaches below it: empty canvas at the bottom left. */
function docWithEmptyCorner(): SavedDoc {
  const doc = blueprintDoc({
    title: 'Corner',
    steps: [
      step('a', 'customer', 0, 'Arrive'),
      step('b', 'support', 300, 'Property management system looks up the booking and room'),
    ],
  });
  doc.lanes.find((l) => l.id === 'support')!.height = 80;
  return doc;
}

async function exportPngBytes(page: Page): Promise<Buffer> {
  const download = await downloadFrom(page, () =>
    page.getByRole('button', { name: 'Export PNG', exact: true }).click(),
  );
  return downloadBytes(download);
}

/** Opens the PNG options popover and applies the choices, then closes it with Escape. */
async function choosePngOptions(
  page: Page,
  choice: { scale?: '1×' | '2×' | '3×'; transparent?: boolean },
): Promise<void> {
  const toggle = page.getByRole('button', { name: 'PNG options', exact: true });
  await toggle.click();
  const popover = page.getByRole('dialog', { name: 'PNG options' });
  await expect(popover).toBeVisible();
  if (choice.scale) await popover.getByRole('radio', { name: choice.scale, exact: true }).check();
  if (choice.transparent !== undefined)
    await popover
      .getByRole('checkbox', { name: 'Transparent background' })
      .setChecked(choice.transparent);
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(toggle).toBeFocused();
}

/** Picks a file of any bytes in the Open file chooser. */
async function openBytes(page: Page, name: string, bytes: Buffer, mimeType = 'image/png') {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open', exact: true }).click(),
  ]);
  await chooser.setFiles({ name, mimeType, buffer: bytes });
}

/** Drops a file of any bytes on the canvas, as from the desktop. */
async function dropBytes(page: Page, name: string, bytes: Buffer, type = 'image/png') {
  const dataTransfer = await page.evaluateHandle(
    ({ name, base64, type }) => {
      const raw = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([raw], name, { type }));
      return dt;
    },
    { name, base64: bytes.toString('base64'), type },
  );
  await page.locator('.react-flow__pane').dispatchEvent('dragover', { dataTransfer });
  await page.locator('.react-flow__pane').dispatchEvent('drop', { dataTransfer });
}

/** The offset of our chunk's data (just after its keyword) and the chunk's bounds. */
function ourChunk(png: Buffer): { start: number; dataStart: number; end: number } {
  let at = 8;
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'iTXt' && png.toString('latin1', at + 8, at + 8 + KEYWORD.length) === KEYWORD)
      return { start: at, dataStart: at + 8, end: at + 12 + length };
    at += 12 + length;
  }
  throw new Error('no blueprint chunk');
}

/** Pixel [r, g, b, a] of a PNG at (x, y), decoded by the browser. */
async function pixelAt(page: Page, png: Buffer, points: [number, number][]) {
  return page.evaluate(
    async ({ base64, points }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      return points.map(([x, y]) => [...context.getImageData(x, y, 1, 1).data]);
    },
    { base64: png.toString('base64'), points },
  );
}

/** The autosave once the app has written it (it rewrites a seeded one in its own key order). */
async function settledAutosave(page: Page): Promise<string> {
  await expect(saveStatus(page)).toHaveText(/Saved in this browser/);
  return (await autosaveText(page))!;
}

/** A fresh browser (empty storage) with the editor open on a new blueprint. */
async function freshEditor(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await new Editor(page).open();
  return page;
}

for (const how of ['Open', 'drop'] as const) {
  test(`a PNG made by Export PNG opens again as the same editable blueprint (${how}, in another browser)`, async ({
    page,
    browser,
    baseURL,
  }) => {
    const editor = new Editor(page);
    await editor.open(chineseDoc());
    const before = JSON.parse(await settledAutosave(page)) as SavedDoc;
    expect(before.title).toBe(chineseDoc().title);
    const png = await exportPngBytes(page);
    expect(png.includes(Buffer.from(KEYWORD, 'latin1'))).toBe(true);
    // The Chinese text travels compressed, never as mangled Latin-1 or plain bytes.
    expect(png.includes(Buffer.from('咖啡店点单', 'utf8'))).toBe(false);

    // Another browser, with nothing stored: only the PNG carries the blueprint there.
    const other = await freshEditor(browser, baseURL);
    const otherEditor = new Editor(other);
    if (how === 'Open') await openBytes(other, '咖啡店点单.png', png);
    else await dropBytes(other, '咖啡店点单.png', png);
    await expect(other.getByRole('textbox', { name: 'Blueprint title' })).toHaveValue(
      chineseDoc().title,
    );
    await expect(otherEditor.step('顾客 <进店> & 排队 😀')).toBeVisible();
    await expect(alerts(other)).toHaveCount(0);
    await otherEditor.expectSaved((after) => expect(after).toEqual(before));
    expect(await stepLabelsOnScreen(other)).toEqual(
      chineseDoc()
        .steps.map((s) => s.label)
        .sort(),
    );
    await other.context().close();
  });
}

test('a PNG renamed to something else is still recognised by its signature', async ({ page }) => {
  const editor = new Editor(page);
  await editor.open(blueprintDoc({ title: 'Renamed', steps: [step('a', 'customer', 0, 'Pay')] }));
  const png = await exportPngBytes(page);
  await editor.open(blueprintDoc({ title: 'Other' }));
  await openBytes(page, 'picture.blueprint.json', png, 'application/json');
  await expect(page.getByRole('textbox', { name: 'Blueprint title' })).toHaveValue('Renamed');
  await expect(editor.step('Pay')).toBeVisible();
});

test('PNG options: 1× and 3× change the image size; Export PNG keeps the last choice', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(docWithEmptyCorner());
  const at2 = pngSize(await exportPngBytes(page));

  await choosePngOptions(page, { scale: '1×' });
  const at1 = pngSize(await exportPngBytes(page));
  expect(Math.abs(at1.width * 2 - at2.width)).toBeLessThanOrEqual(1);
  expect(Math.abs(at1.height * 2 - at2.height)).toBeLessThanOrEqual(1);

  await choosePngOptions(page, { scale: '3×' });
  const at3 = pngSize(await exportPngBytes(page));
  expect(Math.abs(at3.width - at1.width * 3)).toBeLessThanOrEqual(1);
  expect(Math.abs(at3.height - at1.height * 3)).toBeLessThanOrEqual(1);
  // Again, without touching the options: still 3×, and still remembered after a reload.
  expect(pngSize(await exportPngBytes(page))).toEqual(at3);
  await page.reload();
  await page.getByRole('button', { name: 'PNG options', exact: true }).click();
  await expect(page.getByRole('radio', { name: '3×', exact: true })).toBeChecked();
  await page.keyboard.press('Escape');
  expect(pngSize(await exportPngBytes(page))).toEqual(at3);
  await expect(alerts(page)).toHaveCount(0);
});

test('PNG options: a transparent background leaves the empty corner transparent, lanes opaque', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(docWithEmptyCorner());
  const white = await exportPngBytes(page);
  const whiteSize = pngSize(white);
  const corner: [number, number] = [2, whiteSize.height - 2];
  const lane: [number, number] = [whiteSize.width - 4, 4];
  expect(await pixelAt(page, white, [corner, lane])).toEqual([
    [255, 255, 255, 255],
    expect.arrayContaining([255]),
  ]);

  await choosePngOptions(page, { transparent: true });
  const clear = await exportPngBytes(page);
  expect(pngSize(clear)).toEqual(whiteSize);
  const [cornerPixel, lanePixel] = await pixelAt(page, clear, [corner, lane]);
  expect(cornerPixel![3]).toBe(0);
  expect(lanePixel![3]).toBe(255);
  // Transparent PNGs open as blueprints too.
  await editor.open(blueprintDoc({ title: 'Other' }));
  await openBytes(page, 'Corner.png', clear);
  await expect(page.getByRole('textbox', { name: 'Blueprint title' })).toHaveValue('Corner');
});

test('a PNG that holds no blueprint is refused with a message, and nothing changes', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(smallChineseDoc());
  const before = await settledAutosave(page);
  const plain = Buffer.from(
    await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 40;
      canvas.height = 30;
      canvas.getContext('2d')!.fillRect(5, 5, 10, 10);
      return canvas.toDataURL('image/png').split(',')[1]!;
    }),
    'base64',
  );
  await openBytes(page, 'holiday.png', plain);
  await expect(alerts(page)).toHaveCount(1);
  await expect(alerts(page)).toContainText('Could not open "holiday.png"');
  await expect(alerts(page)).toContainText('this image holds no blueprint');
  await expect(alerts(page)).toContainText(NOT_CHANGED);

  await dropBytes(page, 'holiday-2.png', plain);
  await expect(alerts(page).filter({ hasText: 'holiday-2.png' })).toContainText(
    'this image holds no blueprint',
  );
  await expect(editor.steps()).toHaveCount(2);
  expect(await autosaveText(page)).toBe(before);
});

test('a PNG whose blueprint was tampered with is refused as damaged, and nothing changes', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(smallChineseDoc());
  const before = await settledAutosave(page);
  const png = await exportPngBytes(page);
  const chunk = ourChunk(png);

  // One byte of the compressed blueprint changed: the chunk's CRC no longer matches.
  const flipped = Buffer.from(png);
  flipped[chunk.end - 10]! ^= 0x5a;
  await openBytes(page, 'tampered.png', flipped);
  await expect(alerts(page)).toContainText('the blueprint in this image is damaged');
  await expect(alerts(page)).toContainText(NOT_CHANGED);

  // Garbage in place of the compressed text, with a correct CRC: still damaged.
  const garbled = Buffer.from(png);
  const textStart = chunk.dataStart + KEYWORD.length + 5;
  garbled.fill(0x41, textStart, chunk.end - 4);
  garbled.writeUInt32BE(crc32(garbled.subarray(chunk.start + 4, chunk.end - 4)), chunk.end - 4);
  await dropBytes(page, 'garbled.png', garbled);
  await expect(alerts(page).filter({ hasText: 'garbled.png' })).toContainText(
    'the blueprint in this image is damaged',
  );

  // Cut short in the middle of the blueprint.
  await openBytes(page, 'cut.png', png.subarray(0, chunk.dataStart + 40));
  await expect(alerts(page).filter({ hasText: 'cut.png' })).toContainText('damaged');

  await expect(editor.steps()).toHaveCount(2);
  expect(await autosaveText(page)).toBe(before);
});

test('Export SVG downloads <title>.svg that parses as XML and holds the labels and lane names', async ({
  page,
}) => {
  const doc = chineseDoc();
  const editor = new Editor(page);
  await editor.open(doc);
  const download = await downloadFrom(page, () => editor.button('Export SVG').click());
  expect(download.suggestedFilename()).toBe('咖啡店点单 测试 & “引号”.svg');
  const svg = (await downloadBytes(download)).toString('utf8');
  const parsed = await page.evaluate((text) => {
    const xml = new DOMParser().parseFromString(text, 'image/svg+xml');
    const error = xml.querySelector('parsererror');
    return {
      error: error?.textContent ?? null,
      root: xml.documentElement.localName,
      title: xml.querySelector('svg > title')?.textContent,
      texts: [...xml.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      viewBox: xml.documentElement.getAttribute('viewBox'),
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.title).toBe(doc.title);
  const squash = (s: string) => s.replace(/\s+/g, '');
  const texts = parsed.texts.map(squash);
  for (const s of doc.steps) expect(texts, s.label).toContain(squash(s.label));
  for (const lane of doc.lanes) expect(texts).toContain(squash(lane.label));
  // Drawn words are in the language of the interface (English here), labels as written.
  for (const line of ['Line of interaction', 'Line of visibility', 'Line of internal interaction'])
    expect(parsed.texts).toContain(line);
  expect(parsed.texts.filter((t) => t === 'F').length).toBe(
    doc.steps.filter((s) => s.failPoint).length,
  );
  expect(parsed.texts.filter((t) => t === 'W').length).toBe(doc.steps.filter((s) => s.wait).length);

  // The browser draws it: an image as wide as the view box, not blank.
  const drawn = await page.evaluate(async (text) => {
    const image = new Image();
    image.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    await image.decode();
    return { width: image.naturalWidth, height: image.naturalHeight };
  }, svg);
  const [, , w, h] = parsed.viewBox!.split(' ').map(Number);
  expect(drawn).toEqual({ width: Math.round(w!), height: Math.round(h!) });
  await expect(alerts(page)).toHaveCount(0);
});

test.describe('Copy as PNG', () => {
  test('puts the whole blueprint on the clipboard as an image/png', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const editor = new Editor(page);
    await editor.open(docWithEmptyCorner());
    const exported = pngSize(await exportPngBytes(page));
    await editor.button('Copy as PNG').click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText(
      'Copied the blueprint to the clipboard as a PNG image.',
    );
    const copied = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const item = items.find((i) => i.types.includes('image/png'));
      if (!item) return null;
      const blob = await item.getType('image/png');
      const bitmap = await createImageBitmap(blob);
      return { types: item.types, width: bitmap.width, height: bitmap.height };
    });
    expect(copied).not.toBeNull();
    expect(copied!.types).toContain('image/png');
    expect(copied).toMatchObject({ width: exported.width, height: exported.height });
    await expect(alerts(page)).toHaveCount(0);
  });

  test('says so when the browser has no image clipboard', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'ClipboardItem', { value: undefined });
    });
    const editor = new Editor(page);
    await editor.open(docWithEmptyCorner());
    await editor.button('Copy as PNG').click();
    await expect(alerts(page)).toHaveText(
      /does not let web pages put images on the clipboard\. Use Export PNG instead\./,
    );
  });

  test('says so when the browser refuses the clipboard', async ({ page }) => {
    await page.addInitScript(() => {
      navigator.clipboard.write = () =>
        Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    const editor = new Editor(page);
    await editor.open(docWithEmptyCorner());
    await editor.button('Copy as PNG').click();
    await expect(alerts(page)).toHaveText(
      /did not allow copying the image to the clipboard \(Write permission denied\.\)/,
    );
    await expect(editor.button('Copy as PNG')).toBeEnabled();
  });
});
