import { expect, test as base, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Playwright's `test`, plus a check after each test: no request from the test's browser context
 * left the app's own origin (data: and blob: URLs never leave the page). Nothing is uploaded,
 * nothing is fetched from elsewhere.
 */
export const test = base.extend<{ noExternalRequests: undefined }>({
  noExternalRequests: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const external: string[] = [];
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
          external.push(request.url());
      });
      await use(undefined);
      expect(external, 'requests that left the page origin').toEqual([]);
    },
    { auto: true },
  ],
});

/** The single autosave slot of versions before the library: seeding it is "work from before". */
export const AUTOSAVE_KEY = 'service-blueprint-studio:autosave';
export const LIBRARY_INDEX_KEY = 'service-blueprint-studio:library';
export const BLUEPRINT_PREFIX = 'service-blueprint-studio:blueprint:';
export const TAB_BLUEPRINT_KEY = 'service-blueprint-studio:tab-blueprint';

/**
 * The stored text of the blueprint this tab edits, or null before it is first stored; a big
 * blueprint kept in parts (src/io/blueprintParts.ts) is put back together as the app does.
 */
export async function autosaveText(page: Page): Promise<string | null> {
  return page.evaluate(
    ([tabKey, prefix]) => {
      const id = sessionStorage.getItem(tabKey!);
      const stored = id ? localStorage.getItem(prefix + id) : null;
      if (!stored?.startsWith('{"storedAs":"parts"')) return stored;
      const manifest = JSON.parse(stored) as { rest: string; steps: string[]; flows: string[] };
      const part = (key: string) => localStorage.getItem(key) ?? '';
      const steps = manifest.steps.map(part).join(',');
      const flows = manifest.flows.map(part).join(',');
      return `{${part(manifest.rest)},"steps":[${steps}],"flows":[${flows}]}`;
    },
    [TAB_BLUEPRINT_KEY, BLUEPRINT_PREFIX],
  );
}

/** The library index entry of the blueprint this tab edits (title, times, saved-to-file), as text. */
export async function autosaveMetaText(page: Page): Promise<string | null> {
  return page.evaluate(
    ([tabKey, indexKey]) => {
      const id = sessionStorage.getItem(tabKey!);
      const index = JSON.parse(localStorage.getItem(indexKey!) ?? 'null') as {
        entries: { id: string }[];
      } | null;
      const entry = index?.entries.find((e) => e.id === id);
      return entry ? JSON.stringify(entry) : null;
    },
    [TAB_BLUEPRINT_KEY, LIBRARY_INDEX_KEY],
  );
}

export interface SavedStep {
  id: string;
  lane: string;
  x: number;
  label: string;
  description: string;
  durationMin?: number;
  failPoint?: {
    risk: string;
    probability: number;
    costPerFailure: number;
    recovery: string;
    owner: string;
  };
  wait?: { expectedMin: number; toleranceMin: number };
}
export interface SavedDoc {
  format: string;
  version: number;
  title: string;
  lanes: { id: string; kind: string; label: string; height: number; hidden?: boolean }[];
  steps: SavedStep[];
  flows: { id: string; from: string; to: string; label: string; twoWay: boolean }[];
  view: { x: number; y: number; zoom: number };
  [key: string]: unknown;
}

export function exampleText(name = 'hotel-overnight-stay'): string {
  return readFileSync(
    fileURLToPath(new URL(`../examples/${name}.blueprint.json`, import.meta.url)),
    'utf8',
  );
}

export function example(name = 'hotel-overnight-stay'): SavedDoc {
  return JSON.parse(exampleText(name)) as SavedDoc;
}

/**
 * Takes the File System Access API away before the app loads, as in browsers without it: Open
 * then uses the file input (Playwright's file chooser) and Save a download. Headless Chromium has
 * the API, but Playwright cannot answer its pickers; save-to-file.spec.ts fakes them instead.
 */
export async function withoutFileSystemAccess(page: Page): Promise<void> {
  await page.addInitScript(() => {
    for (const name of ['showOpenFilePicker', 'showSaveFilePicker', 'showDirectoryPicker']) {
      Reflect.deleteProperty(window, name);
      Reflect.deleteProperty(Window.prototype, name);
    }
  });
}

/** Page object for the editor. Each test gets a fresh browser context, so storage starts empty. */
export class Editor {
  private pickersHandled = false;

  /** `fileSystemAccess`: keep the browser's file pickers (faked by the test) instead of removing them. */
  constructor(
    readonly page: Page,
    private readonly options: { fileSystemAccess?: boolean } = {},
  ) {}

