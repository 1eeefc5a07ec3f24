import { expect } from '@playwright/test';
import { test } from './fixtures';
import { smallBlueprint } from './helpers/smallBlueprint';
import {
  joinRoom,
  peopleCount,
  person,
  roomOf,
  shareLive,
  teacherAndStudent,
  type Person,
} from './helpers/liveRoom';

/** Two and three people in one live room, each in their own browser. */

const people: Person[] = [];
test.afterEach(async () => {
  for (const p of people.splice(0)) await p.context.close();
});

test('Share live asks a name once, shows edit and view-only links with a QR code; a classmate joins and sees the blueprint and who is there', async ({
  browser,
  baseURL,
}) => {
  const teacher = await person(browser, baseURL!);
  const student = await person(browser, baseURL!, 'Student');
  people.push(teacher, student);
  await teacher.editor.open(smallBlueprint());

  await teacher.editor.command('File', 'Share live…');
  const nameDialog = teacher.page.getByRole('dialog', { name: 'Your name in the room' });
  await expect(nameDialog).toBeVisible();
  await nameDialog.getByRole('button', { name: 'Join' }).click();
  await expect(nameDialog.getByRole('alert')).toHaveText('Type a name to join.');
  await nameDialog.getByRole('textbox', { name: 'Name' }).fill('Ms Li 李老师');
  await nameDialog.getByRole('button', { name: 'Join' }).click();

  const dialog = teacher.page.getByRole('dialog', { name: 'Share live' });
  await expect(dialog).toBeVisible();
  const edit = await dialog.getByRole('textbox', { name: 'Edit link' }).inputValue();
  const view = await dialog.getByRole('textbox', { name: 'View-only link' }).inputValue();
  expect(edit).toMatch(/#live=[A-Za-z0-9_-]{24}$/);
  expect(view).toMatch(/#watch=[A-Za-z0-9_-]{22}$/);
  const qr = dialog.getByRole('img', { name: 'QR code of the edit link' });
  await expect(qr).toBeVisible();
  expect(Number(await qr.getAttribute('data-modules'))).toBeGreaterThanOrEqual(25);
  await dialog.getByRole('radio', { name: 'View-only link' }).check();
  await expect(dialog.getByRole('img', { name: 'QR code of the view-only link' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Copy edit link' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(teacher.page).toHaveURL(/#live=/);

  await joinRoom(student, edit);
  for (const label of ['Arrive', 'Check in', 'Greet'])
    await expect(student.editor.step(label)).toBeVisible();
  await peopleCount(student, 2);
  await peopleCount(teacher, 2);
  await student.page.getByTestId('room-people-count').click();
  const list = student.page.getByRole('list', { name: 'People in the room' });
  await expect(list.getByText('Student (you)')).toBeVisible();
  await expect(list.getByText('Ms Li 李老师')).toBeVisible();

  // The name is remembered: a second room does not ask again.
  await teacher.editor.command('File', 'Leave live room');
  await expect(teacher.page.getByTestId('room-status')).toHaveCount(0);
  await shareLive(teacher);
  await expect(nameDialog).toBeHidden();
});

test('adding, moving, renaming and deleting steps reach everyone in the room', async ({
  browser,
  baseURL,
}) => {
  const { teacher, student } = await teacherAndStudent(browser, baseURL!, people);
  await roomOf(teacher, smallBlueprint(), [student]);

  await teacher.editor.addStepByDoubleClick('backstage', 'Print key card', 400);
  await expect(student.editor.step('Print key card')).toBeVisible({ timeout: 2000 });

  await student.editor.dragStepTo('Greet', await student.editor.pointInLane('backstage', 150));
  await expect(teacher.editor.step('Greet')).toHaveAttribute('aria-label', /Backstage actions/);

  await student.editor.step('Check in').dblclick();
  const label = student.page.getByRole('textbox', { name: 'Step label' });
  await label.fill('Check in at the desk');
  await label.press('Enter');
  await expect(teacher.editor.step('Check in at the desk')).toBeVisible();

  await teacher.editor.step('Arrive').click();
  await teacher.page.keyboard.press('Delete');
  await expect(student.editor.step('Arrive')).toHaveCount(0);
  await expect(student.editor.steps()).toHaveCount(3);
  await expect(teacher.editor.steps()).toHaveCount(3);
});

test('everyone sees the others’ cursors and selected cards, in their colour, never their own', async ({
  browser,
  baseURL,
}) => {
  const { teacher, student } = await teacherAndStudent(browser, baseURL!, people);
  await roomOf(teacher, smallBlueprint(), [student]);

  const point = await teacher.editor.pointInLane('support', 300);
  await teacher.page.mouse.move(point.x, point.y);
  await teacher.page.mouse.move(point.x + 20, point.y + 5, { steps: 3 });
  const cursor = student.page.getByTestId('presence-cursor');
  await expect(cursor).toHaveCount(1);
  await expect(cursor).toContainText('Teacher');
  await expect(teacher.page.getByTestId('presence-cursor')).toHaveCount(0);

  await teacher.editor.step('Greet').click();
  const outline = student.page.getByTestId('presence-selection');
  await expect(outline).toHaveAttribute('data-step', 'c');
  const card = (await student.editor.step('Greet').boundingBox())!;
  // The outline is redrawn as presence changes: measure it once it is settled.
  await expect(async () => {
    const box = await outline.boundingBox();
    expect(box).not.toBeNull();
    expect(Math.abs(box!.x + box!.width / 2 - (card.x + card.width / 2))).toBeLessThan(8);
  }).toPass({ timeout: 3000 });
  // Selection is per person: the student's own selection is untouched.
  await expect(student.editor.step('Greet')).not.toHaveClass(/selected/);
});

test('Ctrl+Z undoes only your own edits, never a classmate’s', async ({ browser, baseURL }) => {
  const { teacher, student } = await teacherAndStudent(browser, baseURL!, people);
  await roomOf(teacher, smallBlueprint(), [student]);

  await teacher.editor.addStepByDoubleClick('onstage', 'From teacher', 500);
  await expect(student.editor.step('From teacher')).toBeVisible();
  await student.editor.addStepByDoubleClick('support', 'From student', 500);
  await expect(teacher.editor.step('From student')).toBeVisible();

  // A typing burst is one step too: the rename goes back in one undo.
  await teacher.editor.step('Arrive').dblclick();
  const label = teacher.page.getByRole('textbox', { name: 'Step label' });
  await label.press('End');
  await label.pressSequentially(' by taxi');
  await label.press('Enter');
  await expect(student.editor.step('Arrive by taxi')).toBeVisible();

  await teacher.page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await teacher.page.keyboard.press('Control+z');
  await expect(student.editor.step('Arrive')).toBeVisible();
  await expect(teacher.editor.step('Arrive')).toBeVisible();
  // As alone: the label typed into the new step, then the step itself (two edits).
  await teacher.page.keyboard.press('Control+z');
  await expect(student.editor.step('From teacher')).toHaveCount(0);
  await expect(student.editor.steps()).toHaveCount(5);
  await teacher.page.keyboard.press('Control+z');
  for (const p of [teacher, student]) {
    await expect(p.editor.steps()).toHaveCount(4);
    await expect(p.editor.step('From student')).toBeVisible();
    await expect(p.editor.step('Arrive')).toBeVisible();
  }
  // Nothing of the teacher's is left to undo: the student's step stays.
  await expect(teacher.editor.button('Undo')).toBeDisabled();
  await teacher.page.keyboard.press('Control+z');
  await expect(student.editor.step('From student')).toBeVisible();
  // Redo brings the teacher's step back, for everyone.
  await teacher.page.keyboard.press('Control+Shift+z');
  await teacher.page.keyboard.press('Control+Shift+z');
  await expect(student.editor.step('From teacher')).toBeVisible();
});

test('three people editing different steps at once keep every edit', async ({
  browser,
  baseURL,
}) => {
  const { teacher, student } = await teacherAndStudent(browser, baseURL!, people);
  const third = await person(browser, baseURL!, 'Third');
  people.push(third);
  await roomOf(teacher, smallBlueprint(), [student, third]);
  await peopleCount(teacher, 3);
  await Promise.all([
    teacher.editor.addStepByDoubleClick('evidence', 'Sign at the door', 500),
    student.editor.addStepByDoubleClick('backstage', 'Check booking', 500),
    third.editor.addStepByDoubleClick('support', 'Booking system', 500),
  ]);
  for (const p of [teacher, student, third]) {
    for (const label of ['Sign at the door', 'Check booking', 'Booking system'])
      await expect(p.editor.step(label)).toBeVisible();
    await expect(p.editor.steps()).toHaveCount(6);
  }
});

test('a bad room link says so and leaves the user’s own blueprint as it was', async ({ page }) => {
  const editor = new (await import('./fixtures')).Editor(page);
  await editor.open(smallBlueprint());
  await page.goto('/#live=not-a-key');
  await expect(page.getByRole('alert')).toContainText('This live room link is damaged');
  await expect(editor.step('Arrive')).toBeVisible();
  await expect(page).not.toHaveURL(/#live=/);
});

test('flows, fail points and the title travel too; guide step and viewport stay each person’s own', async ({
  browser,
  baseURL,
}) => {
  const { teacher, student } = await teacherAndStudent(browser, baseURL!, people);
  await roomOf(teacher, smallBlueprint(), [student]);

  await teacher.editor.connect('Check in', 'Greet', 'b');
  await expect(
    student.page.getByRole('group', { name: "Flow from 'Check in' to 'Greet'" }),
  ).toHaveCount(1);

  await teacher.editor.step('Greet').click();
  await teacher.page.getByRole('checkbox', { name: 'Fail point' }).check();
  await expect(student.editor.step('Greet').getByRole('img', { name: 'Fail point' })).toHaveText(
    'F',
  );

  const title = teacher.page.getByRole('textbox', { name: 'Blueprint title' });
  await title.fill('Hotel check-in, class 3B');
  await expect(student.page.getByRole('textbox', { name: 'Blueprint title' })).toHaveValue(
    'Hotel check-in, class 3B',
  );

  // Zooming is the student's own business.
  const zoomBefore = await teacher.page.locator('.react-flow__viewport').getAttribute('style');
  await student.page.locator('.react-flow__pane').hover();
  await student.page.mouse.wheel(0, -400);
  await student.page.waitForTimeout(400);
  expect(await teacher.page.locator('.react-flow__viewport').getAttribute('style')).toBe(
    zoomBefore,
  );
});

test('a step deleted while someone edits its label: they are told, and everyone ends the same', async ({
  browser,
  baseURL,
}) => {
  const { teacher, student } = await teacherAndStudent(browser, baseURL!, people);
  await roomOf(teacher, smallBlueprint(), [student]);

  await student.editor.step('Greet').dblclick();
  const label = student.page.getByRole('textbox', { name: 'Step label' });
  await label.pressSequentially(' the guest');
  // The label travels as it is typed: the teacher sees "Greet the guest" (or part of it).
  await teacher.editor.steps().filter({ hasText: 'Greet' }).click();
  await teacher.page.keyboard.press('Delete');

  await expect(student.page.getByRole('alert')).toContainText(
    'Someone in the room deleted the step you were editing.',
  );
  for (const p of [teacher, student]) {
    await expect(p.editor.steps()).toHaveCount(2);
    await expect(p.editor.steps().filter({ hasText: 'Greet' })).toHaveCount(0);
  }
});

test('comments reach everyone in the room: the teacher writes, the student resolves', async ({
  browser,
  baseURL,
}) => {
  const { teacher, student } = await teacherAndStudent(browser, baseURL!, people);
  await roomOf(teacher, smallBlueprint(), [student]);

  await teacher.editor.step('Check in').click({ button: 'right' });
  await teacher.page.getByRole('menuitem', { name: 'Comment…' }).click();
  const teacherPanel = teacher.page.getByRole('region', { name: /^Comments/ });
  // The name given for the room is the comment's author.
  await expect(teacherPanel.getByRole('textbox', { name: 'Your name' })).toHaveValue('Teacher');
  await teacherPanel
    .getByRole('textbox', { name: 'New comment' })
    .fill('Where does the guest wait?');
  await teacherPanel.getByRole('button', { name: 'Add comment' }).click();

  const badge = (p: Person) =>
    p.page.getByRole('button', { name: '1 comment on “Check in”', exact: true });
  await expect(badge(student)).toBeVisible({ timeout: 2000 });
  await badge(student).click();
  const studentPanel = student.page.getByRole('region', { name: /^Comments/ });
  const item = studentPanel.getByRole('listitem').filter({ hasText: 'Where does the guest wait?' });
  await expect(item).toHaveText(/Teacher/);
  await item.getByRole('button', { name: 'Resolve' }).click();
  await expect(badge(teacher)).toBeHidden({ timeout: 2000 });
  await expect(teacher.page.getByRole('tab', { name: 'Comments', exact: true })).toBeVisible();

  // Undo is the student's own: it reopens the comment for both.
  await student.editor.button('Undo').click();
  await expect(badge(teacher)).toBeVisible({ timeout: 2000 });
});

test('versions reach everyone in the room: one makes a to-be, the other switches back', async ({
  browser,
  baseURL,
}) => {
  const { teacher, student } = await teacherAndStudent(browser, baseURL!, people);
  await roomOf(teacher, smallBlueprint(), [student]);

  await teacher.page.getByRole('tab', { name: 'Versions' }).click();
  await teacher.editor.button('Make to-be from improvements').click();
  await expect(teacher.page.getByTestId('version-tag')).toHaveText('To-be');
  await expect(student.page.getByTestId('version-tag')).toHaveText('To-be', { timeout: 2000 });
  // The student is told why the canvas changed; the teacher, who switched, is not.
  await expect(
    student.page.getByText('Someone in the room switched to the version “To-be”.', {
      exact: false,
    }),
  ).toBeVisible();
  await expect(teacher.page.getByText('Someone in the room switched')).toHaveCount(0);

  // The student removes a step from the to-be; the teacher sees it gone and struck out.
  await student.editor.step('Check in').click();
  await student.page.keyboard.press('Delete');
  await expect(teacher.editor.step('Check in')).toHaveCount(0, { timeout: 2000 });
  await expect(teacher.page.getByTestId('removed-ghost')).toHaveText('Removed: Check in');

  // Switching is shared: the as-is comes back, with its step, for both.
  await student.page.getByRole('tab', { name: 'Versions' }).click();
  await student.page.getByRole('radio', { name: 'As-is' }).check();
  await expect(teacher.page.getByTestId('version-tag')).toHaveText('As-is', { timeout: 2000 });
  await expect(teacher.editor.step('Check in')).toBeVisible();
  await expect(teacher.page.getByRole('radio', { name: 'As-is' })).toBeChecked();
});
