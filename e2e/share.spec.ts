import { deflateSync } from 'node:zlib';
import { expect, type Page } from '@playwright/test';
import { test } from './fixtures';
import { AUTOSAVE_KEY, Editor, type SavedDoc } from './fixtures';
import {
  alerts,
  autosaveText,
  blueprintDoc,
  sortedLabels,
  step,
  stepLabelsOnScreen,
} from './helpers/io';

const BANNER = 'Shared blueprint — read only';
const MAKE_EDITABLE = 'Make an editable copy';

/** A share link made outside the app: the format is plain zlib deflate + base64url. */
function shareLinkFor(doc: unknown): string {
  return `/#share=${deflateSync(Buffer.from(JSON.stringify(doc), 'utf8')).toString('base64url')}`;
}

/** The user's own blueprint, with work not saved to a file. */
function ownDoc(): SavedDoc {
  return blueprintDoc({
    title: 'My own blueprint',
    steps: [step('mine', 'customer', 0, 'My own step')],
  });
}

/**
 * Puts `doc` in the autosave slot as the user's own, unsaved to any file, then opens `url`.
 * The slot is written from a blank page of the same origin: a running editor would autosave
 * its own document over it.
 */
async function openWithOwnAutosave(page: Page, doc: SavedDoc, url: string): Promise<string> {
  const text = JSON.stringify(doc);
  await page.route('**/seed-storage', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }),
  );
  await page.goto('/seed-storage');
  await page.evaluate(
    ([key, metaKey, value]) => {
      localStorage.setItem(key!, value!);
      localStorage.removeItem(metaKey!);
    },
    [AUTOSAVE_KEY, 'service-blueprint-studio:autosave-meta', text],
  );
  await page.goto(url);
  await expect(page.locator('.react-flow__pane')).toBeVisible();
  // The slot moved into the library on start; what is stored there is the user's own.
  await expect.poll(() => autosaveText(page)).not.toBeNull();
  expect(JSON.parse((await autosaveText(page))!)).toMatchObject({ title: doc.title });
  return (await autosaveText(page))!;
}

/** Where React Flow has the card: its position in the document, whatever the pan. */
const cardTransform = (editor: Editor, label: string) =>
  editor.step(label).evaluate((el) => (el as HTMLElement).style.transform);

