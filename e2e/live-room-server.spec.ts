import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import * as Y from 'yjs';
import { test } from './fixtures';
import { smallBlueprint } from './helpers/smallBlueprint';
import {
  COLLAB_PORT,
  OWN_SERVER_PORT,
  joinRoom,
  linkParts,
  peopleCount,
  person,
  roomOf,
  teacherAndStudent,
  type Person,
} from './helpers/liveRoom';
import { roomClient, type RoomClient } from '../server/testing/roomClient';
import { startServerProcess, type Started } from '../server/testing/processes';

/** What the room server enforces and survives: view-only links, a crash, a reload. */

const people: Person[] = [];
const clients: RoomClient[] = [];
test.afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const p of people.splice(0)) await p.context.close();
});

function stepLabelIn(doc: Y.Doc, id: string) {
  return (doc.getMap('blueprint').get('steps') as Y.Map<Y.Map<unknown>>).get(id)?.get('label');
}

test('a view-only link watches; the server refuses what a watcher sends, even by hand', async ({
  browser,
  baseURL,
}) => {
  const teacher = await person(browser, baseURL!, 'Teacher');
  const watcher = await person(browser, baseURL!, 'Projector');
  people.push(teacher, watcher);
  const links = await roomOf(teacher, smallBlueprint(), []);
  await joinRoom(watcher, links.view);

  await expect(watcher.page.getByText('Live room — view only')).toBeVisible();
  await expect(watcher.editor.step('Greet')).toBeVisible();
  await peopleCount(teacher, 2);
  await teacher.page.getByTestId('room-people-count').click();
  await expect(
    teacher.page.getByRole('list', { name: 'People in the room' }).getByText('watching'),
  ).toBeVisible();
  // The watcher's editor does not edit: a double-click adds nothing.
  const point = await watcher.editor.pointInLane('support', 400);
  await watcher.page.mouse.dblclick(point.x, point.y);
  await expect(watcher.page.getByRole('textbox', { name: 'Step label' })).toHaveCount(0);
  // The teacher's edits reach the watcher.
  await teacher.editor.addStepByDoubleClick('support', 'Key card printer', 450);
  await expect(watcher.editor.step('Key card printer')).toBeVisible();

  // By hand: a client with only the room id (the view-only link) sends a real Yjs update.
  const { roomId, editKey } = linkParts(links);
  const url = `ws://127.0.0.1:${COLLAB_PORT}/collab`;
  const intruder = roomClient(url, roomId, 'view');
  clients.push(intruder);
  await intruder.synced;
  expect(stepLabelIn(intruder.doc, 'c')).toBe('Greet');
  (intruder.doc.getMap('blueprint').get('steps') as Y.Map<Y.Map<unknown>>)
    .get('c')!
    .set('label', 'Hacked by a watcher');
  // The same by the edit key goes through (so the refusal above is the server's doing).
  const editor = roomClient(url, roomId, editKey);
  clients.push(editor);
  await editor.synced;
  (editor.doc.getMap('blueprint').get('steps') as Y.Map<Y.Map<unknown>>)
    .get('b')!
    .set('label', 'Check in (by script)');
  await expect(teacher.editor.step('Check in (by script)')).toBeVisible();
  await expect(watcher.editor.step('Check in (by script)')).toBeVisible();
  await expect(teacher.editor.step('Greet')).toBeVisible();
  await expect(teacher.page.getByText('Hacked by a watcher')).toHaveCount(0);
  await expect(watcher.page.getByText('Hacked by a watcher')).toHaveCount(0);
  expect(stepLabelIn(editor.doc, 'c')).toBe('Greet');
});

test('a room document that is not valid is refused with a message; the library copy stays', async ({
  browser,
  baseURL,
}) => {
  const teacher = await person(browser, baseURL!, 'Teacher');
  people.push(teacher);
  const links = await roomOf(teacher, smallBlueprint(), []);
  await teacher.editor.addStepByDoubleClick('support', 'Booking system', 450);
  const saved = await teacher.editor.expectSaved((doc) =>
    expect(doc.steps.map((s) => s.label)).toContain('Booking system'),
  );

  // A client with the edit key writes nonsense into the room.
  const { roomId, editKey } = linkParts(links);
  const broken = roomClient(`ws://127.0.0.1:${COLLAB_PORT}/collab`, roomId, editKey);
  clients.push(broken);
  await broken.synced;
  broken.doc.getMap('blueprint').set('title', 42);

  await expect(teacher.page.getByRole('alert')).toContainText(
    'The live room sent a blueprint that is not valid',
  );
  await expect(teacher.page.getByRole('alert')).toContainText('title');
  await expect(teacher.editor.step('Booking system')).toBeVisible();
  await teacher.page.waitForTimeout(1200);
  const after = await teacher.editor.savedDoc();
  expect(after.title).toBe(saved.title);
  expect(after.steps).toEqual(saved.steps);
});

