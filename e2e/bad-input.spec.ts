import { expect } from '@playwright/test';
import { test } from './fixtures';
import { writeFile } from 'node:fs/promises';
import { Editor, type SavedDoc } from './fixtures';
import {
  alerts,
  autosaveMetaText,
  autosaveText,
  blueprintDoc,
  dropFile,
  NOT_CHANGED,
  openWithButton,
  saveStatus,
  step,
  stepLabelsOnScreen,
} from './helpers/io';

/** What is open in the editor when the bad file arrives. */
function current(): SavedDoc {
  return blueprintDoc({
    title: 'Coffee shop order',
    steps: [
      step('order', 'customer', 0, 'Order at the counter'),
      step('take', 'onstage', 240, 'Take the order'),
    ],
    flows: [{ id: 'f1', from: 'order', to: 'take', label: '', twoWay: false }],
  });
}

/** A valid file of a different blueprint, spoilt by `spoil`. */
function fileWith(spoil: (doc: Record<string, unknown> & SavedDoc) => void): string {
  const doc = blueprintDoc({
    title: 'Incoming',
    steps: [
      step('a', 'customer', 0, 'Incoming step A'),
      step('b', 'onstage', 240, 'Incoming step B'),
      step('c', 'backstage', 480, 'Incoming step C'),
    ],
    flows: [{ id: 'f1', from: 'a', to: 'b', label: '', twoWay: false }],
  }) as Record<string, unknown> & SavedDoc;
  spoil(doc);
  return JSON.stringify(doc, null, 2);
}

interface BadFile {
  name: string;
  file: string;
  text: string;
  /** What the message must say: the problem, with its path where it has one. */
  says: string[];
}

const CASES: BadFile[] = [
  { name: 'not JSON', file: 'notes.blueprint.json', text: 'hello', says: ['not JSON'] },
  {
    name: 'JSON that is not a blueprint',
    file: 'settings.json',
    text: '{"a":1}',
    says: ['format: not a service blueprint'],
  },
  {
    name: 'another format',
    file: 'diagram.json',
    text: fileWith((d) => {
      d.format = 'bpmn-diagram';
    }),
    says: ['format: not a service blueprint: expected "service-blueprint"'],
  },
  {
    name: 'a newer version',
    file: 'future.blueprint.json',
    text: fileWith((d) => {
      d.version = 99;
    }),
    says: ['version: this file is format version 99', 'newer'],
  },
  {
    name: 'a step in a lane that does not exist',
    file: 'lanes.blueprint.json',
    text: fileWith((d) => {
      d.steps[1]!.lane = 'xyz';
    }),
    says: ['steps[1].lane: no lane "xyz"'],
  },
  {
    name: 'two steps with one id',
    file: 'dupes.blueprint.json',
    text: fileWith((d) => {
      d.steps[2]!.id = 'a';
    }),
    says: ['steps[2].id: duplicate id "a"'],
  },
  {
    name: 'a flow to a missing step',
    file: 'flows.blueprint.json',
    text: fileWith((d) => {
      d.flows[0]!.to = 'ghost';
    }),
    says: ['flows[0].to: no step "ghost"'],
  },
  {
    name: 'a negative duration',
    file: 'duration.blueprint.json',
    text: fileWith((d) => {
      d.steps[0]!.durationMin = -5;
    }),
    says: ['steps[0].durationMin', '>=0'],
  },
  {
    name: 'a number where a label belongs',
    file: 'types.blueprint.json',
    text: fileWith((d) => {
      (d.steps[2] as unknown as Record<string, unknown>).label = 5;
    }),
    says: ['steps[2].label: expected string, received number'],
  },
  {
    name: 'an empty file',
    file: 'empty.blueprint.json',
    text: '',
    says: ['"empty.blueprint.json": the file is empty'],
  },
];

