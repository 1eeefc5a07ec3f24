import { expect } from '@playwright/test';
import { Editor, test } from './fixtures';
import { blueprintDoc, downloadBytes, downloadFrom, pngSize, step } from './helpers/io';

/**
 * Personas: cards with a name, description, goals, pains and a picture from a file (kept in the
 * document, size-limited); guide step 1 names the one the blueprint is for; the report shows it.
 */

// The smallest PNG: one transparent pixel.
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

test('a persona with a picture, chosen in guide step 1, kept through a reload and in the report', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(blueprintDoc({ title: 'Café', steps: [step('a', 'customer', 0, 'Order')] }));
  await editor.button('Guide').click();
  const guide = page.getByRole('region', { name: 'Six-step guide' });
  await guide.getByRole('button', { name: 'Personas…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Personas' });
  await expect(dialog.getByText('No personas yet.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Add persona' }).click();
  const card = dialog.getByRole('listitem');
  await card.getByRole('textbox', { name: 'Name' }).fill('Commuter 通勤族');
  await card.getByRole('textbox', { name: 'Short description' }).fill('Coffee on the way to work');
  await card.getByRole('textbox', { name: 'Goals' }).fill('Be out in two minutes');
  await card.getByRole('textbox', { name: 'Pains' }).fill('Queues');

  // A picture too large is refused with a message; a small one is kept.
  const pick = async (name: string, buffer: Buffer, mimeType = 'image/png') => {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      card.getByRole('button', { name: 'Choose picture…' }).click(),
    ]);
    await chooser.setFiles({ name, mimeType, buffer });
  };
  await pick('huge.png', Buffer.alloc(300 * 1024, 1));
  await expect(card.getByRole('alert')).toHaveText(
    '“huge.png” is larger than 200 KB: choose a smaller picture.',
  );
  await pick('notes.txt', Buffer.from('hello'), 'text/plain');
  await expect(card.getByRole('alert')).toHaveText(
    '“notes.txt” is not a PNG, JPEG, WebP or GIF picture.',
  );
  await pick('face.png', PIXEL);
  await expect(card.getByRole('img', { name: 'Picture of Commuter 通勤族' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await guide.getByRole('combobox', { name: 'Persona' }).selectOption({ label: 'Commuter 通勤族' });
  await expect(guide.getByTestId('persona-summary')).toContainText('Goals: Be out in two minutes');
  const saved = await editor.expectSaved((doc) =>
    expect((doc.meta as { personaId?: string }).personaId).toBeTruthy(),
  );
  const personas = saved.personas as { id: string; name: string; picture?: string }[];
  expect(personas).toHaveLength(1);
  expect(personas[0]!.picture).toBe(`data:image/png;base64,${PIXEL.toString('base64')}`);
  expect((saved.meta as { personaId?: string }).personaId).toBe(personas[0]!.id);

  await page.reload();
  await editor.button('Guide').click();
  await expect(guide.getByTestId('persona-summary')).toContainText('Commuter 通勤族');
  await editor.button('Report').click();
  const facts = page.getByTestId('report-facts');
  await expect(facts).toContainText('Drawn for');
  await expect(facts).toContainText('Commuter 通勤族');
  await editor.button('Back to editor').click();

  // Exported pictures carry the persona: a band under the blueprint with its picture.
  const svg = (
    await downloadBytes(await downloadFrom(page, () => editor.button('Export SVG').click()))
  ).toString('utf8');
  expect(svg).toContain('Drawn for: Commuter 通勤族');
  expect(svg).toContain('Goals: Be out in two minutes');
  expect(svg).toContain(`href="data:image/png;base64,${PIXEL.toString('base64')}"`);
  const png = await downloadBytes(
    await downloadFrom(page, () => editor.button('Export PNG').click()),
  );
  const svgHeight = Number(/height="([\d.]+)"/.exec(svg)![1]);
  expect(pngSize(png).height).toBeGreaterThanOrEqual(Math.floor(svgHeight));
});

test('deleting the chosen persona is one undo step that brings both back', async ({ page }) => {
  const editor = new Editor(page);
  const doc = blueprintDoc({ title: 'Café' });
  (doc.meta as Record<string, unknown>).personaId = 'p1';
  doc.personas = [{ id: 'p1', name: 'Tourist', description: '', goals: '', pains: '' }];
  await editor.open(doc);
  await editor.button('Guide').click();
  const guide = page.getByRole('region', { name: 'Six-step guide' });
  await expect(guide.getByRole('combobox', { name: 'Persona' })).toHaveValue('p1');
  await guide.getByRole('button', { name: 'Personas…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Personas' });
  await dialog.getByRole('button', { name: 'Delete persona' }).click();
  await expect(dialog.getByText('No personas yet.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(guide.getByRole('combobox', { name: 'Persona' })).toHaveValue('');
  await editor.button('Undo').click();
  await expect(guide.getByRole('combobox', { name: 'Persona' })).toHaveValue('p1');
  await editor.expectSaved((saved) => expect(saved.personas).toHaveLength(1));
});

test('the printed page names the persona the blueprint is drawn for', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  const editor = new Editor(page);
  const doc = blueprintDoc({ title: 'Café', steps: [step('a', 'customer', 0, 'Order')] });
  (doc.meta as Record<string, unknown>).personaId = 'p1';
  doc.personas = [{ id: 'p1', name: 'Tourist 游客', description: '', goals: '', pains: '' }];
  await editor.open(doc);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+p');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-header')).toContainText('Drawn for: Tourist 游客');
});
