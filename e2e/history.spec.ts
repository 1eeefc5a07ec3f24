import { expect, type Page } from '@playwright/test';
import { test } from './fixtures';
import { Editor, TAB_BLUEPRINT_KEY, type SavedDoc } from './fixtures';

/** Where versions are kept (src/io/snapshots.ts). */
const SNAPSHOT_DB = 'service-blueprint-studio-snapshots';
const SNAPSHOT_STORE = 'snapshots';

/** The autosaved document once it passes `check` (the one place this spec reads storage). */
function savedJson(editor: Editor, check: (doc: SavedDoc) => void): Promise<SavedDoc> {
  return editor.expectSaved(check);
}

const labels = (doc: SavedDoc) => doc.steps.map((s) => s.label);

async function openHistory(page: Page) {
  await page.getByRole('tab', { name: 'History' }).click();
  return page.getByRole('list', { name: 'Earlier versions, newest first' });
}

/** The row of the version with this many steps ("1 step", "2 steps"). */
function versionRow(page: Page, steps: string) {
  return page
    .getByRole('list', { name: 'Earlier versions, newest first' })
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`(^|\\D)${steps}(?!s)`) });
}

/** Adds versions directly to this tab's blueprint's list in IndexedDB (as a damaged disk would). */
async function appendStoredVersions(page: Page, versions: object[]): Promise<void> {
  await page.evaluate(
    async ([db, storeName, tabKey, added]) => {
      const id = sessionStorage.getItem(tabKey as string)!;
      const request = indexedDB.open(db as string);
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = database.transaction(storeName as string, 'readwrite');
      const store = tx.objectStore(storeName as string);
      const read = store.get(id);
      read.onsuccess = () => store.put([...(read.result ?? []), ...(added as object[])], id);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      database.close();
    },
    [SNAPSHOT_DB, SNAPSHOT_STORE, TAB_BLUEPRINT_KEY, versions] as const,
  );
}

test('restore a history snapshot: one undo step, kept across a reload', async ({ page }) => {
  const editor = new Editor(page);
  await editor.open();
  const list = await openHistory(page);
  await expect(page.getByTestId('history-message')).toHaveText(/No versions yet/);

  // Given: a version with one step, then a later one with two.
  await editor.addStepByDoubleClick('customer', 'Arrive');
  await expect(versionRow(page, '1 step')).toContainText('Current');
  await editor.addStepByDoubleClick('customer', 'Check in', 500);
  await expect(versionRow(page, '2 steps')).toContainText('Current');
  await expect(versionRow(page, '2 steps').getByRole('button')).toHaveCount(0);
  await expect(list.getByRole('listitem').first()).toContainText('2 steps'); // newest first
  // The versions were written by History's worker, off the page's main thread.
  expect(page.workers().map((w) => new URL(w.url()).pathname)).toContainEqual(
    expect.stringMatching(/snapshotWorker/),
  );

  // When: the earlier version is restored.
  const restore = versionRow(page, '1 step').getByRole('button', {
    name: /^Restore version from \d/,
  });
  await restore.click();

  // Then: canvas and autosave show it, and the user is told how to go back.
  await expect(editor.step('Check in')).toHaveCount(0);
  await expect(editor.step('Arrive')).toBeVisible();
  await savedJson(editor, (doc) => expect(labels(doc)).toEqual(['Arrive']));
  await expect(page.getByTestId('history-status')).toHaveText(
    /^Restored the version from .+\. Undo brings back what you had before\.$/,
  );
  await expect(versionRow(page, '1 step').first()).toContainText('Current');

  // Undo brings back the later state in one step.
  await editor.button('Undo').click();
  await expect(editor.step('Check in')).toBeVisible();
  await savedJson(editor, (doc) => expect(labels(doc)).toEqual(['Arrive', 'Check in']));
  await editor.button('Redo').click();
  await expect(editor.step('Check in')).toHaveCount(0);
  await editor.button('Undo').click();
  await expect(editor.step('Check in')).toBeVisible();
  await savedJson(editor, (doc) => expect(labels(doc)).toEqual(['Arrive', 'Check in']));

  // The versions are still there after a reload.
  await page.reload();
  await expect(editor.step('Check in')).toBeVisible();
  await openHistory(page);
  await expect(versionRow(page, '1 step').first()).toBeVisible();
  await expect(versionRow(page, '2 steps').first()).toContainText('Current');
  await versionRow(page, '1 step')
    .first()
    .getByRole('button', { name: /^Restore version from / })
    .click();
  await expect(editor.step('Check in')).toHaveCount(0);
  await savedJson(editor, (doc) => expect(labels(doc)).toEqual(['Arrive']));
});

test('a damaged version is refused with a message and the blueprint stays as it was', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open();
  await editor.addStepByDoubleClick('customer', 'Arrive');
  await openHistory(page);
  await expect(versionRow(page, '1 step')).toContainText('Current');
  await appendStoredVersions(page, [
    { at: Date.now() - 60_000, text: '{"format":"service-bl', stepCount: 7, title: 'Cut short' },
  ]);
  await page.reload();
  await openHistory(page);

  await versionRow(page, '7 steps')
    .getByRole('button', { name: /^Restore version from / })
    .click();

  await expect(page.getByRole('alert')).toContainText(
    /could not be restored \(not JSON .*\)\. Your blueprint was not changed\./,
  );
  await expect(editor.step('Arrive')).toBeVisible();
  await savedJson(editor, (doc) => expect(labels(doc)).toEqual(['Arrive']));
  await expect(editor.button('Undo')).toBeDisabled();
});

test('without IndexedDB, History says so and editing and autosave carry on', async ({ page }) => {
  await page.addInitScript(() => {
    indexedDB.open = () => {
      throw new DOMException('IndexedDB is blocked here', 'SecurityError');
    };
    // An init script cannot reach into a worker, where History normally runs: with workers
    // refused too, History runs on the page, against the blocked IndexedDB above.
    window.Worker = function refused() {
      throw new DOMException('Workers are blocked here', 'SecurityError');
    } as unknown as typeof Worker;
  });
  const editor = new Editor(page);
  await editor.open();
  await openHistory(page);
  await expect(page.getByTestId('history-message')).toHaveText(
    /History is not available in this browser.*Your blueprint is still saved automatically\./,
  );

  await editor.addStepByDoubleClick('customer', 'Arrive');
  await editor.addStepByDoubleClick('onstage', 'Greet');
  await savedJson(editor, (doc) => expect(labels(doc).sort()).toEqual(['Arrive', 'Greet']));
  await expect(page.getByTestId('save-status')).toHaveText(/Saved in this browser/);
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.reload();
  await expect(editor.step('Greet')).toBeVisible();
  await openHistory(page);
  await expect(page.getByTestId('history-message')).toHaveText(/not available/);
});
