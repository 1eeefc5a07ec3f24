import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { type SavedDoc, type SavedStep } from '../fixtures';

/** Helpers for the file, storage and export specs: what a person downloads, opens and drops. */

export const CORRUPT_PREFIX = 'service-blueprint-studio:corrupt-autosave:';
export const NOT_CHANGED = 'Your blueprint was not changed.';

export const STANDARD_LANES: SavedDoc['lanes'] = [
  { id: 'evidence', kind: 'evidence', label: 'Physical evidence', height: 150 },
  { id: 'customer', kind: 'customer', label: 'Customer actions', height: 150 },
  {
    id: 'onstage',
    kind: 'onstage',
    label: 'Onstage actions (visible contact employee)',
    height: 150,
  },
  {
    id: 'backstage',
    kind: 'backstage',
    label: 'Backstage actions (invisible contact employee)',
    height: 150,
  },
  { id: 'support', kind: 'support', label: 'Support processes', height: 150 },
];

/** A step with the defaults a saved document has. */
export function step(
  id: string,
  lane: string,
  x: number,
  label: string,
  extra: Partial<SavedStep> = {},
): SavedStep {
  return { id, lane, x, label, description: '', ...extra };
}

/** A valid document with the five standard lanes, for seeding the autosave or writing files. */
export function blueprintDoc(fields: Partial<SavedDoc> = {}): SavedDoc {
  return {
    format: 'service-blueprint',
    version: 4,
    title: 'Test blueprint',
    meta: {
      service: '',
      customerSegment: '',
      scenario: '',
      scenarioStart: '',
      scenarioEnd: '',
      locale: 'en',
    },
    lanes: structuredClone(STANDARD_LANES),
    steps: [],
    flows: [],
    view: { x: 200, y: 16, zoom: 1 },
    economics: { currency: 'USD' },
    improvements: [],
    guide: { step: 1, done: [] },
    comments: [],
    ...fields,
  };
}

/** Clicks something that downloads a file and returns the download. */
export async function downloadFrom(page: Page, click: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return download;
}

export async function downloadBytes(download: Download): Promise<Buffer> {
  expect(await download.failure()).toBeNull();
  return readFile(await download.path());
}

export interface FileToOpen {
  name: string;
  text: string;
}

/** Clicks "Open" and picks the file in the browser's file chooser. */
export async function openWithButton(page: Page, file: FileToOpen | string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open', exact: true }).click(),
  ]);
  if (typeof file === 'string') await chooser.setFiles(file);
  else
    await chooser.setFiles({
      name: file.name,
      mimeType: 'application/json',
      buffer: Buffer.from(file.text, 'utf8'),
    });
}

/**
 * Drags a file over the canvas and drops it, as from the desktop. Returns whether the page
 * took over both events (otherwise the browser would navigate to the file).
 */
export async function dropFile(
  page: Page,
  file: FileToOpen,
): Promise<{ dragOverHandled: boolean; dropHandled: boolean }> {
  const dataTransfer = await page.evaluateHandle(({ name, text }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], name, { type: 'application/json' }));
    return dt;
  }, file);
  const target = await page.locator('.react-flow__pane').elementHandle();
  return page.evaluate(
    ([el, dt]) => {
      const fire = (type: string) => {
        const event = new DragEvent(type, {
          bubbles: true,
          cancelable: true,
          composed: true,
          dataTransfer: dt,
          clientX: 700,
          clientY: 400,
        });
        el!.dispatchEvent(event);
        return event.defaultPrevented;
      };
      fire('dragenter');
      const dragOverHandled = fire('dragover');
      const dropHandled = fire('drop');
      return { dragOverHandled, dropHandled };
    },
    [target, dataTransfer] as const,
  );
}

export { autosaveMetaText, autosaveText } from '../fixtures';

/** Every localStorage entry whose key starts with the prefix. */
export async function storageEntries(page: Page, prefix: string): Promise<[string, string][]> {
  return page.evaluate((p) => {
    const out: [string, string][] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (key.startsWith(p)) out.push([key, localStorage.getItem(key)!]);
    }
    return out;
  }, prefix);
}

/** The labels on the cards on screen, sorted (the order of DOM nodes is not the user's). */
export async function stepLabelsOnScreen(page: Page): Promise<string[]> {
  const labels = await page.locator('.react-flow__node-step .step-label').allTextContents();
  return labels.map((l) => l.trim()).sort();
}

export function sortedLabels(doc: SavedDoc): string[] {
  return doc.steps.map((s) => s.label).sort();
}

export function saveStatus(page: Page): Locator {
  return page.getByTestId('save-status');
}

export function alerts(page: Page): Locator {
  return page.getByRole('alert');
}

/** Parses the `.react-flow__viewport` transform: translate(x, y) scale(zoom). */
export async function viewportOnScreen(
  page: Page,
): Promise<{ x: number; y: number; zoom: number }> {
  const transform = await page
    .locator('.react-flow__viewport')
    .evaluate((el) => el.style.transform);
  const match = /translate\(\s*(-?[\d.e-]+)px,\s*(-?[\d.e-]+)px\)\s*scale\((-?[\d.e-]+)\)/.exec(
    transform,
  );
  if (!match) throw new Error(`unexpected viewport transform: ${transform}`);
  return { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) };
}

/** Width and height from a PNG's IHDR chunk (after checking the signature). */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect([...bytes.subarray(0, 8)]).toEqual(signature);
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
