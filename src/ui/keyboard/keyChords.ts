import type { KeyChord, Shortcut } from './shortcuts';

/** Matching key presses against the shortcut table, and writing chords the way keycaps read. */

/** The parts of a `KeyboardEvent` a chord looks at (so the matching is testable without a DOM). */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function matchesChord(press: KeyPress, chord: KeyChord): boolean {
  if ((press.ctrlKey || press.metaKey) !== (chord.mod ?? false)) return false;
  if (press.altKey !== (chord.alt ?? false)) return false;
  const shift = chord.shift ?? false;
  if (shift !== 'any' && press.shiftKey !== shift) return false;
  if (chord.code !== undefined) return press.code === chord.code;
  return chord.key !== undefined && press.key.toLowerCase() === chord.key.toLowerCase();
}

/** The first binding in the table that the press matches. */
export function findShortcut(press: KeyPress, table: readonly Shortcut[]): Shortcut | undefined {
  return table.find((shortcut) => shortcut.keys.some((chord) => matchesChord(press, chord)));
}

const KEY_NAMES: Record<string, string> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ' ': 'Space',
  Escape: 'Esc',
  ContextMenu: 'Menu',
};

function keyName(chord: KeyChord): string {
  if (chord.code !== undefined) return chord.code.replace(/^(Digit|Key)/, '');
  const key = chord.key ?? '';
  return KEY_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key);
}

/** The keys of a chord as they are printed on the keyboard, e.g. ["Ctrl", "Shift", "Z"]. */
export function chordKeys(chord: KeyChord, mac: boolean): string[] {
  const keys: string[] = [];
  if (chord.mod) keys.push(mac ? '⌘' : 'Ctrl');
  if (chord.alt) keys.push(mac ? '⌥' : 'Alt');
  if (chord.shift === true) keys.push('Shift');
  keys.push(keyName(chord));
  return keys;
}

/** A chord as one string, e.g. "Ctrl+Shift+Z". */
export function formatChord(chord: KeyChord, mac: boolean): string {
  return chordKeys(chord, mac).join('+');
}

export function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
}