test('a share link opens read-only in a new tab, leaves the own autosave alone, and becomes an editable copy', async ({
  page,
  context,
  baseURL,
}) => {
  // A whole journey across two tabs: 25–30 s on a 2-core machine, near the 30 s default.
  test.slow();
  test.slow(); // two tabs and every kind of edit tried
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });

  // Given: a blueprint with Chinese labels, shared from the first tab.
  const author = new Editor(page);
  await author.open();
  await page.getByRole('textbox', { name: 'Blueprint title' }).fill('酒店入住 🏨');
  await author.addStepByDoubleClick('customer', '到达酒店');
  await author.addStepByDoubleClick('onstage', '前台问候', 450);
  await author.connect('到达酒店', '前台问候');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  const shared = await author.expectSaved((d) => expect(d.flows).toHaveLength(1));

  await author.command('File', 'Copy share link');
  await expect(page.getByTestId('share-status')).toHaveText('Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#share=[A-Za-z0-9_-]+$/);
  await expect(page.getByTestId('share-status')).toHaveText('', { timeout: 6_000 });
  await page.close();

  // When: the link is opened in a new tab, where the user's own (unsaved) blueprint is autosaved.
  const tab = await context.newPage();
  const viewer = new Editor(tab);
  const ownText = await openWithOwnAutosave(tab, ownDoc(), link);

  // Then: the shared blueprint is shown, read-only.
  await expect(tab.getByText(BANNER)).toBeVisible();
  expect(await stepLabelsOnScreen(tab)).toEqual(['到达酒店', '前台问候']);
  await expect(tab.getByRole('textbox', { name: 'Blueprint title' })).toHaveValue('酒店入住 🏨');

  // Dragging a card does not move it.
  const before = await cardTransform(viewer, '到达酒店');
  await viewer.dragStepTo('到达酒店', await viewer.pointInLane('backstage', 600));
  expect(await cardTransform(viewer, '到达酒店')).toBe(before);
  // (Dragging a card that cannot move pans the view instead: bring the cards back into sight.)
  await tab.getByRole('button', { name: 'Fit View' }).click();

  // Double-clicking a lane adds nothing and opens no label editor.
  const empty = await viewer.pointInLane('support', 300);
  await tab.mouse.dblclick(empty.x, empty.y);
  await expect(tab.getByRole('textbox', { name: 'Step label' })).toHaveCount(0);
  await expect(viewer.steps()).toHaveCount(2);

  // Connecting from a card's handle adds no flow.
  await viewer.connect('前台问候', '到达酒店', 'b');
  await expect(tab.locator('.react-flow__edge')).toHaveCount(1);

  // A card can be selected and read, but Delete removes nothing and the fields are disabled.
  // (Retried: on a loaded machine the first click can land while the view is still settling.)
  await expect(async () => {
    await viewer.step('到达酒店').click();
    await expect(viewer.step('到达酒店').locator('.step-card')).toHaveClass(/is-selected/, {
      timeout: 1_000,
    });
  }).toPass({ timeout: 10_000 });
  await expect(tab.getByRole('textbox', { name: 'Label', exact: true })).toHaveValue('到达酒店');
  await expect(tab.getByRole('textbox', { name: 'Label', exact: true })).toBeDisabled();
  await expect(tab.getByRole('checkbox', { name: 'Fail point' })).toBeDisabled();
  await tab.keyboard.press('Delete');
  await tab.keyboard.press('Control+z');
  await expect(viewer.steps()).toHaveCount(2);
  await expect(viewer.button('Undo')).toBeDisabled();

  // The own autosave is exactly as it was, well after the autosave delay.
  await tab.waitForTimeout(1_000);
  expect(await autosaveText(tab)).toBe(ownText);

  // When: "Make an editable copy": a new blueprint of the user's own, nothing asked or replaced.
  await viewer.button(MAKE_EDITABLE).click();
  await expect(tab.getByRole('dialog')).toHaveCount(0);
  // Then: editable, the fragment is gone, and the autosave now holds the shared blueprint.
  await expect(tab.getByText(BANNER)).toHaveCount(0);
  expect(new URL(tab.url()).hash).toBe('');
  const copy = await viewer.expectSaved((d) => expect(d.title).toBe('酒店入住 🏨'));
  // Nothing tried in the read-only view reached the document: places, lanes, flows as shared.
  const places = (d: SavedDoc) => d.steps.map((s) => [s.label, s.lane, s.x]);
  expect(places(copy)).toEqual(places(shared));
  expect(copy.flows).toHaveLength(1);
  await viewer.step('前台问候').click();
  await expect(tab.getByRole('textbox', { name: 'Label', exact: true })).toBeEnabled();
  await expect(tab.getByText('Changes not saved to a file')).toBeVisible();
  // (The drag above panned the view, so add with the toolbar rather than in a lane.)
  await viewer.button('Add step').click();
  const labelEditor = tab.getByRole('textbox', { name: 'Step label' });
  await expect(labelEditor).toBeFocused();
  await labelEditor.fill('整理客房');
  await labelEditor.press('Enter');
  await viewer.expectSaved((d) => expect(d.steps).toHaveLength(3));

  // The user's own blueprint is still in the library, exactly as it was.
  const own = await tab.evaluate(() => {
    const index = JSON.parse(localStorage.getItem('service-blueprint-studio:library')!) as {
      entries: { id: string; title: string }[];
    };
    const entry = index.entries.find((e) => e.title === 'My own blueprint')!;
    return localStorage.getItem(`service-blueprint-studio:blueprint:${entry.id}`);
  });
  expect(own).toBe(ownText);

  // A reload keeps the copy, as the user's own.
  await tab.reload();
  await expect(viewer.step('整理客房')).toBeVisible();
  expect(await stepLabelsOnScreen(tab)).toEqual(['整理客房', '到达酒店', '前台问候'].sort());
  await expect(tab.getByText(BANNER)).toHaveCount(0);
});

test('with nothing unsaved of their own, the editable copy is made without asking (in Chinese too)', async ({
  page,
}) => {
  const shared = blueprintDoc({
    title: '咖啡店点单',
    steps: [
      step('order', 'customer', 0, '在柜台点单 ☕'),
      step('make', 'backstage', 240, '制作咖啡'),
    ],
  });
  await page.goto(`/?lang=zh-CN${shareLinkFor(shared).slice(1)}`);
  await expect(page.getByText('分享的蓝图——只读')).toBeVisible();
  await page.getByRole('button', { name: '创建可编辑副本', exact: true }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText('分享的蓝图——只读')).toHaveCount(0);
  expect(new URL(page.url()).search).toBe('?lang=zh-CN');
  expect(new URL(page.url()).hash).toBe('');
  const editor = new Editor(page);
  await expect
    .poll(async () => JSON.parse((await autosaveText(page)) ?? 'null')?.title)
    .toBe('咖啡店点单');
  expect(await stepLabelsOnScreen(page)).toEqual(['制作咖啡', '在柜台点单 ☕'].sort());
  await expect(editor.steps()).toHaveCount(2);
});

