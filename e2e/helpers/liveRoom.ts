import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { Editor, type SavedDoc } from '../fixtures';

/** Live-room helpers: people in their own browser contexts, joining one room. */

export const ROOM_NAME_KEY = 'service-blueprint-studio:room-name';

export interface Person {
  context: BrowserContext;
  page: Page;
  editor: Editor;
}

/** A person with their own browser (storage, IndexedDB); with `name`, already remembered. */
export async function person(browser: Browser, baseURL: string, name?: string): Promise<Person> {
  const context = await browser.newContext({ baseURL });
  if (name)
    await context.addInitScript(
      ([key, value]) => {
        if (!localStorage.getItem(key!)) localStorage.setItem(key!, value!);
      },
      [ROOM_NAME_KEY, name],
    );
  const page = await context.newPage();
  return { context, page, editor: new Editor(page) };
}

/** A teacher and a student (names remembered), each in their own browser; kept in `into` to close. */
export async function teacherAndStudent(browser: Browser, baseURL: string, into: Person[]) {
  const teacher = await person(browser, baseURL, 'Teacher');
  const student = await person(browser, baseURL, 'Student');
  into.push(teacher, student);
  return { teacher, student };
}

/** File ▾ Share live… on a blueprint already open; returns the room's two links. */
export async function shareLive(host: Person): Promise<{ edit: string; view: string }> {
  await host.editor.command('File', 'Share live…');
  const dialog = host.page.getByRole('dialog', { name: 'Share live' });
  await expect(dialog).toBeVisible();
  const edit = await dialog.getByRole('textbox', { name: 'Edit link' }).inputValue();
  const view = await dialog.getByRole('textbox', { name: 'View-only link' }).inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(host.page.getByTestId('room-status')).toHaveAttribute('data-status', 'connected');
  return { edit, view };
}

/** Opens a room link and waits for the room's blueprint and the connection. */
export async function joinRoom(guest: Person, link: string): Promise<void> {
  await guest.page.goto(link);
  await expect(guest.page.getByTestId('room-status')).toHaveAttribute('data-status', 'connected');
  await expect(guest.page.getByTestId('room-people-count')).toBeVisible();
}

/** A room made by `host` from `doc`, joined by every guest through the edit link. */
export async function roomOf(host: Person, doc: SavedDoc, guests: Person[]) {
  await host.editor.open(doc);
  const links = await shareLive(host);
  for (const guest of guests) await joinRoom(guest, links.edit);
  return links;
}

export function peopleCount(p: Person, count: number) {
  return expect(p.page.getByTestId('room-people-count')).toHaveText(`${count} in the room`);
}

const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);
/** The room server Playwright starts beside the preview (see playwright.config.ts). */
export const COLLAB_PORT = Number(process.env.E2E_COLLAB_PORT ?? E2E_PORT + 100);
/** A port for a room server a test starts, stops and restarts itself. */
export const OWN_SERVER_PORT = COLLAB_PORT + 1;

export function linkParts(links: { edit: string; view: string }) {
  return {
    editKey: new URL(links.edit).hash.replace('#live=', ''),
    roomId: new URL(links.view).hash.replace('#watch=', ''),
  };
}
