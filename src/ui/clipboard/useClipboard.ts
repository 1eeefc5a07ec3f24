import { useEffect, useMemo } from 'react';
import { inScope } from '../keyboard/focusScope';
import type { KeyboardContext, KeyHandlers } from '../keyboard/keyHandler';
import { followCanvasPointer } from './canvasPointer';
import { copySelection, cutSelection, pasteText, selectionClipText } from './clipboardActions';

/**
 * Ctrl+C / Ctrl+X / Ctrl+V of steps through the system clipboard, as text/plain JSON, so that
 * other tabs (and other blueprints) can paste them.
 *
 * The keys let the browser go on to fire its own copy, cut and paste events, which can write and
 * read the clipboard without asking for permission; the listeners here fill them in. When no such
 * event reaches us right after the key (a browser that fires none without selected text), the
 * asynchronous clipboard API is tried, and when that is refused, this tab's own memory of the
 * last copy is used.
 */

type ClipboardHandlers = Pick<KeyHandlers, 'copy' | 'cut' | 'paste'>;

/** Text a key has prepared for the coming copy or cut event, or a paste the key has asked for. */
const pending: { write: string | null; paste: boolean } = { write: null, paste: false };

/** Runs after the browser has handled the key (and fired its clipboard event, if any). */
const afterKey = (run: () => void) => setTimeout(run, 0);

/** Some text outside the fields is selected: copying it is what the user means. */
function hasTextSelection(): boolean {
  const selection = document.getSelection();
  return !!selection && !selection.isCollapsed && selection.toString().trim() !== '';
}

function writeLater(text: string): void {
  pending.write = text;
  afterKey(() => {
    if (pending.write !== text) return;
    pending.write = null;
    void navigator.clipboard?.writeText(text).catch(() => undefined);
  });
}

async function readSystemClipboard(): Promise<string | null> {
  try {
    return (await navigator.clipboard?.readText()) ?? null;
  } catch {
    return null;
  }
}

export function useClipboard(ctx: KeyboardContext): ClipboardHandlers {
  useEffect(() => {
    const stopFollowing = followCanvasPointer();

    const onCopyOrCut = (event: ClipboardEvent) => {
      let text = pending.write;
      pending.write = null;
      // A copy from the browser's menu, not from our key: the selected steps, unless text is selected.
      if (text === null && inScope('editor', event.target) && !hasTextSelection()) {
        text = (event.type === 'cut' ? cutSelection(ctx) : selectionClipText(ctx.store)) ?? null;
      }
      if (text === null || !event.clipboardData) return;
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
    };

    const onPaste = (event: ClipboardEvent) => {
      pending.paste = false;
      if (!inScope('editor', event.target)) return; // a field pastes for itself
      event.preventDefault();
      pasteText(ctx, event.clipboardData?.getData('text/plain') ?? null);
    };

    document.addEventListener('copy', onCopyOrCut);
    document.addEventListener('cut', onCopyOrCut);
    document.addEventListener('paste', onPaste);
    return () => {
      stopFollowing();
      document.removeEventListener('copy', onCopyOrCut);
      document.removeEventListener('cut', onCopyOrCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [ctx]);

  return useMemo(
    () => ({
      copy() {
        const text = copySelection(ctx);
        if (text === undefined) return 'pass';
        writeLater(text);
        return 'pass';
      },
      cut() {
        const text = cutSelection(ctx);
        if (text === undefined) return 'pass';
        writeLater(text);
        return 'pass';
      },
      paste() {
        pending.paste = true;
        afterKey(() => {
          if (!pending.paste) return;
          pending.paste = false;
          void readSystemClipboard().then((text) => pasteText(ctx, text));
        });
        return 'pass';
      },
    }),
    [ctx],
  );
}
