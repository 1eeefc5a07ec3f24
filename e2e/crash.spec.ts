import { expect, type Page } from '@playwright/test';
import { Editor, test, type SavedDoc } from './fixtures';
import { blueprintDoc, downloadBytes, downloadFrom, step } from './helpers/io';

/**
 * Crash recovery. A failure while rendering the canvas replaces the app with a page that says
 * what went wrong and keeps the work (download, reload); a failure inside one panel shows a
 * message in that panel only, and the canvas carries on.
 *
 * How a failure is caused: the production build has no switch that makes it fail, and a hostile
 * document cannot make it fail either (e2e/hostile.spec.ts). So the test breaks the browser
 * under the app instead: before the app's code runs, an init script wraps
 * `Document.prototype.createElement`; the test then arms it for one tag name, and from that
 * moment creating such an element throws. React creates elements while it renders, so to the
 * app this is an ordinary render error inside whichever component first shows one — a
 * `<textarea>` for the card label editor on the canvas, a `<select>` for the step inspector, a
 * `<nav>` for the guide, a `<section>` for History, a `<table>` for the report. The messages
 * themselves use none of those tags. A reload starts a fresh page with nothing armed.
 */

const FAULT = 'Injected fault: cannot create';

async function installFaultSwitch(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const armed = new Set<string>();
    const faults = window as unknown as {
      armFault: (tag: string) => void;
      disarmFaults: () => void;
    };
    faults.armFault = (tag) => armed.add(tag);
    faults.disarmFaults = () => armed.clear();
    const create = Document.prototype.createElement;
    Document.prototype.createElement = function (
      this: Document,
      tagName: string,
      options?: ElementCreationOptions,
    ) {
      if (armed.has(tagName.toLowerCase()))
        throw new Error(`Injected fault: cannot create <${tagName.toLowerCase()}>`);
      return create.call(this, tagName, options);
    } as typeof create;
  });
}

async function armFault(page: Page, tag: string): Promise<void> {
  await page.evaluate(
    (t) => (window as unknown as { armFault: (t: string) => void }).armFault(t),
    tag,
  );
}

async function disarmFaults(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { disarmFaults: () => void }).disarmFaults());
}

function crashDoc(): SavedDoc {
  return blueprintDoc({
    title: 'Coffee shop order',
    steps: [
      step('order', 'customer', 0, 'Order at the counter'),
      step('take', 'onstage', 300, 'Take the order', {
        failPoint: {
          risk: 'Order misheard',
          probability: 0.1,
          costPerFailure: 4,
          recovery: 'Remake the drink',
          owner: 'Barista',
        },
      }),
    ],
    flows: [{ id: 'f1', from: 'order', to: 'take', label: '', twoWay: false }],
  });
}

