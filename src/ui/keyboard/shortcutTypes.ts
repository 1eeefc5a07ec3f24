import type { MessageKey } from '../../i18n/t';

/** The shapes of the shortcut table (shortcuts.ts): chords, scopes, groups, handler names. */

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
  'alignSteps',
  'distributeSteps',
  'tidyUp',
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
  'openSearch',
  'showShortcuts',
  'openContextMenu',
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
