import type { MessageKey } from '../../i18n/t';

/**
 * Every key binding of the editor, in one table. The key handler dispatches from it and the
 * shortcuts sheet ("?") is drawn from it, so the sheet cannot drift from what the keys do.
 */

export interface KeyChord {
  /** `KeyboardEvent.key`, compared without case (so Caps Lock does not matter). */
  key?: string;
  /** `KeyboardEvent.code`, for keys whose character Shift changes (Shift+1 types "!"). */
  code?: string;
  /** Ctrl, or ⌘ on a Mac. */
  mod?: boolean;
  /** Must Shift be down (true), up (false, the default), or either ('any')? */
  shift?: boolean | 'any';
  alt?: boolean;
}

/**
 * Where a binding works:
 * - `anywhere`: even while typing in a field (Save, Open, Print);
 * - `editor`: not in text fields, dialogs, or while the report covers the editor;
 * - `canvas`: as `editor`, and only with the focus on the canvas or on nothing (keys that
 *   buttons, menus and separators use themselves: arrows, Tab, Enter, Space, Escape).
 */
export type ShortcutScope = 'anywhere' | 'editor' | 'canvas';

export type ShortcutGroup = 'navigate' | 'edit' | 'clipboard' | 'view' | 'file';

export const HANDLER_NAMES = [
  'selectNextStep',
  'selectPreviousStep',
  'selectStepLeft',
  'selectStepRight',
  'selectStepUp',
  'selectStepDown',
  'editLabel',
  'clearSelection',
  'selectAll',
  'addStepAfter',
  'toggleFailPoint',
  'toggleWait',
  'nudgeLeft',
  'nudgeRight',
  'nudgeUp',
  'nudgeDown',
  'nudgeColumnLeft',
  'nudgeColumnRight',
  'duplicate',
  'deleteSelection',
  'undo',
  'redo',
  'copy',
  'cut',
  'paste',
  'panWithSpace',
  'zoomIn',
  'zoomOut',
  'zoomReset',
  'fitBlueprint',
  'showShortcuts',
  'save',
  'saveAs',
  'open',
  'print',
] as const;
export type HandlerName = (typeof HANDLER_NAMES)[number];

export interface Shortcut {
  id: string;
  /** Any of these chords triggers it; the sheet lists them all. */
  keys: readonly KeyChord[];
  description: MessageKey;
  handler: HandlerName;
  scope: ShortcutScope;
  group: ShortcutGroup;
  /** Holding the key down repeats the action (moving, nudging, zooming). */
  repeats?: boolean;
}

const mod = true;

