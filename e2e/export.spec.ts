import { expect, type Page } from '@playwright/test';
import { test } from './fixtures';
import { Editor, type SavedDoc } from './fixtures';
import { alerts, blueprintDoc, downloadBytes, downloadFrom, pngSize, step } from './helpers/io';

/** Geometry from src/model/layout.ts, as a person measuring the picture would know it. */
const STEP_WIDTH = 176;
const STEP_TOP_PADDING = 24;
const LANE_HEADER_WIDTH = 168;
const MARGIN = 48;
const MIN_WIDTH = 1200;
const RATIO = 2;

const FAIL_RED = [0xdc, 0x26, 0x26] as const;
const WAIT_AMBER = [0xf5, 0x9e, 0x0b] as const;
const EDGE_GREY = [0x64, 0x74, 0x8b] as const;
const VISIBILITY_BLACK = [0x11, 0x18, 0x27] as const;

type Rgb = readonly [number, number, number];
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A blueprint wider than the screen: the last steps sit at x = 3000. The support lane is short
 * and its card has a long label, so the card reaches below the last lane.
 */
function wideDoc(): SavedDoc {
  const doc = blueprintDoc({
    title: 'Hotel stay — export',
    steps: [
      step('arrive', 'customer', 0, 'Arrive at the hotel'),
      step('checkin', 'customer', 300, '入住登记', {
        failPoint: {
          risk: 'Booking not found',
          probability: 0.05,
          costPerFailure: 40,
          recovery: 'Walk-in rate',
          owner: 'Front office',
        },
      }),
      step('desk', 'onstage', 300, 'Greet and register the guest', {
        wait: { expectedMin: 10, toleranceMin: 5 },
      }),
      step('pms', 'support', 600, 'Property management system looks up the booking and room'),
      step('checkout', 'customer', 3000, 'Check out and leave'),
      step('bill', 'onstage', 3000, 'Print the bill'),
    ],
    flows: [
      { id: 'f1', from: 'arrive', to: 'checkin', label: '', twoWay: false },
      { id: 'f2', from: 'checkin', to: 'desk', label: '', twoWay: true },
      { id: 'f3', from: 'checkout', to: 'bill', label: '', twoWay: false },
    ],
  });
  doc.lanes.find((l) => l.id === 'support')!.height = 80;
  return doc;
}

/** Loads the PNG into the page and answers questions about its pixels there. */
async function pixelsOf(page: Page, png: Buffer) {
  await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(image, 0, 0);
    (window as unknown as { e2ePixels: ImageData }).e2ePixels = context.getImageData(
      0,
      0,
      canvas.width,
      canvas.height,
    );
  }, png.toString('base64'));

  return {
    /** How many pixels in the box are within `tolerance` of the colour on every channel. */
    count: (rgb: Rgb, tolerance: number, box?: Box) =>
      page.evaluate(
        ([rgb, tolerance, box]) => {
          const data = (window as unknown as { e2ePixels: ImageData }).e2ePixels;
          const x0 = Math.max(0, Math.floor(box?.x ?? 0));
          const y0 = Math.max(0, Math.floor(box?.y ?? 0));
          const x1 = Math.min(data.width, Math.ceil(box ? box.x + box.width : data.width));
          const y1 = Math.min(data.height, Math.ceil(box ? box.y + box.height : data.height));
          let n = 0;
          for (let y = y0; y < y1; y++) {
            for (let x = x0; x < x1; x++) {
              const i = (y * data.width + x) * 4;
              if (
                Math.abs(data.data[i]! - rgb[0]) <= tolerance &&
                Math.abs(data.data[i + 1]! - rgb[1]) <= tolerance &&
                Math.abs(data.data[i + 2]! - rgb[2]) <= tolerance &&
                data.data[i + 3]! === 255
              )
                n++;
            }
          }
          return n;
        },
        [rgb, tolerance, box] as const,
      ),
    /** The most pixels of the colour found in any one row of the box (an arrowhead is wide). */
    widestRow: (rgb: Rgb, tolerance: number, box: Box) =>
      page.evaluate(
        ([rgb, tolerance, box]) => {
          const data = (window as unknown as { e2ePixels: ImageData }).e2ePixels;
          let widest = 0;
          for (let y = Math.floor(box.y); y < Math.ceil(box.y + box.height); y++) {
            let n = 0;
            for (let x = Math.floor(box.x); x < Math.ceil(box.x + box.width); x++) {
              const i = (y * data.width + x) * 4;
              if (
                Math.abs(data.data[i]! - rgb[0]) <= tolerance &&
                Math.abs(data.data[i + 1]! - rgb[1]) <= tolerance &&
                Math.abs(data.data[i + 2]! - rgb[2]) <= tolerance
              )
                n++;
            }
            widest = Math.max(widest, n);
          }
          return widest;
        },
        [rgb, tolerance, box] as const,
      ),
    /** Pixels darker than text grey (every channel below 110) in the box. */
    dark: (box: Box) =>
      page.evaluate((box) => {
        const data = (window as unknown as { e2ePixels: ImageData }).e2ePixels;
        let n = 0;
        for (let y = Math.floor(box.y); y < Math.ceil(box.y + box.height); y++) {
          for (let x = Math.floor(box.x); x < Math.ceil(box.x + box.width); x++) {
            const i = (y * data.width + x) * 4;
            if (data.data[i]! < 110 && data.data[i + 1]! < 110 && data.data[i + 2]! < 110) n++;
          }
        }
        return n;
      }, box),
    at: (x: number, y: number) =>
      page.evaluate(
        ([x, y]) => {
          const data = (window as unknown as { e2ePixels: ImageData }).e2ePixels;
          const i = (y * data.width + x) * 4;
          return [...data.data.slice(i, i + 4)];
        },
        [x, y] as const,
      ),
    distinctColours: () =>
      page.evaluate(() => {
        const data = (window as unknown as { e2ePixels: ImageData }).e2ePixels;
        const seen = new Set<number>();
        for (let i = 0; i < data.data.length && seen.size < 1000; i += 4 * 7)
          seen.add((data.data[i]! << 16) | (data.data[i + 1]! << 8) | data.data[i + 2]!);
        return seen.size;
      }),
  };
}

