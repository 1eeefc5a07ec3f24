import { useEffect } from 'react';
import { findShortcut } from './keyboard/keyChords';
import { inScope } from './keyboard/focusScope';
import type { KeyHandlers } from './keyboard/keyHandler';
import { SHORTCUTS } from './keyboard/shortcuts';
import { printFromShortcut } from './print/printCanvas';

/** Save, Save as and Open, as the app wires them. */
export interface FileShortcuts {
  save: () => void;
  saveAs: () => void;
  open: () => void;
}

export function fileKeys(
  files: FileShortcuts,
): Pick<KeyHandlers, 'save' | 'saveAs' | 'open' | 'print'> {
  const run = (action: () => void) => () => {
    action();
    return 'handled' as const;
  };
  return {
    save: run(files.save),
    saveAs: run(files.saveAs),
    open: run(files.open),
    // Ctrl+P prints the canvas fitted to the page (or the report, while open), not the app page.
    print: run(printFromShortcut),
  };
}

/**
 * Every editor key, dispatched from the shortcut table (keyboard/shortcuts.ts) to its handler.
 * Keys typed into a field belong to the field (its own undo included), except Save, Open and
 * Print. A key whose handler says `handled` goes no further.
 */
export function useShortcuts(handlers: KeyHandlers): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing) return; // an input method is composing text (Chinese, Japanese…)
      const shortcut = findShortcut(event, SHORTCUTS);
      if (!shortcut || !inScope(shortcut.scope, event.target)) return;
      if (event.repeat && !shortcut.repeats) {
        event.preventDefault();
        return;
      }
      if (handlers[shortcut.handler](event) === 'handled') {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    // Capture phase: ahead of React Flow's own keys on cards, and Ctrl+S, Ctrl+O and Ctrl+P
    // must work even while a field keeps its keys to itself.
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [handlers]);
}
