import { expect, type Page } from '@playwright/test';
import { Editor, test, type SavedDoc } from './fixtures';
import { blueprintDoc, downloadBytes, downloadFrom, pngSize, step } from './helpers/io';

/**
 * Comments: written on a step, a flow and a spot of the canvas, badged there and listed in the
 * Comments tab; kept through a reload; resolved, edited, deleted and undone; left out of
 * exported pictures unless asked for; listed in the report.
 */

interface SavedComment {
  id: string;
  on: string;
  target?: string;
  x?: number;
  y?: number;
  author: string;
  text: string;
  createdAt: string;
  resolved: boolean;
}

const commentsOf = (doc: SavedDoc) => doc.comments as SavedComment[];

function cafe(comments: SavedComment[] = []): SavedDoc {
  return blueprintDoc({
    title: 'Café',
    steps: [step('order', 'customer', 0, 'Order'), step('take', 'onstage', 0, 'Take order')],
    flows: [{ id: 'f1', from: 'order', to: 'take', label: '', twoWay: false }],
    comments,
  });
}

const AT = '2026-12-06T09:30:00.000Z';

function reviewed(): SavedDoc {
  return cafe([
    {
      id: 'k1',
      on: 'step',
      target: 'order',
      author: 'Ms Li',
      text: 'Is there a queue?',
      createdAt: AT,
      resolved: false,
    },
    {
      id: 'k2',
      on: 'flow',
      target: 'f1',
      author: 'Ms Li',
      text: 'Label this arrow',
      createdAt: AT,
      resolved: false,
    },
    {
      id: 'k3',
      on: 'step',
      target: 'take',
      author: 'Bo',
      text: 'Already fixed',
      createdAt: AT,
      resolved: true,
    },
  ]);
}

function panel(page: Page) {
  return page.getByRole('region', { name: /^Comments/ });
}

function list(page: Page) {
  return panel(page).getByRole('list', { name: 'Comments' });
}

function badge(page: Page, name: string) {
  return page.getByRole('button', { name, exact: true });
}

async function exportPng(page: Page): Promise<Buffer> {
  return downloadBytes(
    await downloadFrom(page, () =>
      page.getByRole('button', { name: 'Export PNG', exact: true }).click(),
    ),
  );
}

/** Export PNG ▾ → Include comments, then Escape. */
async function includeComments(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'PNG options', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'PNG options' })
    .getByRole('checkbox', { name: 'Include comments' })
    .check();
  await page.keyboard.press('Escape');
}

async function rightClickEmptyCanvas(page: Page): Promise<{ x: number; y: number }> {
  const pane = (await page.locator('.react-flow').boundingBox())!;
  const spot = { x: pane.x + pane.width * 0.7, y: pane.y + pane.height * 0.55 };
  await page.mouse.click(spot.x, spot.y, { button: 'right' });
  return spot;
}

