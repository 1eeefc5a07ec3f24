import { useEffect } from 'react';
import type { EditorStoreApi } from '../store/createEditorStore';
import { printFromShortcut } from './print/printCanvas';

function isTextInput(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

interface ShortcutHandlers {
  save: () => void;
  open: () => void;
}

/** Editor-wide keys. Keys typed into a field belong to the field (its own undo included). */
export function useShortcuts(store: EditorStoreApi, handlers: ShortcutHandlers): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && key === 's') {
        e.preventDefault();
        handlers.save();
        return;
      }
      if (mod && key === 'o') {
        e.preventDefault();
        handlers.open();
        return;
      }
      // Ctrl+P prints the canvas fitted to the page (or the report, while open), not the app page.
      if (mod && key === 'p' && !e.shiftKey && !e.altKey) {
        e.preventDefault();
        printFromShortcut();
        return;
      }
      if (isTextInput(e.target)) return;
      const state = store.getState();
      if (mod && key === 'z') {
        e.preventDefault();
        if (e.shiftKey) state.redo();
        else state.undo();
      } else if (mod && key === 'y') {
        e.preventDefault();
        state.redo();
      } else if (e.key === 'Delete' || e.key === 'Backspace') {
        if (state.selection.steps.length || state.selection.flows.length) {
          e.preventDefault();
          state.deleteSelection();
        }
      } else if (e.key === 'Enter' && state.selection.steps.length === 1 && !mod) {
        e.preventDefault();
        state.setEditingStep(state.selection.steps[0]!);
      } else if (e.key === 'Escape') {
        state.select({});
      }
    };
    // Capture phase: Ctrl+S, Ctrl+O and Ctrl+P must work even while a field keeps its keys to itself.
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [store, handlers]);
}
