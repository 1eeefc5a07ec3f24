import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { findShortcut, formatChord, matchesChord, type KeyPress } from './keyChords';
import { HANDLER_NAMES, SHORTCUT_GROUPS, SHORTCUTS } from './shortcuts';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code: '',
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

const handlerFor = (p: KeyPress) => findShortcut(p, SHORTCUTS)?.handler;

describe('the shortcut table', () => {
  it.each([
    ['Tab', press('Tab'), 'selectNextStep'],
    ['Shift+Tab', press('Tab', { shiftKey: true }), 'selectPreviousStep'],
    ['→', press('ArrowRight'), 'selectStepRight'],
    ['Alt+→', press('ArrowRight', { altKey: true }), 'nudgeRight'],
    ['Alt+Shift+←', press('ArrowLeft', { altKey: true, shiftKey: true }), 'nudgeColumnLeft'],
    ['N', press('n'), 'addStepAfter'],
    ['N with Caps Lock', press('N'), 'addStepAfter'],
    ['F', press('f'), 'toggleFailPoint'],
    ['W', press('w'), 'toggleWait'],
    ['Ctrl+A', press('a', { ctrlKey: true }), 'selectAll'],
    ['⌘+A', press('a', { metaKey: true }), 'selectAll'],
    ['Ctrl+D', press('d', { ctrlKey: true }), 'duplicate'],
    ['Ctrl+Z', press('z', { ctrlKey: true }), 'undo'],
    ['Ctrl+Shift+Z', press('Z', { ctrlKey: true, shiftKey: true }), 'redo'],
    ['Ctrl+Y', press('y', { ctrlKey: true }), 'redo'],
    ['Ctrl+C', press('c', { ctrlKey: true }), 'copy'],
    ['Ctrl+X', press('x', { ctrlKey: true }), 'cut'],
    ['Ctrl+V', press('v', { ctrlKey: true }), 'paste'],
    ['Ctrl+=', press('=', { ctrlKey: true }), 'zoomIn'],
    ['Ctrl+Shift+= (+)', press('+', { ctrlKey: true, shiftKey: true }), 'zoomIn'],
    ['Ctrl+-', press('-', { ctrlKey: true }), 'zoomOut'],
    ['Ctrl+0', press('0', { ctrlKey: true }), 'zoomReset'],
    ['Shift+1 (US: "!")', { ...press('!', { shiftKey: true }), code: 'Digit1' }, 'fitBlueprint'],
    [
      'Shift+1 (AZERTY: "1")',
      { ...press('1', { shiftKey: true }), code: 'Digit1' },
      'fitBlueprint',
    ],
    ['?', press('?', { shiftKey: true }), 'showShortcuts'],
    ['Space', press(' '), 'panWithSpace'],
    ['Delete', press('Delete'), 'deleteSelection'],
    ['Backspace', press('Backspace'), 'deleteSelection'],
    ['Enter', press('Enter'), 'editLabel'],
    ['Escape', press('Escape'), 'clearSelection'],
    ['Ctrl+S', press('s', { ctrlKey: true }), 'save'],
    ['Ctrl+Shift+S', press('S', { ctrlKey: true, shiftKey: true }), 'saveAs'],
    ['Ctrl+O', press('o', { ctrlKey: true }), 'open'],
    ['Ctrl+P', press('p', { ctrlKey: true }), 'print'],
  ] as const)('%s runs %s', (_, p, handler) => {
    expect(handlerFor(p)).toBe(handler);
  });

  it.each([
    ['a plain letter that is not bound', press('q')],
    ['1 without Shift', { ...press('1'), code: 'Digit1' }],
    ['Ctrl+N (the browser keeps it)', press('n', { ctrlKey: true })],
    ['Ctrl+Alt+S', press('s', { ctrlKey: true, altKey: true })],
    ['Ctrl+Shift+P', press('P', { ctrlKey: true, shiftKey: true })],
    ['Shift+N', press('N', { shiftKey: true })],
  ])('leaves %s alone', (_, p) => {
    expect(handlerFor(p)).toBeUndefined();
  });

  it('binds every chord to one shortcut only', () => {
    const seen = new Map<string, string>();
    for (const shortcut of SHORTCUTS) {
      for (const chord of shortcut.keys) {
        const name = formatChord(chord, false);
        expect(seen.get(name), name).toBeUndefined();
        seen.set(name, shortcut.id);
      }
    }
  });

  it('uses every handler, has unique ids, known groups and English descriptions', () => {
    expect(new Set(SHORTCUTS.map((s) => s.handler))).toEqual(new Set(HANDLER_NAMES));
    expect(new Set(SHORTCUTS.map((s) => s.id)).size).toBe(SHORTCUTS.length);
    for (const shortcut of SHORTCUTS) {
      expect(SHORTCUT_GROUPS).toContain(shortcut.group);
      const [, , name] = shortcut.description.split('.');
      expect(en.keyboard.actions[name as keyof typeof en.keyboard.actions]).toBeTruthy();
    }
  });
});

describe('matchesChord', () => {
  it('needs exactly the modifiers asked for', () => {
    const chord = { key: 'z', mod: true };
    expect(matchesChord(press('z', { ctrlKey: true }), chord)).toBe(true);
    expect(matchesChord(press('z'), chord)).toBe(false);
    expect(matchesChord(press('z', { ctrlKey: true, altKey: true }), chord)).toBe(false);
    expect(matchesChord(press('Z', { ctrlKey: true, shiftKey: true }), chord)).toBe(false);
  });
});

describe('formatChord', () => {
  it.each([
    [{ key: 'z', mod: true, shift: true }, false, 'Ctrl+Shift+Z'],
    [{ key: 'z', mod: true, shift: true }, true, '⌘+Shift+Z'],
    [{ key: 'ArrowLeft', alt: true }, false, 'Alt+←'],
    [{ key: 'ArrowLeft', alt: true }, true, '⌥+←'],
    [{ code: 'Digit1', shift: true }, false, 'Shift+1'],
    [{ key: '+', mod: true, shift: 'any' as const }, false, 'Ctrl++'],
    [{ key: '?', shift: 'any' as const }, false, '?'],
    [{ key: ' ' }, false, 'Space'],
    [{ key: 'Escape' }, false, 'Esc'],
    [{ key: 'Delete' }, false, 'Delete'],
  ])('writes %o as %s (Mac: %s)', (chord, mac, text) => {
    expect(formatChord(chord, mac)).toBe(text);
  });
});
