import { expect, type Locator, type Page } from '@playwright/test';
import { test } from './fixtures';
import { Editor, type SavedDoc } from './fixtures';
import { smallBlueprint } from './helpers/smallBlueprint';

/** Right-click (and Shift+F10 / Menu key) menus on the canvas, lanes, steps and flows. */

test.describe.configure({ timeout: 60_000 });

async function openSmall(page: Page): Promise<Editor> {
  const editor = new Editor(page);
  // A custom lane "Emotions" at the bottom, to move and delete.
  await editor.open(
    smallBlueprint([{ id: 'emotions', kind: 'custom', label: 'Emotions', height: 120 }]),
  );
  await expect(editor.steps()).toHaveCount(3);
  return editor;
}

function menu(page: Page): Locator {
  return page.getByRole('menu');
}

function item(page: Page, name: string): Locator {
  return menu(page).getByRole('menuitem', { name, exact: true });
}

async function rightClick(page: Page, target: Locator): Promise<void> {
  const box = (await target.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + Math.min(20, box.height / 2), {
    button: 'right',
  });
  await expect(menu(page)).toBeVisible();
}

/** The middle of a flow's line, in window coordinates. */
async function flowMiddle(page: Page, name: string): Promise<{ x: number; y: number }> {
  const path = page.getByRole('group', { name }).locator('path.react-flow__edge-path');
  return path.evaluate((el) => {
    const line = el as SVGPathElement;
    const mid = line.getPointAtLength(line.getTotalLength() / 2);
    const screen = mid.matrixTransform(line.getScreenCTM()!);
    return { x: screen.x, y: screen.y };
  });
}

const stepOf = (doc: SavedDoc, label: string) => doc.steps.find((s) => s.label === label);

test('step menu: right-click selects the card; its commands act on every selected step', async ({
  page,
}) => {
  const editor = await openSmall(page);
  await editor.step('Arrive').click();

  // A card that is not selected becomes the selection; the first command has the focus.
  await rightClick(page, editor.step('Check in'));
  await expect(menu(page)).toHaveAccessibleName('Step menu');
  await expect(item(page, 'Edit label')).toBeFocused();
  await expect(editor.step('Check in')).toHaveClass(/selected/);
  await expect(editor.step('Arrive')).not.toHaveClass(/selected/);
  await item(page, 'Toggle fail point').click();
  await expect(menu(page)).toHaveCount(0);
  await editor.expectSaved((d) => {
    expect(stepOf(d, 'Check in')!.failPoint).toBeDefined();
    expect(stepOf(d, 'Arrive')!.failPoint).toBeUndefined();
  });

  // With all selected, the menu speaks for all three: one toggle marks every one a wait.
  await page.keyboard.press('Control+a');
  await rightClick(page, editor.step('Greet'));
  await expect(menu(page)).toHaveAccessibleName('Menu for 3 steps');
  await item(page, 'Toggle wait').click();
  await editor.expectSaved((d) => expect(d.steps.every((s) => s.wait)).toBe(true));

  // Copy, then paste from the canvas menu at the pointer: the copy keeps its lane.
  await page.keyboard.press('Escape');
  await rightClick(page, editor.step('Greet'));
  await item(page, 'Copy').click();
  const spot = await editor.pointInLane('support', 700);
  await page.mouse.click(spot.x, spot.y, { button: 'right' });
  await item(page, 'Paste').click();
  await expect(editor.step('Greet')).toHaveCount(2);
  const pasted = editor.step('Greet').nth(1);
  const box = (await pasted.boundingBox())!;
  expect(Math.abs(box.x + box.width / 2 - spot.x)).toBeLessThan(6);

  // Delete removes the selected card only.
  await rightClick(page, pasted);
  await item(page, 'Delete').click();
  await editor.expectSaved((d) => {
    expect(d.steps.map((s) => s.label).sort()).toEqual(['Arrive', 'Check in', 'Greet']);
    expect(d.flows).toHaveLength(1);
  });
});

test('canvas menu: "Add step here" puts the step in the lane under the pointer, at the pointer', async ({
  page,
}) => {
  const editor = await openSmall(page);
  const spot = await editor.pointInLane('backstage', 420);
  await page.mouse.click(spot.x, spot.y, { button: 'right' });
  await expect(menu(page)).toHaveAccessibleName(/^Lane menu: Backstage/);
  // Nothing has been copied: Paste cannot apply, and choosing it does nothing.
  await expect(item(page, 'Paste')).toHaveAttribute('aria-disabled', 'true');
  await item(page, 'Paste').click({ force: true });
  await expect(menu(page)).toBeVisible();
  // A press outside closes the menu without doing anything.
  await page.mouse.click(spot.x - 100, spot.y);
  await expect(menu(page)).toHaveCount(0);
  await expect(editor.steps()).toHaveCount(3);

  await page.mouse.click(spot.x, spot.y, { button: 'right' });
  await expect(item(page, 'Add step here')).toBeFocused();
  await item(page, 'Add step here').click();
  const label = page.getByRole('textbox', { name: 'Step label' });
  await expect(label).toBeFocused();
  await label.fill('Restock');
  await label.press('Enter');
  const card = (await editor.step('Restock').boundingBox())!;
  expect(Math.abs(card.x + card.width / 2 - spot.x)).toBeLessThan(6);
  await editor.expectSaved((d) => expect(stepOf(d, 'Restock')?.lane).toBe('backstage'));

  // Above every lane there is no lane to add to.
  const pane = (await page.locator('.react-flow').boundingBox())!;
  await page.mouse.click(spot.x, pane.y + pane.height - 6, { button: 'right' });
  await expect(menu(page)).toHaveAccessibleName('Canvas menu');
  await expect(item(page, 'Add step here')).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Escape');
  await expect(menu(page)).toHaveCount(0);
});

