/**
 * This tab's own copy of the last steps copied: pasted when the system clipboard cannot be
 * read or written (the browser refused, or has no clipboard API). Also counts repeated pastes
 * of the same text, so that each lands a little further from the originals.
 */

let remembered: string | null = null;
let lastPaste = { text: '', count: 0 };

export function rememberCopy(text: string): void {
  remembered = text;
  lastPaste = { text: '', count: 0 };
}

export function rememberedCopy(): string | null {
  return remembered;
}

/** 1 for the first paste of this text in a row, 2 for the next, and so on. */
export function pasteRound(text: string): number {
  lastPaste = { text, count: lastPaste.text === text ? lastPaste.count + 1 : 1 };
  return lastPaste.count;
}
