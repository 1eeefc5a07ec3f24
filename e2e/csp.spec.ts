import { expect, type BrowserContext, type Page } from '@playwright/test';
import { Editor, test } from './fixtures';
import { blueprintDoc, downloadBytes, downloadFrom, openWithButton, step } from './helpers/io';

/**
 * The built app's Content Security Policy (vite.config.ts) holds while every feature is used: no
 * violation is reported by the browser, none is logged, and (through the shared `test`) no
 * request leaves the page's origin.
 */

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

interface PolicyWatch {
  violations: Violation[];
  /** Console messages about the policy ("Refused to …") and any other console error. */
  console: string[];
}

/** Collects `securitypolicyviolation` events from every page of the context, across reloads. */
async function watchPolicy(context: BrowserContext): Promise<PolicyWatch> {
  const watch: PolicyWatch = { violations: [], console: [] };
  await context.exposeBinding('reportPolicyViolation', (_source, violation: Violation) => {
    watch.violations.push(violation);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { reportPolicyViolation: (v: Violation) => void })
        .reportPolicyViolation;
      void report({
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        sample: e.sample,
        source: `${e.sourceFile}:${e.lineNumber}`,
      });
    });
  });
  context.on('console', (message) => {
    if (message.type() === 'error' || /Content.Security.Policy|Refused to/i.test(message.text()))
      watch.console.push(`${message.type()}: ${message.text()}`);
  });
  context.on('weberror', (error) => watch.console.push(`pageerror: ${error.error().message}`));
  return watch;
}

/** Nothing reported so far (violation events arrive asynchronously: give them a moment). */
async function expectNoViolations(page: Page, watch: PolicyWatch): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  expect(watch.violations).toEqual([]);
  expect(watch.console).toEqual([]);
}

const TITLE = 'Hotel check-in';

/** A small blueprint with a fail point, a wait and a flow, opened with the Open button. */
async function openBlueprintFile(page: Page): Promise<Editor> {
  const doc = blueprintDoc({
    title: TITLE,
    steps: [
      step('arrive', 'customer', 0, 'Arrive at the desk', {
        wait: { expectedMin: 8, toleranceMin: 5 },
      }),
      step('greet', 'onstage', 0, 'Greet the guest'),
      step('lookup', 'backstage', 300, 'Look up the booking', {
        failPoint: {
          risk: 'Booking not found',
          probability: 0.05,
          costPerFailure: 20,
          recovery: 'Book again',
          owner: 'Desk',
        },
      }),
      step('pms', 'support', 300, 'Property management system'),
      step('card', 'evidence', 0, '入住登记卡'),
    ],
    flows: [
      { id: 'f1', from: 'arrive', to: 'greet', label: 'hello', twoWay: true },
      { id: 'f2', from: 'greet', to: 'lookup', label: '', twoWay: false },
    ],
  });
  const editor = new Editor(page);
  await editor.open();
  await openWithButton(page, { name: 'check-in.blueprint.json', text: JSON.stringify(doc) });
  await expect(page.getByRole('textbox', { name: 'Blueprint title' })).toHaveValue(TITLE);
  await expect(editor.steps()).toHaveCount(doc.steps.length);
  return editor;
}