test('lane menu on a lane name: rename, move and delete a custom lane; standard lanes stay put', async ({
  page,
}) => {
  const editor = await openSmall(page);
  const header = (id: string) => page.locator(`[data-lane-header="${id}"]`);

  await rightClick(page, header('customer'));
  await expect(item(page, 'Move lane up')).toHaveAttribute('aria-disabled', 'true');
  await expect(item(page, 'Delete lane')).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Escape');

  await rightClick(page, header('emotions'));
  await expect(menu(page)).toHaveAccessibleName('Lane menu: Emotions');
  await item(page, 'Rename lane').click();
  const name = page.getByRole('textbox', { name: 'Lane name' });
  await expect(name).toBeFocused();
  await name.fill('Feelings');
  await name.press('Enter');
  await editor.expectSaved((d) => expect(d.lanes.at(-1)!.label).toBe('Feelings'));

  await rightClick(page, header('emotions'));
  await item(page, 'Move lane up').click();
  await editor.expectSaved((d) =>
    expect(d.lanes.map((l) => l.id).slice(-2)).toEqual(['emotions', 'support']),
  );

  await rightClick(page, header('emotions'));
  await item(page, 'Delete lane').click();
  await editor.expectSaved((d) => expect(d.lanes.map((l) => l.id)).not.toContain('emotions'));
});

test('flow menu: reverse a flow, make it two-way, then delete it', async ({ page }) => {
  const editor = await openSmall(page);
  let mid = await flowMiddle(page, "Flow from 'Arrive' to 'Check in'");
  await page.mouse.click(mid.x, mid.y, { button: 'right' });
  await item(page, 'Reverse direction').click();
  await editor.expectSaved((d) => expect(d.flows[0]).toMatchObject({ from: 'b', to: 'a' }));
  const name = "Flow from 'Check in' to 'Arrive'";
  mid = await flowMiddle(page, name);
  await page.mouse.click(mid.x, mid.y, { button: 'right' });
  await expect(menu(page)).toHaveAccessibleName('Flow menu');
  const twoWay = menu(page).getByRole('menuitemcheckbox', { name: 'Two-way' });
  await expect(twoWay).toHaveAttribute('aria-checked', 'false');
  await twoWay.click();
  await editor.expectSaved((d) => expect(d.flows[0]!.twoWay).toBe(true));

  mid = await flowMiddle(page, `${name}, two-way`);
  await page.mouse.click(mid.x, mid.y, { button: 'right' });
  await item(page, 'Delete flow').click();
  await editor.expectSaved((d) => expect(d.flows).toEqual([]));
  await expect(editor.steps()).toHaveCount(3);
});

test('keyboard: Shift+F10 on a focused card, arrows, Home/End, Enter; Escape gives the focus back', async ({
  page,
}) => {
  const editor = await openSmall(page);
  const card = editor.step('Arrive');
  await card.focus();

  await page.keyboard.press('Shift+F10');
  await expect(item(page, 'Edit label')).toBeFocused();
  await page.keyboard.press('End');
  await expect(item(page, 'Delete')).toBeFocused();
  await page.keyboard.press('ArrowDown'); // wraps round
  await expect(item(page, 'Edit label')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(item(page, 'Delete')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(item(page, 'Edit label')).toBeFocused();
  // Keys in the menu are the menu's: F does not mark the step.
  await page.keyboard.press('f');
  await page.keyboard.press('Escape');
  await expect(menu(page)).toHaveCount(0);
  await expect(card).toBeFocused();

  // The Menu key opens it too; four down is "Toggle fail point".
  await page.keyboard.press('ContextMenu');
  await expect(item(page, 'Edit label')).toBeFocused();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await expect(item(page, 'Toggle fail point')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu(page)).toHaveCount(0);
  await expect(card).toBeFocused();
  await editor.expectSaved((d) => {
    expect(stepOf(d, 'Arrive')!.failPoint).toBeDefined();
    expect(d.steps.filter((s) => s.failPoint)).toHaveLength(1);
  });
});
