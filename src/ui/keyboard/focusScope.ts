import type { ShortcutScope } from './shortcuts';

/** Where the focus is, and so which bindings a key press may run (see `ShortcutScope`). */

/** Fields keep their keys: typing, their own undo, select-all, copy and paste. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Controls that use arrows, Enter, Space or Escape themselves. */
const CONTROLS =
  'button, a[href], summary, [role="button"], [role="separator"], [role="slider"], [role="tab"], [role="menuitem"], [role="menuitemradio"], [role="option"], [role="combobox"], [role="checkbox"], [role="radio"], [role="switch"]';

/** Canvas parts that may hold the focus: a card, a flow, the selection box, the pane. */
const CANVAS_ITEMS =
  '.react-flow__node, .react-flow__edge, .react-flow__nodesselection-rect, .react-flow__pane';

/**
 * A dialog (the shortcuts sheet, the library, the gallery) or the report covers the editor, or a
 * menu has the focus (its letters and arrows are its own).
 */
function editorOutOfReach(target: Element | null): boolean {
  if (target?.closest('dialog, [role="dialog"], [role="menu"], [inert]')) return true;
  if (document.querySelector('dialog:modal')) return true;
  return !!document.querySelector('.canvas-area')?.closest('[inert]');
}

function isNothing(target: EventTarget | null): boolean {
  return !target || target === document.body || target === document.documentElement;
}

/** The focus is on the canvas (a card, a flow, the pane) or on nothing at all. */
export function isCanvasTarget(target: EventTarget | null): boolean {
  if (isNothing(target)) return true;
  if (!(target instanceof Element) || target.matches(CONTROLS) || isTextField(target)) return false;
  return target.matches('.react-flow') || !!target.closest(CANVAS_ITEMS);
}

export function inScope(scope: ShortcutScope, target: EventTarget | null): boolean {
  if (scope === 'anywhere') return true;
  if (isTextField(target)) return false;
  if (editorOutOfReach(target instanceof Element ? target : null)) return false;
  return scope === 'editor' || isCanvasTarget(target);
}

/** The id of the step card that holds the focus, if one does. */
export function focusedStepId(target: EventTarget | null): string | undefined {
  if (!(target instanceof Element)) return undefined;
  return target.closest('.react-flow__node')?.getAttribute('data-id') ?? undefined;
}