test('a garbled share link says so, and the own blueprint opens as usual, unchanged', async ({
  page,
}) => {
  const good = shareLinkFor(blueprintDoc({ steps: [step('a', 'customer', 0, 'Shared step')] }));
  const ownText = await openWithOwnAutosave(page, ownDoc(), good.slice(0, -12));

  await expect(alerts(page)).toHaveCount(1);
  await expect(alerts(page)).toContainText('Could not open the share link');
  await expect(alerts(page)).toContainText('damaged or incomplete');
  await expect(alerts(page)).toContainText('Your own blueprint is shown, unchanged.');
  expect(await stepLabelsOnScreen(page)).toEqual(['My own step']);
  await expect(page.getByText(BANNER)).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe('');
  expect(await autosaveText(page)).toBe(ownText);

  // The own blueprint is editable as usual.
  const editor = new Editor(page);
  await editor.addStepByDoubleClick('onstage', 'Still mine', 400);
  await editor.expectSaved((d) => expect(sortedLabels(d)).toEqual(['My own step', 'Still mine']));
});

test('a share link holding an invalid blueprint names the problem and its place', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(ownDoc());
  const ownText = await autosaveText(page);
  const broken = blueprintDoc({ steps: [step('a', 'nowhere', 0, 'Lost step')] });
  // Pasted into the address bar of the open tab: only the fragment changes.
  await page.goto(shareLinkFor(broken));

  await expect(alerts(page)).toContainText('Could not open the share link');
  await expect(alerts(page)).toContainText('steps[0].lane');
  expect(await stepLabelsOnScreen(page)).toEqual(['My own step']);
  await expect(page.getByText(BANNER)).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe('');
  expect(await autosaveText(page)).toBe(ownText);
});

test('a blueprint too long for a link is refused with a suggestion to Save a file', async ({
  page,
  context,
  baseURL,
}) => {
  test.slow(); // 3,000 cards on the canvas
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  // 3,000 steps whose long labels deflate cannot shrink much.
  let seed = 7;
  const noise = (length: number) =>
    Array.from({ length }, () => {
      seed = (seed * 48_271) % 2_147_483_647; // MINSTD: exact in doubles
      return 'abcdefghijklmnopqrstuvwxyz0123456789'[seed % 36];
    }).join('');
  const steps = Array.from({ length: 3000 }, (_, i) =>
    step(`s${i}`, 'customer', i * 240, `${i} ${noise(60)}`),
  );
  const editor = new Editor(page);
  await editor.open(blueprintDoc({ title: 'Huge', steps }));
  await page.evaluate(() => navigator.clipboard.writeText('before'));

  await editor.command('File', 'Copy share link');
  await expect(alerts(page)).toContainText('too long for a share link');
  await expect(alerts(page)).toContainText('Use Save to share it as a file instead.');
  await expect(page.getByTestId('share-status')).toHaveText('');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before');
});

test('when the clipboard is refused, the link is shown selected to copy by hand', async ({
  page,
}) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied'));
  });
  const editor = new Editor(page);
  await editor.open(ownDoc());
  await editor.command('File', 'Copy share link');

  const dialog = page.getByRole('dialog', { name: 'Copy the share link' });
  await expect(dialog).toBeVisible();
  const field = dialog.getByRole('textbox', { name: 'Share link' });
  await expect(field).toBeFocused();
  const value = await field.inputValue();
  expect(value).toMatch(/\/#share=[A-Za-z0-9_-]+$/);
  expect(
    await field.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd]),
  ).toEqual([0, value.length]);

  await page.keyboard.press('Control+c');
  await expect(page.getByTestId('share-status')).toHaveText('Link copied');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);

  // The link works: it opens the same blueprint read-only.
  await page.goto('about:blank');
  await page.goto(value);
  await expect(page.getByText(BANNER)).toBeVisible();
  expect(await stepLabelsOnScreen(page)).toEqual(['My own step']);
});