/** Uncaught errors on the page: a caught render error never becomes one. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

test.describe('crash recovery', () => {
  test('a failure on the canvas shows what went wrong; Download my blueprint and Reload keep the work', async ({
    page,
  }) => {
    await installFaultSwitch(page);
    const errors = pageErrors(page);
    const editor = new Editor(page);
    await editor.open(crashDoc());
    await editor.savedDoc();
    // A change still waiting for the autosave when the app fails.
    const title = page.getByRole('textbox', { name: 'Blueprint title' });
    await title.fill('Coffee shop order, renamed just before the crash');

    await armFault(page, 'textarea');
    await editor.step('Take the order').dblclick();

    const crash = page.getByRole('alert');
    await expect(crash.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
    await expect(crash).toContainText(
      `Service Blueprint Studio stopped because of an error: ${FAULT} <textarea>`,
    );
    await expect(crash).toContainText('Your blueprint is safe: it is saved in this browser');
    await expect(page.locator('.react-flow')).toHaveCount(0);
    // The details name the failure for a bug report.
    await crash.getByText('Technical details').click();
    await expect(crash.locator('pre')).toContainText('Error: Injected fault');

    // Download my blueprint: the document as it was at the moment of the crash.
    const download = await downloadFrom(page, () =>
      crash.getByRole('button', { name: 'Download my blueprint' }).click(),
    );
    expect(download.suggestedFilename()).toBe(
      'Coffee shop order, renamed just before the crash.blueprint.json',
    );
    const file = JSON.parse((await downloadBytes(download)).toString('utf8')) as SavedDoc;
    expect(file.title).toBe('Coffee shop order, renamed just before the crash');
    expect(file.steps.map((s) => s.label).sort()).toEqual([
      'Order at the counter',
      'Take the order',
    ]);

    // Reload: the editor again, with the last autosave — the rename included.
    await Promise.all([
      page.waitForEvent('load'),
      crash.getByRole('button', { name: 'Reload' }).click(),
    ]);
    await expect(page.locator('.react-flow__pane')).toBeVisible();
    await expect(title).toHaveValue('Coffee shop order, renamed just before the crash');
    await expect(editor.step('Take the order')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    // Editing works again: the fault switch is disarmed in the new page.
    await editor.step('Take the order').dblclick();
    await expect(page.getByRole('textbox', { name: 'Step label' })).toBeFocused();
    expect(errors).toEqual([]);
  });

  const PANELS = [
    {
      panel: 'Inspector',
      tag: 'select',
      open: async (page: Page) => {
        await page.getByRole('tab', { name: 'Inspector' }).click();
        await new Editor(page).step('Take the order').click();
      },
      shown: (page: Page) => page.getByRole('combobox', { name: 'Lane' }),
    },
    {
      panel: 'Guide',
      tag: 'nav',
      open: (page: Page) => page.getByRole('tab', { name: 'Guide' }).click(),
      shown: (page: Page) => page.locator('.side-panel nav'),
    },
    {
      panel: 'History',
      tag: 'section',
      open: (page: Page) => page.getByRole('tab', { name: 'History' }).click(),
      shown: (page: Page) => page.getByRole('region', { name: 'History' }),
    },
    {
      panel: 'Report',
      tag: 'table',
      open: (page: Page) => page.getByRole('button', { name: 'Report', exact: true }).click(),
      shown: (page: Page) => page.getByRole('heading', { name: 'Report: Coffee shop order' }),
    },
  ];

  for (const { panel, tag, open, shown } of PANELS)
    test(`a failure in the ${panel} panel stays in it: the canvas carries on, Try again recovers`, async ({
      page,
    }) => {
      await installFaultSwitch(page);
      const errors = pageErrors(page);
      const editor = new Editor(page);
      await editor.open(crashDoc());

      await armFault(page, tag);
      await open(page);

      const message = page.getByRole('alert');
      await expect(message).toHaveCount(1);
      await expect(message).toContainText(
        `The ${panel} panel stopped because of an error: ${FAULT} <${tag}>`,
      );
      await expect(message).toContainText('The canvas and your blueprint are not affected.');
      await expect(shown(page)).toHaveCount(0);

      // The canvas and toolbar still work, and the edit is kept.
      await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);
      if (panel === 'Report') await message.getByRole('button', { name: 'Close' }).click();
      await editor.addStepByDoubleClick('support', 'Coffee machine', 400);
      await editor.expectSaved((doc) =>
        expect(doc.steps.map((s) => s.label)).toContain('Coffee machine'),
      );

      // With the fault gone, Try again shows the panel.
      await disarmFaults(page);
      if (panel === 'Report') await open(page);
      else {
        await expect(message).toBeVisible();
        await message.getByRole('button', { name: 'Try again' }).click();
      }
      await expect(shown(page).first()).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
      expect(errors).toEqual([]);
    });

  test('Try again while the fault lasts shows the message again, not a blank panel', async ({
    page,
  }) => {
    await installFaultSwitch(page);
    const editor = new Editor(page);
    await editor.open(crashDoc());
    await armFault(page, 'nav');
    await page.getByRole('tab', { name: 'Guide' }).click();
    const message = page.getByRole('alert');
    await expect(message).toContainText('The Guide panel stopped');
    await message.getByRole('button', { name: 'Try again' }).click();
    await expect(message).toContainText('The Guide panel stopped');
    // Another tab is another panel: it shows as usual.
    await page.getByRole('tab', { name: 'Lanes' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Lanes' })).toBeVisible();
    await expect(editor.step('Take the order')).toBeVisible();
  });

  test('the crash page speaks the chosen language', async ({ page }) => {
    await installFaultSwitch(page);
    const editor = new Editor(page);
    await editor.open(crashDoc());
    await page.goto('/?lang=zh-CN');
    await expect(page.locator('.react-flow__pane')).toBeVisible();
    await armFault(page, 'textarea');
    await editor.step('Take the order').dblclick();
    const crash = page.getByRole('alert');
    await expect(crash.getByRole('heading', { name: '出错了' })).toBeVisible();
    await expect(crash).toContainText(`服务蓝图工作室因错误而停止：${FAULT} <textarea>`);
    await expect(crash.getByRole('button', { name: '下载我的蓝图' })).toBeVisible();
    await expect(crash.getByRole('button', { name: '重新加载' })).toBeVisible();
  });
});