test('reloading in a room comes back to the room, with every edit', async ({
  browser,
  baseURL,
}) => {
  const { teacher, student } = await teacherAndStudent(browser, baseURL!, people);
  await roomOf(teacher, smallBlueprint(), [student]);
  await student.editor.addStepByDoubleClick('backstage', 'Prepare room', 450);
  await expect(teacher.editor.step('Prepare room')).toBeVisible();

  await student.page.reload();
  await expect(student.page.getByTestId('room-status')).toHaveAttribute('data-status', 'connected');
  await expect(student.editor.step('Prepare room')).toBeVisible();
  await peopleCount(teacher, 2);
  await teacher.editor.addStepByDoubleClick('evidence', 'Welcome sign', 450);
  await expect(student.editor.step('Welcome sign')).toBeVisible();
});

test('leaving a room keeps a copy in the library; the room goes on', async ({
  browser,
  baseURL,
}) => {
  const { teacher, student } = await teacherAndStudent(browser, baseURL!, people);
  await roomOf(teacher, smallBlueprint(), [student]);
  await teacher.editor.addStepByDoubleClick('support', 'Booking system', 450);
  await expect(student.editor.step('Booking system')).toBeVisible();

  await student.editor.command('File', 'Leave live room');
  await expect(student.page.getByRole('alert')).toContainText('A copy of the blueprint is kept');
  await expect(student.page).not.toHaveURL(/#live=/);
  await peopleCount(teacher, 1);
  // The copy is the student's own now: their edits stay with them.
  await student.editor.addStepByDoubleClick('evidence', 'Only mine', 450);
  await student.editor.expectSaved((doc) => {
    expect(doc.steps.map((s) => s.label)).toEqual(
      expect.arrayContaining(['Booking system', 'Only mine']),
    );
  });
  await teacher.page.waitForTimeout(500);
  await expect(teacher.editor.step('Only mine')).toHaveCount(0);
});

test.describe('the server goes down mid-session', () => {
  // One server on one port for these tests: one after another, in one worker.
  test.describe.configure({ mode: 'default' });
  test.use({ baseURL: `http://127.0.0.1:${OWN_SERVER_PORT}` });
  let server: Started | null = null;
  let dataDir = '';
  test.beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sbs-e2e-crash-'));
    server = await startServerProcess({ dataDir, port: OWN_SERVER_PORT, staticDir: 'dist' });
  });
  test.afterEach(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('a link opened while the server is down says so calmly, and joins when it is back', async ({
    browser,
    baseURL,
  }) => {
    const { teacher, student } = await teacherAndStudent(browser, baseURL!, people);
    const links = await roomOf(teacher, smallBlueprint(), []);
    // The student has the editor open on their own work (this server also serves the page).
    const roomCode = student.page.waitForResponse(/\/assets\/liveRoom-.*\.js$/);
    await student.editor.open();
    await student.editor.addStepByDoubleClick('customer', 'My own work', 300);
    // The editor fetches its live-room code in the background once it is up.
    await roomCode;
    await teacher.page.waitForTimeout(800); // the room is written to SQLite
    await server!.stop();

    // The link, pasted into the address bar of the open tab.
    await student.page.goto(links.edit);
    await expect(student.page.getByTestId('room-status')).toContainText(
      'The live room server cannot be reached right now',
      { timeout: 10_000 },
    );
    await expect(student.editor.step('My own work')).toBeVisible();

    server = await startServerProcess({ dataDir, port: OWN_SERVER_PORT, staticDir: 'dist' });
    await expect(student.page.getByTestId('room-status')).toHaveAttribute(
      'data-status',
      'connected',
      { timeout: 15_000 },
    );
    await expect(student.editor.step('Greet')).toBeVisible();
    await expect(student.editor.step('My own work')).toHaveCount(0);
  });

  test('both keep editing offline, one even closes the tab; after a restart both converge with every edit', async ({
    browser,
    baseURL,
  }) => {
    const { teacher, student } = await teacherAndStudent(browser, baseURL!, people);
    const links = await roomOf(teacher, smallBlueprint(), [student]);

    await server!.stop('SIGKILL');
    for (const p of [teacher, student])
      await expect(p.page.getByTestId('room-status')).toHaveAttribute('data-status', 'offline');
    await expect(teacher.page.getByTestId('room-status')).toContainText('offline');

    await teacher.editor.addStepByDoubleClick('support', 'Offline teacher', 450);
    await student.editor.addStepByDoubleClick('backstage', 'Offline student', 450);
    await student.editor.step('Greet').dblclick();
    const label = student.page.getByRole('textbox', { name: 'Step label' });
    await label.fill('Greet warmly');
    await label.press('Enter');
    // The student closes the tab while offline: the edits wait in this browser's IndexedDB.
    await student.page.waitForTimeout(300);
    await student.page.close();

    server = await startServerProcess({ dataDir, port: OWN_SERVER_PORT, staticDir: 'dist' });
    await expect(teacher.page.getByTestId('room-status')).toHaveAttribute(
      'data-status',
      'connected',
      {
        timeout: 15_000,
      },
    );
    student.page = await student.context.newPage();
    student.editor = new (await import('./fixtures')).Editor(student.page);
    await joinRoom(student, links.edit);

    for (const p of [teacher, student]) {
      for (const step of [
        'Offline teacher',
        'Offline student',
        'Greet warmly',
        'Arrive',
        'Check in',
      ])
        await expect(p.editor.step(step)).toBeVisible();
      await expect(p.editor.steps()).toHaveCount(5);
    }
  });
});