for (const bad of CASES) {
  test(`opening ${bad.name} says what is wrong and changes nothing`, async ({ page }) => {
    const editor = new Editor(page);
    await editor.open(current());
    await expect(editor.steps()).toHaveCount(2);
    const labelsBefore = await stepLabelsOnScreen(page);
    // Let the autosave settle, then note exactly what it holds and when it was written.
    await editor.savedDoc();
    const storedBefore = await autosaveText(page);
    const metaBefore = await autosaveMetaText(page);
    expect(metaBefore).toContain('"writeId"');
    const libraryBefore = await page.evaluate(() =>
      localStorage.getItem('service-blueprint-studio:library'),
    );

    await openWithButton(page, { name: bad.file, text: bad.text });

    const alert = alerts(page);
    await expect(alert).toHaveCount(1);
    await expect(alert).toContainText(`Could not open "${bad.file}"`);
    for (const part of bad.says) await expect(alert).toContainText(part);
    await expect(alert).toContainText(NOT_CHANGED);

    // The blueprint on screen and in the autosave is exactly as before.
    expect(await stepLabelsOnScreen(page)).toEqual(labelsBefore);
    await expect(page.getByRole('textbox', { name: 'Blueprint title' })).toHaveValue(
      'Coffee shop order',
    );
    await expect(page.locator('.react-flow__edge')).toHaveCount(1);
    await expect(saveStatus(page), 'no autosave was started').toHaveText(/^Saved in this browser/);
    expect(await autosaveText(page)).toBe(storedBefore);

    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(alerts(page)).toHaveCount(0);
    expect(await stepLabelsOnScreen(page)).toEqual(labelsBefore);
    // Not rewritten since: the save time is the one from before the file was chosen.
    expect(await autosaveMetaText(page)).toBe(metaBefore);
    expect(await autosaveText(page)).toBe(storedBefore);
    // And no blueprint was added to the library.
    expect(
      await page.evaluate(() => localStorage.getItem('service-blueprint-studio:library')),
    ).toBe(libraryBefore);
  });
}

test('after a bad file, a good file still opens', async ({ page }) => {
  const editor = new Editor(page);
  await editor.open(current());
  await openWithButton(page, { name: 'bad.json', text: '{"a":1}' });
  await expect(alerts(page)).toContainText(NOT_CHANGED);
  // The same file input takes a second file.
  await openWithButton(page, { name: 'good.blueprint.json', text: fileWith(() => {}) });
  await expect(editor.step('Incoming step C')).toBeVisible();
  // The old error no longer applies once the good file is open.
  await expect(alerts(page)).toHaveCount(0);
  await expect(editor.steps()).toHaveCount(3);
  await expect(page.getByRole('textbox', { name: 'Blueprint title' })).toHaveValue('Incoming');
});

test('a bad file dropped onto the window is refused the same way', async ({ page }) => {
  const editor = new Editor(page);
  await editor.open(current());
  const labelsBefore = await stepLabelsOnScreen(page);
  const handled = await dropFile(page, {
    name: 'dropped.blueprint.json',
    text: fileWith((d) => {
      d.steps[0]!.lane = 'nowhere';
    }),
  });
  expect(handled.dropHandled).toBe(true);
  const alert = alerts(page);
  await expect(alert).toContainText('Could not open "dropped.blueprint.json"');
  await expect(alert).toContainText('steps[0].lane: no lane "nowhere"');
  await expect(alert).toContainText(NOT_CHANGED);
  expect(await stepLabelsOnScreen(page)).toEqual(labelsBefore);
});

test('a file over the size limit is refused before it is read', async ({ page }, testInfo) => {
  const editor = new Editor(page);
  await editor.open(current());
  const labelsBefore = await stepLabelsOnScreen(page);
  const path = testInfo.outputPath('huge.blueprint.json');
  await writeFile(path, Buffer.alloc(21 * 1024 * 1024, 0x20));
  await openWithButton(page, path);
  const alert = alerts(page);
  await expect(alert).toContainText('Could not open "huge.blueprint.json"');
  await expect(alert).toContainText('the file is 21 MB; the limit is 20 MB');
  await expect(alert).toContainText(NOT_CHANGED);
  expect(await stepLabelsOnScreen(page)).toEqual(labelsBefore);
});