  /** Opens the app; with a document, seeds the autosave first (as if the user had it open before). */
  async open(doc?: SavedDoc): Promise<void> {
    if (!this.pickersHandled && !this.options.fileSystemAccess)
      await withoutFileSystemAccess(this.page);
    this.pickersHandled = true;
    if (doc) {
      await this.page.goto('/');
      await this.page.evaluate(
        ([key, text]) => localStorage.setItem(key!, text!),
        [AUTOSAVE_KEY, JSON.stringify(doc)],
      );
    }
    await this.page.goto('/');
    await expect(this.page.locator('.react-flow__pane')).toBeVisible();
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** Opens a toolbar menu ("File", "Arrange") and returns one of its items, not yet chosen. */
  async menuItem(menu: string, item: string): Promise<Locator> {
    await this.button(menu).click();
    const list = this.page.getByRole('menu', { name: menu });
    await expect(list).toBeVisible();
    return list
      .getByRole('menuitem', { name: item, exact: true })
      .or(list.getByRole('menuitemcheckbox', { name: item, exact: true }));
  }

  /** Chooses a command of a toolbar menu, e.g. `command('File', 'Save as…')`. */
  async command(menu: string, item: string): Promise<void> {
    await (await this.menuItem(menu, item)).click();
  }

  steps(): Locator {
    return this.page.locator('.react-flow__node-step');
  }

  /** The card whose whole label is `label` ("Pay" does not find "Take payment"). */
  step(label: string): Locator {
    const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    return this.steps().filter({ has: this.page.locator('.step-label', { hasText: exact }) });
  }

  /** A point inside a lane, `dx` px right of the frozen header column. */
  async pointInLane(laneId: string, dx = 250): Promise<{ x: number; y: number }> {
    const box = await this.page.locator(`[data-lane-header="${laneId}"]`).boundingBox();
    if (!box) throw new Error(`lane ${laneId} is not on screen`);
    return { x: box.x + box.width + dx, y: box.y + box.height * 0.75 };
  }

  /** Double-clicks an empty spot in the lane and types the new card's label. */
  async addStepByDoubleClick(laneId: string, label: string, dx = 250): Promise<void> {
    const point = await this.pointInLane(laneId, dx);
    await this.page.mouse.dblclick(point.x, point.y);
    const editor = this.page.getByRole('textbox', { name: 'Step label' });
    await expect(editor).toBeFocused();
    await editor.fill(label);
    await editor.press('Enter');
    await expect(this.step(label)).toBeVisible();
  }

  /** Drags a card by the mouse to a point, in several moves as a person would. */
  async dragStepTo(label: string, target: { x: number; y: number }): Promise<void> {
    const box = (await this.step(label).boundingBox())!;
    await this.page.mouse.move(box.x + 40, box.y + 15);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + 60, box.y + 30, { steps: 4 });
    await this.page.mouse.move(target.x, target.y, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Clicks the middle of a flow's line (its bounding box centre may be off the line). */
  async clickFlow(name: string): Promise<void> {
    const path = this.page.getByRole('group', { name }).locator('path.react-flow__edge-path');
    const point = await path.evaluate((el) => {
      const svgPath = el as SVGPathElement;
      const mid = svgPath.getPointAtLength(svgPath.getTotalLength() / 2);
      const screen = mid.matrixTransform(svgPath.getScreenCTM()!);
      return { x: screen.x, y: screen.y };
    });
    await this.page.mouse.click(point.x, point.y);
  }

  /** Drags from a card's handle and drops on another card. */
  async connect(
    fromLabel: string,
    toLabel: string,
    side: 'r' | 'b' | 't' | 'l' = 'r',
  ): Promise<void> {
    const from = this.step(fromLabel);
    await from.hover();
    const handle = (await from
      .locator(`.react-flow__handle[data-handleid="${side}"]`)
      .boundingBox())!;
    const to = (await this.step(toLabel).boundingBox())!;
    await this.page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 });
    await this.page.mouse.up();
  }

  /** The document as autosaved in the library, once the autosave has caught up. */
  async savedDoc(): Promise<SavedDoc> {
    await expect(this.page.getByTestId('save-status')).toHaveText(/Saved in this browser/);
    const text = await autosaveText(this.page);
    expect(text).not.toBeNull();
    return JSON.parse(text!) as SavedDoc;
  }

  /** Polls the autosave until `check` passes (the save is debounced). */
  async expectSaved(check: (doc: SavedDoc) => void): Promise<SavedDoc> {
    let last: SavedDoc | undefined;
    await expect(async () => {
      const text = await autosaveText(this.page);
      last = JSON.parse(text ?? 'null') as SavedDoc;
      expect(last).not.toBeNull();
      check(last);
    }).toPass({ timeout: 5_000 });
    return last!;
  }

  stepByLabel(doc: SavedDoc, label: string): SavedStep {
    const step = doc.steps.find((s) => s.label === label);
    if (!step) throw new Error(`no step "${label}" in the saved document`);
    return step;
  }
}