test.describe('Content Security Policy', () => {
  test.describe.configure({ timeout: 90_000 });

  test('the built page carries the policy, and the browser enforces it', async ({
    page,
    context,
  }) => {
    const watch = await watchPolicy(context);
    const editor = new Editor(page);
    await editor.open();
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    const directives = Object.fromEntries(
      policy!.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self'",
      'connect-src': "'self' blob:",
      'object-src': "'none'",
      'base-uri': "'none'",
    });
    expect(directives['img-src']).toContain('data:');
    expect(directives['img-src']).toContain('blob:');
    expect(policy).not.toContain('unsafe-eval');
    expect(directives['script-src']).not.toContain('unsafe-inline');

    // The watch sees what the browser refuses: an inline script and an inline event handler.
    const ran = await page.evaluate(() => {
      const flags = window as unknown as { inlineScriptRan?: boolean; inlineHandlerRan?: boolean };
      const script = document.createElement('script');
      script.textContent = 'window.inlineScriptRan = true';
      document.head.append(script);
      const button = document.createElement('button');
      button.setAttribute('onclick', 'window.inlineHandlerRan = true');
      document.body.append(button);
      button.click();
      button.remove();
      return { script: flags.inlineScriptRan === true, handler: flags.inlineHandlerRan === true };
    });
    expect(ran).toEqual({ script: false, handler: false });
    await expect
      .poll(() => watch.violations.map((v) => v.directive).sort())
      .toEqual(['script-src-attr', 'script-src-elem']);
  });

  test('opening a file, editing steps, flows, markers, lanes, the guide and both languages', async ({
    page,
    context,
  }) => {
    const watch = await watchPolicy(context);
    const editor = await openBlueprintFile(page);

    await editor.addStepByDoubleClick('customer', 'Ask for a late checkout', 700);
    await editor.addStepByDoubleClick('onstage', 'Agree the late checkout', 700);
    await editor.connect('Ask for a late checkout', 'Agree the late checkout', 'b');
    await editor.step('Ask for a late checkout').click();
    await page.getByRole('textbox', { name: 'Description' }).fill('Guest calls the desk');
    await page.getByRole('checkbox', { name: 'Fail point' }).check();
    await page.getByRole('checkbox', { name: 'Wait step' }).check();
    await expect(
      editor.step('Ask for a late checkout').getByRole('img', { name: 'Fail point' }),
    ).toBeVisible();
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+Shift+z');

    await page.getByRole('tab', { name: 'Lanes' }).click();
    await page.getByRole('button', { name: 'Add lane' }).click();
    await page.getByRole('tab', { name: 'Guide' }).click();
    await expect(page.locator('.side-panel nav')).toBeVisible();

    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    await expect(page.getByRole('button', { name: '保存' })).toBeVisible();
    await page.getByRole('combobox', { name: '语言' }).selectOption('en');
    await expect(editor.button('Save')).toBeVisible();

    const saved = await downloadFrom(page, () => editor.button('Save').click());
    expect(JSON.parse((await downloadBytes(saved)).toString('utf8')).title).toBe(TITLE);
    await editor.expectSaved((doc) =>
      expect(doc.steps.map((s) => s.label)).toContain('Agree the late checkout'),
    );
    await expectNoViolations(page, watch);
  });

  test('the report, CSV, PNG, SVG, Copy as PNG and printing', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    await page.addInitScript(() => {
      window.print = () => undefined;
    });
    const watch = await watchPolicy(context);
    const editor = await openBlueprintFile(page);

    await editor.button('Report').click();
    await expect(page.locator('.report-picture img')).toBeVisible({ timeout: 20_000 });
    const csv = await downloadFrom(page, () =>
      page.getByRole('button', { name: 'Download fail points CSV' }).click(),
    );
    expect((await downloadBytes(csv)).length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Back to editor' }).click();

    const png = await downloadFrom(page, () => editor.button('Export PNG').click());
    expect((await downloadBytes(png)).subarray(1, 4).toString('latin1')).toBe('PNG');
    const svg = await downloadFrom(page, () => editor.button('Export SVG').click());
    expect((await downloadBytes(svg)).toString('utf8')).toContain('<svg');
    await editor.button('Copy as PNG').click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText(
      'Copied the blueprint to the clipboard as a PNG image.',
    );

    // Printing mounts the print view, whose page size is an inline <style>: one per paper.
    for (const paper of ['A4 landscape', 'A3 landscape']) {
      await page
        .getByRole('toolbar')
        .getByRole('button', { name: /^Print/ })
        .click();
      await page
        .getByRole('menu', { name: 'Paper size' })
        .getByRole('menuitemradio', { name: paper })
        .click();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.print-view svg')).toBeVisible();
      await expect(page.locator('.print-view')).toHaveAttribute('data-paper', paper.slice(0, 2));
      await page.emulateMedia({ media: 'screen' });
    }
    await expectNoViolations(page, watch);
  });

  test('share link, library, history and the examples gallery', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    const watch = await watchPolicy(context);
    const editor = await openBlueprintFile(page);

    await editor.command('File', 'Copy share link');
    await expect(page.getByTestId('share-status')).toHaveText('Link copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const viewer = await context.newPage();
    await viewer.goto(link);
    await expect(viewer.getByText('Shared blueprint — read only')).toBeVisible();
    await viewer.getByRole('button', { name: 'Make an editable copy' }).click();
    await expect(viewer.getByText('Shared blueprint — read only')).toHaveCount(0);
    await viewer.close();

    await page.getByRole('button', { name: 'Blueprints', exact: true }).click();
    const library = page.getByRole('dialog', { name: 'Blueprints' });
    await expect(library).toBeVisible();
    await library
      .getByRole('listitem', { name: TITLE })
      .first()
      .getByRole('button', { name: 'Duplicate' })
      .click();
    await page.keyboard.press('Escape');
    await expect(library).toBeHidden();

    await editor.addStepByDoubleClick('evidence', 'Invoice', 700);
    await page.getByRole('tab', { name: 'History' }).click();
    const versions = page.getByRole('list', { name: 'Earlier versions, newest first' });
    await expect(versions.getByRole('listitem').first()).toBeVisible({ timeout: 15_000 });

    await editor.command('File', 'New from example');
    const gallery = page.getByRole('dialog', { name: 'New from example' });
    await expect(gallery.locator('.gallery-card svg.thumbnail')).toHaveCount(6);
    await gallery.getByRole('button', { name: /Coffee-shop order/ }).click();
    await expect(gallery).toBeHidden();
    await expectNoViolations(page, watch);
  });
});