const VIEWS = [
  { name: 'as opened', view: { x: 200, y: 16, zoom: 1 } },
  { name: 'zoomed in and panned', view: { x: 420, y: -60, zoom: 1.6 } },
];

for (const { name, view } of VIEWS) {
  test(`Export PNG downloads the whole blueprint at 2× (${name}), with markers, flows, lines and text`, async ({
    page,
  }) => {
    const doc = { ...wideDoc(), view };
    const editor = new Editor(page);
    await editor.open(doc);

    // Part of the blueprint is off screen.
    await expect(editor.step('Check out and leave')).not.toBeInViewport();
    const viewBefore = await page.locator('.react-flow__viewport').getAttribute('style');

    // Where everything is in canvas units: lanes stack from y = 0.
    const laneTop = (id: string) => {
      let top = 0;
      for (const lane of doc.lanes) {
        if (lane.id === id) return top;
        top += lane.height;
      }
      throw new Error(id);
    };
    const lanesHeight = doc.lanes.reduce((sum, l) => sum + l.height, 0);
    const cardHeight = async (id: string) =>
      page
        .locator(`.react-flow__node[data-id="${id}"]`)
        .evaluate((el: HTMLElement) => el.offsetHeight);
    const left = Math.min(0, ...doc.steps.map((s) => s.x)) - MARGIN - LANE_HEADER_WIDTH;
    const right = Math.max(MIN_WIDTH, ...doc.steps.map((s) => s.x + STEP_WIDTH + MARGIN));
    const pmsBottom = laneTop('support') + STEP_TOP_PADDING + (await cardHeight('pms'));
    expect(pmsBottom, 'the support card reaches below the last lane').toBeGreaterThan(lanesHeight);
    const bottom = Math.max(lanesHeight, pmsBottom);

    const download = await downloadFrom(page, () => editor.button('Export PNG').click());
    expect(download.suggestedFilename()).toBe('Hotel stay — export.png');
    const png = await downloadBytes(download);
    const size = pngSize(png);
    expect(size.width).toBe(RATIO * (right - left));
    expect(size.height).toBeGreaterThanOrEqual(RATIO * lanesHeight);
    expect(size.height).toBe(RATIO * bottom);

    await expect(editor.button('Export PNG')).toBeEnabled();
    await expect(alerts(page)).toHaveCount(0);
    // Exporting does not move what is on screen.
    expect(await page.locator('.react-flow__viewport').getAttribute('style')).toBe(viewBefore);

    const pixels = await pixelsOf(page, png);
    /** A card's box in the image, grown by `pad` image pixels. */
    const cardBox = async (id: string, pad = 0): Promise<Box> => {
      const s = doc.steps.find((x) => x.id === id)!;
      return {
        x: (s.x - left) * RATIO - pad,
        y: (laneTop(s.lane) + STEP_TOP_PADDING) * RATIO - pad,
        width: STEP_WIDTH * RATIO + 2 * pad,
        height: (await cardHeight(id)) * RATIO + 2 * pad,
      };
    };

    expect(await pixels.distinctColours()).toBeGreaterThan(20);
    // White background where no lane is: under the last lane, beside the short card.
    expect(await pixels.at(2, size.height - 2)).toEqual([255, 255, 255, 255]);
    expect(await pixels.at(size.width - 2, size.height - 2)).toEqual([255, 255, 255, 255]);
    // Nothing is transparent; the top-left corner is the tinted lane-name column.
    expect((await pixels.at(1, 1))[3]).toBe(255);

    // The red F sits on the top-right corner of the fail-point card, the amber W on the wait card.
    const checkin = await cardBox('checkin', 30);
    expect(await pixels.count(FAIL_RED, 20, checkin)).toBeGreaterThan(200);
    const desk = await cardBox('desk', 30);
    expect(await pixels.count(WAIT_AMBER, 20, desk)).toBeGreaterThan(200);
    expect(await pixels.count(FAIL_RED, 20, desk)).toBeLessThan(20);

    // Flows are drawn in the edge grey, with arrowheads at both ends of the two-way flow.
    expect(await pixels.count(EDGE_GREY, 10)).toBeGreaterThan(300);
    const between = {
      x: checkin.x + 30,
      width: STEP_WIDTH * RATIO,
    };
    const checkinBottom = checkin.y + checkin.height - 30;
    const deskTop = desk.y + 30;
    const headBelowCheckin = await pixels.widestRow(EDGE_GREY, 10, {
      ...between,
      y: checkinBottom,
      height: 30,
    });
    const headAboveDesk = await pixels.widestRow(EDGE_GREY, 10, {
      ...between,
      y: deskTop - 30,
      height: 30,
    });
    const midLine = await pixels.widestRow(EDGE_GREY, 10, {
      ...between,
      y: (checkinBottom + deskTop) / 2 - 15,
      height: 30,
    });
    expect(midLine).toBeGreaterThan(0);
    expect(midLine).toBeLessThanOrEqual(4);
    expect(headBelowCheckin).toBeGreaterThanOrEqual(8);
    expect(headAboveDesk).toBeGreaterThanOrEqual(8);
    // The one-way flow on the far right has a head only where it arrives.
    const checkout = await cardBox('checkout');
    const bill = await cardBox('bill');
    const oneWay = { x: checkout.x, width: checkout.width };
    const leaving = await pixels.widestRow(EDGE_GREY, 10, {
      ...oneWay,
      y: checkout.y + checkout.height,
      height: 30,
    });
    const arriving = await pixels.widestRow(EDGE_GREY, 10, {
      ...oneWay,
      y: bill.y - 30,
      height: 30,
    });
    expect(leaving).toBeGreaterThan(0);
    expect(leaving).toBeLessThanOrEqual(4);
    expect(arriving).toBeGreaterThanOrEqual(8);

    // The line of visibility: a thick near-black rule across the picture at the backstage top.
    const visibilityY = laneTop('backstage') * RATIO;
    const rule = await pixels.count(VISIBILITY_BLACK, 24, {
      x: 0,
      y: visibilityY - 6,
      width: size.width,
      height: 12,
    });
    expect(rule, 'a solid rule about 4 px thick (8 in the image)').toBeGreaterThan(size.width * 6);

    // Text: the far-right card, off screen when exporting, has its label drawn; so has the Chinese one.
    expect(await pixels.dark(checkout)).toBeGreaterThan(150);
    expect(await pixels.dark(await cardBox('checkin'))).toBeGreaterThan(150);
    expect(
      await pixels.dark({ ...checkout, x: checkout.x - 600 }),
      'no text where there is no card',
    ).toBeLessThan(20);
  });
}