test('comments on a step, a flow and a spot: badged, listed, kept through a reload', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(cafe());

  // A step, from its menu: the Comments tab opens with the box ready.
  await editor.step('Order').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Comment…' }).click();
  await expect(page.getByRole('tab', { name: /^Comments/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const box = panel(page).getByRole('textbox', { name: 'New comment' });
  await expect(box).toBeFocused();
  await expect(panel(page).getByTestId('comment-subject')).toHaveText(/On step “Order”/);
  await panel(page).getByRole('textbox', { name: 'Your name' }).fill('Ms Li');
  await box.fill('Is there a queue here?');
  await box.press('Control+Enter');
  await expect(badge(page, '1 comment on “Order”')).toBeVisible();
  await expect(box).toHaveValue('');

  // An empty comment is refused with a message, and nothing is added.
  await panel(page).getByRole('button', { name: 'Add comment' }).click();
  await expect(panel(page).getByRole('alert')).toHaveText('Write the comment first.');
  await expect(list(page).getByRole('listitem')).toHaveCount(1);

  // A flow, by selecting it.
  await editor.clickFlow("Flow from 'Order' to 'Take order'");
  await expect(panel(page).getByTestId('comment-subject')).toHaveText(/On flow Order → Take order/);
  await box.fill('Label this arrow');
  await panel(page).getByRole('button', { name: 'Add comment' }).click();
  await expect(badge(page, '1 comment on “Order → Take order”')).toBeVisible();

  // A spot, from the canvas menu.
  await rightClickEmptyCanvas(page);
  await page.getByRole('menuitem', { name: 'Add comment here' }).click();
  await expect(panel(page).getByTestId('comment-subject')).toHaveText(/On a spot of the canvas/);
  await box.fill('Where does the customer pay?');
  await box.press('Control+Enter');
  await expect(page.getByTestId('comment-pin')).toHaveCount(1);
  await expect(page.getByRole('button', { name: /^Comment 1 by Ms Li: Where does/ })).toBeVisible();

  await expect(list(page).getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('tab', { name: 'Comments (3)' })).toBeVisible();
  const saved = await editor.expectSaved((doc) => expect(commentsOf(doc)).toHaveLength(3));
  expect(saved.version).toBe(4);
  const comments = commentsOf(saved);
  expect(comments.map((c) => [c.on, c.target ?? 'spot', c.author, c.text])).toEqual([
    ['step', 'order', 'Ms Li', 'Is there a queue here?'],
    ['flow', 'f1', 'Ms Li', 'Label this arrow'],
    ['canvas', 'spot', 'Ms Li', 'Where does the customer pay?'],
  ]);
  expect(Date.now() - Date.parse(comments[0]!.createdAt)).toBeLessThan(120_000);
  expect(Number.isFinite(comments[2]!.x) && Number.isFinite(comments[2]!.y)).toBe(true);

  // Nothing is lost on reload; the name is remembered.
  await page.reload();
  await expect(badge(page, '1 comment on “Order”')).toBeVisible();
  await expect(badge(page, '1 comment on “Order → Take order”')).toBeVisible();
  await expect(page.getByTestId('comment-pin')).toHaveCount(1);
  await page.getByRole('tab', { name: 'Comments (3)' }).click();
  await expect(list(page).getByRole('listitem')).toHaveText([
    /On step “Order”.*Ms Li.*Is there a queue here\?/,
    /On flow Order → Take order.*Label this arrow/,
    /On a spot of the canvas.*Where does the customer pay\?/,
  ]);
  await expect(panel(page).getByRole('textbox', { name: 'Your name' })).toHaveValue('Ms Li');

  // A badge opens its comment in the panel.
  await page.getByRole('tab', { name: 'Inspector' }).click();
  await badge(page, '1 comment on “Order”').click();
  await expect(list(page).locator('[aria-current="true"]')).toHaveText(/Is there a queue here\?/);
});

test('resolve, edit, delete and the step’s own deletion all undo', async ({ page }) => {
  const editor = new Editor(page);
  await editor.open(reviewed());
  await page.getByRole('tab', { name: 'Comments (2)' }).click();
  const first = list(page).locator('[data-comment-id="k1"]');

  await first.getByRole('button', { name: 'Resolve' }).click();
  await expect(badge(page, '1 comment on “Order”')).toBeHidden();
  await expect(list(page).getByRole('listitem')).toHaveCount(1);
  await panel(page).getByRole('checkbox', { name: 'Show resolved (2)' }).check();
  await expect(list(page).getByRole('listitem')).toHaveCount(3);
  await expect(first).toHaveText(/Resolved/);

  // The checkbox has the focus, and fields keep their keys: undo from the toolbar, redo by key.
  await editor.button('Undo').click();
  await expect(badge(page, '1 comment on “Order”')).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(badge(page, '1 comment on “Order”')).toBeHidden();
  await first.getByRole('button', { name: 'Reopen' }).click();
  await expect(badge(page, '1 comment on “Order”')).toBeVisible();

  await first.getByRole('button', { name: 'Edit' }).click();
  const text = first.getByRole('textbox', { name: 'Comment text' });
  await expect(text).toBeFocused();
  await text.fill('Is there a queue at 8 am?');
  await first.getByRole('button', { name: 'Save' }).click();
  const edited = list(page).getByRole('listitem').filter({ hasText: 'at 8 am' });
  await expect(edited).toBeVisible();
  await editor.expectSaved((doc) =>
    expect(commentsOf(doc).find((c) => c.id === 'k1')!.text).toBe('Is there a queue at 8 am?'),
  );

  await edited.getByRole('button', { name: 'Delete' }).click();
  await expect(edited).toBeHidden();
  await page.keyboard.press('Control+z');
  await expect(edited).toBeVisible();

  // Deleting a step deletes its comments; undo brings both back.
  await editor.step('Order').click();
  await page.keyboard.press('Delete');
  await expect(editor.step('Order')).toHaveCount(0);
  await expect(edited).toBeHidden();
  await expect(
    list(page).getByRole('listitem').filter({ hasText: 'Label this arrow' }),
  ).toBeHidden();
  await page.keyboard.press('Control+z');
  await expect(editor.step('Order')).toBeVisible();
  await expect(edited).toBeVisible();
  await expect(badge(page, '1 comment on “Order”')).toBeVisible();
  await editor.expectSaved((doc) =>
    expect(commentsOf(doc).map((c) => c.id)).toEqual(['k1', 'k2', 'k3']),
  );
});

test('a pin dragged to another spot stays there, as one undo step', async ({ page }) => {
  const editor = new Editor(page);
  await editor.open(
    cafe([
      {
        id: 'p1',
        on: 'canvas',
        x: 600,
        y: 200,
        author: '',
        text: 'Here',
        createdAt: AT,
        resolved: false,
      },
    ]),
  );
  const pin = page.getByTestId('comment-pin');
  const box = (await pin.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 120, box.y + 80, { steps: 8 });
  await page.mouse.up();
  const saved = await editor.expectSaved((doc) => expect(commentsOf(doc)[0]!.x).not.toBe(600));
  const moved = commentsOf(saved)[0]!;
  expect(moved.x).toBeGreaterThan(650);
  expect(moved.y).toBeGreaterThan(230);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await editor.expectSaved((doc) => expect(commentsOf(doc)[0]).toMatchObject({ x: 600, y: 200 }));
});

test('exports leave comments out unless asked for; the report lists them all', async ({ page }) => {
  const editor = new Editor(page);
  await editor.open(reviewed());

  const svgText = async () =>
    (
      await downloadBytes(await downloadFrom(page, () => editor.button('Export SVG').click()))
    ).toString('utf8');
  const pngBytes = () => exportPng(page);

  const plainSvg = await svgText();
  expect(plainSvg).not.toContain('Is there a queue?');
  expect(plainSvg).not.toContain('comments-list');
  const plainPng = pngSize(await pngBytes());

  await includeComments(page);

  const withSvg = await svgText();
  expect(withSvg).toContain('id="comments-list"');
  expect(withSvg).toContain('1. On step “Order” — Ms Li');
  expect(withSvg).toContain('Is there a queue?');
  expect(withSvg).toContain('2. On flow Order → Take order');
  expect(withSvg).not.toContain('Already fixed');
  expect((withSvg.match(/class="comment-marker"/g) ?? []).length).toBe(2);
  const withPng = pngSize(await pngBytes());
  expect(withPng.width).toBe(plainPng.width);
  expect(withPng.height).toBeGreaterThan(plainPng.height);

  await editor.button('Report').click();
  const report = page.getByRole('region', { name: 'Report: Café' });
  const table = report.getByRole('table', { name: 'Comments, open ones first' });
  await expect(table.locator('tbody tr')).toHaveText([
    /On step “Order”.*Ms Li.*Open.*Is there a queue\?/,
    /On flow Order → Take order.*Open.*Label this arrow/,
    /On step “Take order”.*Bo.*Resolved.*Already fixed/,
  ]);
});

test('a PNG exported without comments opens with none; with them, it opens with them', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(reviewed());
  const without = await exportPng(page);
  await includeComments(page);
  const withComments = await exportPng(page);

  const open = async (bytes: Buffer) => {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Open', exact: true }).click(),
    ]);
    await chooser.setFiles({ name: 'Café.png', mimeType: 'image/png', buffer: bytes });
  };
  await open(without);
  await expect(editor.step('Order')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Comments', exact: true })).toBeVisible();
  await expect(badge(page, '1 comment on “Order”')).toBeHidden();
  await open(withComments);
  await expect(page.getByRole('tab', { name: 'Comments (2)' })).toBeVisible();
  await expect(badge(page, '1 comment on “Order”')).toBeVisible();
});

test('the Comments tab in Chinese', async ({ page }) => {
  const editor = new Editor(page);
  await editor.open(reviewed());
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await page.getByRole('tab', { name: '评论 (2)' }).click();
  const zh = page.getByRole('region', { name: /^评论/ });
  await expect(zh.getByRole('list', { name: '评论' }).getByRole('listitem').first()).toHaveText(
    /关于步骤“Order”.*Ms Li.*Is there a queue\?/,
  );
  await expect(zh.getByRole('button', { name: '添加评论' })).toBeVisible();
  await expect(page.getByRole('button', { name: '“Order”有 1 条评论' })).toBeVisible();
});