export const SHORTCUTS: readonly Shortcut[] = [
  // Moving the selection.
  {
    id: 'nextStep',
    keys: [{ key: 'Tab' }],
    description: 'keyboard.actions.nextStep',
    handler: 'selectNextStep',
    scope: 'canvas',
    group: 'navigate',
    repeats: true,
  },
  {
    id: 'previousStep',
    keys: [{ key: 'Tab', shift: true }],
    description: 'keyboard.actions.previousStep',
    handler: 'selectPreviousStep',
    scope: 'canvas',
    group: 'navigate',
    repeats: true,
  },
  {
    id: 'stepLeft',
    keys: [{ key: 'ArrowLeft' }],
    description: 'keyboard.actions.stepLeft',
    handler: 'selectStepLeft',
    scope: 'canvas',
    group: 'navigate',
    repeats: true,
  },
  {
    id: 'stepRight',
    keys: [{ key: 'ArrowRight' }],
    description: 'keyboard.actions.stepRight',
    handler: 'selectStepRight',
    scope: 'canvas',
    group: 'navigate',
    repeats: true,
  },
  {
    id: 'stepUp',
    keys: [{ key: 'ArrowUp' }],
    description: 'keyboard.actions.stepUp',
    handler: 'selectStepUp',
    scope: 'canvas',
    group: 'navigate',
    repeats: true,
  },
  {
    id: 'stepDown',
    keys: [{ key: 'ArrowDown' }],
    description: 'keyboard.actions.stepDown',
    handler: 'selectStepDown',
    scope: 'canvas',
    group: 'navigate',
    repeats: true,
  },
  {
    id: 'editLabel',
    keys: [{ key: 'Enter' }],
    description: 'keyboard.actions.editLabel',
    handler: 'editLabel',
    scope: 'canvas',
    group: 'navigate',
  },
  {
    id: 'clearSelection',
    keys: [{ key: 'Escape' }],
    description: 'keyboard.actions.clearSelection',
    handler: 'clearSelection',
    scope: 'canvas',
    group: 'navigate',
  },
  {
    id: 'selectAll',
    keys: [{ key: 'a', mod }],
    description: 'keyboard.actions.selectAll',
    handler: 'selectAll',
    scope: 'editor',
    group: 'navigate',
  },

  // Editing steps.
  {
    id: 'addStep',
    keys: [{ key: 'n' }],
    description: 'keyboard.actions.addStep',
    handler: 'addStepAfter',
    scope: 'editor',
    group: 'edit',
  },
  {
    id: 'toggleFailPoint',
    keys: [{ key: 'f' }],
    description: 'keyboard.actions.toggleFailPoint',
    handler: 'toggleFailPoint',
    scope: 'editor',
    group: 'edit',
  },
  {
    id: 'toggleWait',
    keys: [{ key: 'w' }],
    description: 'keyboard.actions.toggleWait',
    handler: 'toggleWait',
    scope: 'editor',
    group: 'edit',
  },
  {
    id: 'nudgeLeft',
    keys: [{ key: 'ArrowLeft', alt: true }],
    description: 'keyboard.actions.nudgeLeft',
    handler: 'nudgeLeft',
    scope: 'editor',
    group: 'edit',
    repeats: true,
  },
  {
    id: 'nudgeRight',
    keys: [{ key: 'ArrowRight', alt: true }],
    description: 'keyboard.actions.nudgeRight',
    handler: 'nudgeRight',
    scope: 'editor',
    group: 'edit',
    repeats: true,
  },
  {
    id: 'nudgeUp',
    keys: [{ key: 'ArrowUp', alt: true }],
    description: 'keyboard.actions.nudgeUp',
    handler: 'nudgeUp',
    scope: 'editor',
    group: 'edit',
    repeats: true,
  },
  {
    id: 'nudgeDown',
    keys: [{ key: 'ArrowDown', alt: true }],
    description: 'keyboard.actions.nudgeDown',
    handler: 'nudgeDown',
    scope: 'editor',
    group: 'edit',
    repeats: true,
  },
  {
    id: 'nudgeColumnLeft',
    keys: [{ key: 'ArrowLeft', alt: true, shift: true }],
    description: 'keyboard.actions.nudgeColumnLeft',
    handler: 'nudgeColumnLeft',
    scope: 'editor',
    group: 'edit',
    repeats: true,
  },
  {
    id: 'nudgeColumnRight',
    keys: [{ key: 'ArrowRight', alt: true, shift: true }],
    description: 'keyboard.actions.nudgeColumnRight',
    handler: 'nudgeColumnRight',
    scope: 'editor',
    group: 'edit',
    repeats: true,
  },
  {
    id: 'duplicate',
    keys: [{ key: 'd', mod }],
    description: 'keyboard.actions.duplicate',
    handler: 'duplicate',
    scope: 'editor',
    group: 'edit',
  },
  {
    id: 'deleteSelection',
    keys: [{ key: 'Delete' }, { key: 'Backspace' }],
    description: 'keyboard.actions.deleteSelection',
    handler: 'deleteSelection',
    scope: 'editor',
    group: 'edit',
  },
  {
    id: 'undo',
    keys: [{ key: 'z', mod }],
    description: 'keyboard.actions.undo',
    handler: 'undo',
    scope: 'editor',
    group: 'edit',
    repeats: true,
  },
  {
    id: 'redo',
    keys: [
      { key: 'z', mod, shift: true },
      { key: 'y', mod, shift: 'any' },
    ],
    description: 'keyboard.actions.redo',
    handler: 'redo',
    scope: 'editor',
    group: 'edit',
    repeats: true,
  },

  // The clipboard.
  {
    id: 'copy',
    keys: [{ key: 'c', mod }],
    description: 'keyboard.actions.copy',
    handler: 'copy',
    scope: 'editor',
    group: 'clipboard',
  },
  {
    id: 'cut',
    keys: [{ key: 'x', mod }],
    description: 'keyboard.actions.cut',
    handler: 'cut',
    scope: 'editor',
    group: 'clipboard',
  },
  {
    id: 'paste',
    keys: [{ key: 'v', mod }],
    description: 'keyboard.actions.paste',
    handler: 'paste',
    scope: 'editor',
    group: 'clipboard',
  },

  // The view.
  {
    id: 'pan',
    keys: [{ key: ' ' }],
    description: 'keyboard.actions.pan',
    handler: 'panWithSpace',
    scope: 'canvas',
    group: 'view',
    repeats: true,
  },
  {
    id: 'zoomIn',
    keys: [
      { key: '=', mod },
      { key: '+', mod, shift: 'any' },
    ],
    description: 'keyboard.actions.zoomIn',
    handler: 'zoomIn',
    scope: 'editor',
    group: 'view',
    repeats: true,
  },
  {
    id: 'zoomOut',
    keys: [{ key: '-', mod }],
    description: 'keyboard.actions.zoomOut',
    handler: 'zoomOut',
    scope: 'editor',
    group: 'view',
    repeats: true,
  },
  {
    id: 'zoomReset',
    keys: [{ key: '0', mod }],
    description: 'keyboard.actions.zoomReset',
    handler: 'zoomReset',
    scope: 'editor',
    group: 'view',
  },
  {
    id: 'fitBlueprint',
    keys: [{ code: 'Digit1', shift: true }],
    description: 'keyboard.actions.fitBlueprint',
    handler: 'fitBlueprint',
    scope: 'editor',
    group: 'view',
  },
  {
    id: 'showShortcuts',
    keys: [{ key: '?', shift: 'any' }],
    description: 'keyboard.actions.showShortcuts',
    handler: 'showShortcuts',
    scope: 'editor',
    group: 'view',
  },

  // Files: these work even while typing in a field.
  {
    id: 'save',
    keys: [{ key: 's', mod }],
    description: 'keyboard.actions.save',
    handler: 'save',
    scope: 'anywhere',
    group: 'file',
  },
  {
    id: 'saveAs',
    keys: [{ key: 's', mod, shift: true }],
    description: 'keyboard.actions.saveAs',
    handler: 'saveAs',
    scope: 'anywhere',
    group: 'file',
  },
  {
    id: 'open',
    keys: [{ key: 'o', mod, shift: 'any' }],
    description: 'keyboard.actions.open',
    handler: 'open',
    scope: 'anywhere',
    group: 'file',
  },
  {
    id: 'print',
    keys: [{ key: 'p', mod }],
    description: 'keyboard.actions.print',
    handler: 'print',
    scope: 'anywhere',
    group: 'file',
  },
];

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  'navigate',
  'edit',
  'clipboard',
  'view',
  'file',
];
