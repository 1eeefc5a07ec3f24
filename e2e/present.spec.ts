import { expect, type Page } from '@playwright/test';
import { test } from './fixtures';
import { Editor } from './fixtures';
import { blueprintDoc, step } from './helpers/io';

/**
 * Four customer actions. "Order" is served onstage, cooked backstage with the kitchen system
 * behind; "Pay and leave" shares that system through its own backstage step; "Wait for food"
 * has no staff but a wait of its own; the cleaning rota belongs to no moment.
 */
const doc = blueprintDoc({
  title: 'Diner',
  steps: [
    step('e1', 'evidence', 0, 'Sign'),
    step('e2', 'evidence', 240, 'Menu'),
    step('e4', 'evidence', 720, 'Receipt'),
    step('c1', 'customer', 0, 'Arrive'),
    step('c2', 'customer', 240, 'Order'),
    step('c3', 'customer', 480, 'Wait for food', { wait: { expectedMin: 20, toleranceMin: 10 } }),
    step('c4', 'customer', 720, 'Pay and leave'),
    step('o2', 'onstage', 240, 'Take order', {
      failPoint: {
        risk: 'Order misheard',
        probability: 0.1,
        costPerFailure: 8,
        recovery: 'Read the order back',
        owner: '',
      },
    }),
    step('o4', 'onstage', 720, 'Take payment'),
    step('b2', 'backstage', 360, 'Cook'),
    step('b4', 'backstage', 720, 'Close the bill'),
    step('s1', 'support', 480, 'Kitchen system'),
    step('s0', 'support', 0, 'Cleaning rota'),
  ],
  flows: [
    ['c1', 'c2'],
    ['c2', 'c3'],
    ['c3', 'c4'],
    ['c2', 'o2'],
    ['o2', 'b2'],
    ['b2', 's1'],
    ['c4', 'o4'],
    ['o4', 'b4'],
    ['b4', 's1'],
  ].map(([from, to]) => ({ id: `${from}-${to}`, from: from!, to: to!, label: '', twoWay: false })),
});

/** The labels of the cards drawn at full strength, and how many are dimmed. */
async function cardStrength(page: Page): Promise<{ lit: string[]; dimmed: number }> {
  return page.locator('.react-flow__node').evaluateAll((nodes) => {
    const opacity = (n: Element) => Number(getComputedStyle(n).opacity);
    return {
      lit: nodes
        .filter((n) => opacity(n) > 0.9)
        .map((n) => n.querySelector('.step-label')?.textContent ?? '')
        .sort(),
      dimmed: nodes.filter((n) => opacity(n) < 0.5).length,
    };
  });
}

/**
 * Given a blueprint with four customer actions and a step selected,
 * when the user presents it and walks the journey with →, Next, PageDown, ←, Home and End,
 * then each customer action is lit with its linked steps, the rest dimmed, its fail and wait
 * notes are in the caption, and Escape brings back the editor as it was, the document unchanged.
 */
test('Present walks every customer action with its linked steps, and Escape leaves it all as it was', async ({
  page,
}) => {
  // No fades or animated pans: each moment is checked as soon as it is shown.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // The browser refuses full screen (as headless or embedded ones may): presenting goes on.
  await page.addInitScript(() => {
    Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('refused'));
  });
  const editor = new Editor(page);
  await editor.open(doc);
  await editor.step('Cook').click();
  await expect(editor.step('Cook').locator('.step-card')).toHaveClass(/is-selected/);
  const before = await editor.savedDoc();
  const transform = () =>
    page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  const viewBefore = await transform();

  await editor.button('Present').click();
  const toolbar = page.getByRole('toolbar', { name: 'Main toolbar' });
  await expect(toolbar).toBeHidden();
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
  const dialog = page.getByRole('dialog', { name: 'Presentation' });
  const counter = dialog.getByTestId('present-counter');
  const caption = dialog.locator('.present-caption');
  await expect(counter).toHaveText('1 / 4');

  const moments: { label: string; lit: string[]; caption: RegExp[] }[] = [
    { label: 'Arrive', lit: ['Arrive', 'Sign'], caption: [/No fail points or waits here/] },
    {
      label: 'Order',
      lit: ['Cook', 'Kitchen system', 'Menu', 'Order', 'Take order'],
      caption: [/Fail point: Order misheard/, /Recovery: Read the order back/],
    },
    {
      label: 'Wait for food',
      lit: ['Wait for food'],
      caption: [/Wait: about 20 min; customers accept 10 min/, /Longer than customers accept/],
    },
    {
      label: 'Pay and leave',
      lit: ['Close the bill', 'Kitchen system', 'Pay and leave', 'Receipt', 'Take payment'],
      caption: [/No fail points or waits here/],
    },
  ];
  const expectMoment = async (i: number) => {
    const moment = moments[i]!;
    await expect(counter).toHaveText(`${i + 1} / 4`);
    await expect(caption.getByRole('heading', { level: 2 })).toHaveText(moment.label);
    for (const text of moment.caption) await expect(caption).toContainText(text);
    await expect
      .poll(() => cardStrength(page))
      .toEqual({ lit: moment.lit, dimmed: 13 - moment.lit.length });
  };

  await expectMoment(0);
  await page.keyboard.press('ArrowRight');
  await expectMoment(1);
  await dialog.getByRole('button', { name: 'Next', exact: true }).click();
  await expectMoment(2);
  await page.keyboard.press('PageDown');
  await expectMoment(3);
  await expect(dialog.getByRole('button', { name: 'Next', exact: true })).toBeDisabled();
  await page.keyboard.press('ArrowLeft');
  await expectMoment(2);
  await page.keyboard.press('Home');
  await expect(counter).toHaveText('1 / 4');
  await page.keyboard.press('End');
  await expect(counter).toHaveText('4 / 4');
  // Editing keys do nothing while presenting: F would mark a fail point, Delete remove a step.
  await page.keyboard.press('f');
  await page.keyboard.press('Delete');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(toolbar).toBeVisible();
  await expect.poll(transform).toBe(viewBefore);
  await expect(editor.step('Cook').locator('.step-card')).toHaveClass(/is-selected/);
  await expect(editor.button('Undo')).toBeDisabled();
  await expect(page.locator('.react-flow__node').first()).toHaveCSS('opacity', '1');
  await editor.expectSaved((saved) => expect(saved).toEqual(before));
});
