import { expect } from '@playwright/test';
import { BLUEPRINT_PREFIX, Editor, TAB_BLUEPRINT_KEY, test } from './fixtures';
import { blueprintDoc, step } from './helpers/io';

const PART_PREFIX = 'service-blueprint-studio:blueprint-part:';
const STEP_COUNT = 1200;

/** 1,200 steps in the three lanes below the customer's, each linked to the next. */
function bigBlueprint() {
  const lanes = ['onstage', 'backstage', 'support'];
  const steps = Array.from({ length: STEP_COUNT }, (_, i) =>
    step(`s${i}`, lanes[i % 3]!, 40 + Math.floor(i / 3) * 220, `Step ${i}`),
  );
  const flows = steps
    .slice(1)
    .map((s, i) => ({ id: `f${i}`, from: steps[i]!.id, to: s.id, label: '', twoWay: false }));
  return blueprintDoc({ title: 'Big hotel', steps, flows });
}

test('a big blueprint is kept in parts: an edit writes one part, and a reload brings it all back', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open(bigBlueprint());
  const opened = await editor.savedDoc();
  expect(opened.steps).toHaveLength(STEP_COUNT);

  const stored = () =>
    page.evaluate(
      ([tabKey, prefix, partPrefix]) => {
        const id = sessionStorage.getItem(tabKey!)!;
        const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)!);
        return {
          manifest: localStorage.getItem(prefix + id) ?? '',
          parts: keys.filter((k) => k.startsWith(partPrefix!)).length,
        };
      },
      [TAB_BLUEPRINT_KEY, BLUEPRINT_PREFIX, PART_PREFIX],
    );
  const before = await stored();
  expect(before.manifest.startsWith('{"storedAs":"parts"')).toBe(true);
  expect(before.parts).toBeGreaterThan(10);

  // Every value the page writes from here on is noted.
  await page.evaluate(() => {
    const written: string[] = [];
    (window as unknown as { written: string[] }).written = written;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function noteAndSet(key: string, value: string) {
      written.push(key);
      setItem.call(this, key, value);
    };
  });
  await editor.addStepByDoubleClick('customer', 'Ring the night bell');
  await editor.expectSaved((doc) => {
    expect(doc.steps).toHaveLength(STEP_COUNT + 1);
    expect(doc.steps.map((s) => s.label)).toContain('Ring the night bell');
  });
  const written = await page.evaluate(() => (window as unknown as { written: string[] }).written);
  const partsWritten = written.filter((k) => k.startsWith(PART_PREFIX));
  // The new step joins one run of steps (two if it starts a new one), and the list of parts.
  expect(partsWritten.length).toBeGreaterThan(0);
  expect(partsWritten.length).toBeLessThanOrEqual(4);
  expect((await stored()).parts).toBeLessThanOrEqual(before.parts + 1);

  await page.reload();
  await expect(editor.step('Ring the night bell')).toBeVisible();
  await expect(editor.step('Step 0')).toBeVisible();
  const reloaded = await editor.savedDoc();
  expect(reloaded.steps).toHaveLength(STEP_COUNT + 1);
  expect(reloaded.flows).toHaveLength(STEP_COUNT - 1);
});