test('a blueprint too wide for a 2× image is exported smaller, and the user is told', async ({
  page,
}) => {
  const doc = blueprintDoc({
    title: 'Very long journey',
    steps: [step('start', 'customer', 0, 'Start'), step('end', 'customer', 9000, 'Finish')],
  });
  const editor = new Editor(page);
  await editor.open(doc);
  const width = 9000 + STEP_WIDTH + MARGIN + MARGIN + LANE_HEADER_WIDTH;

  const download = await downloadFrom(page, () => editor.button('Export PNG').click());
  expect(download.suggestedFilename()).toBe('Very long journey.png');
  const size = pngSize(await downloadBytes(download));
  expect(size.width).toBeLessThanOrEqual(16_384);
  expect(size.width).toBeGreaterThan(1.6 * width);
  const alert = alerts(page);
  await expect(alert).toHaveCount(1);
  await expect(alert).toContainText('too large for a 2× image');
  const used = Number(/exported at ([\d.]+)×/.exec((await alert.textContent()) ?? '')?.[1]);
  expect(used).toBeGreaterThan(1.6);
  expect(used).toBeLessThan(2);
  expect(Math.abs(size.width - used * width)).toBeLessThanOrEqual(1);
  await expect(editor.steps()).toHaveCount(2);
});
