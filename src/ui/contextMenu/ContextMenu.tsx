import {
  Fragment,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
} from 'react';
import { createPortal } from 'react-dom';
import { chordKeys, isMac } from '../keyboard/keyChords';
import { SHORTCUTS } from '../keyboard/shortcuts';
import type { MenuEntry } from './menuEntries';
import './contextMenu.css';

/** Room kept between the menu and the window's edges. */
const MARGIN = 4;

interface ContextMenuProps {
  label: string;
  entries: readonly MenuEntry[];
  x: number;
  y: number;
  /** An entry was chosen (never a disabled one). */
  onActivate: (entry: MenuEntry) => void;
  /** Escape or Tab (`returnFocus`), or a press outside the menu (the press takes the focus). */
  onDismiss: (returnFocus: boolean) => void;
}

/**
 * A menu in the WAI-ARIA menu pattern: opens at the point (kept inside the window) with its
 * first item focused; ↑/↓ (wrapping), Home/End and a letter move, Enter or Space choose,
 * Escape closes. Disabled items stay focusable so they can be read, but do nothing.
 */
export function ContextMenu({ label, entries, x, y, onActivate, onDismiss }: ContextMenuProps) {
  const menu = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState({ left: x, top: y, shown: false });
  /** A press began inside the menu: only then does a click choose (not a long press's lift). */
  const pressedInside = useRef(false);

  useLayoutEffect(() => {
    const el = menu.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    const left = Math.max(MARGIN, Math.min(x, window.innerWidth - width - MARGIN));
    const top = Math.max(MARGIN, Math.min(y, window.innerHeight - height - MARGIN));
    setPlace({ left, top, shown: true });
  }, [x, y]);

  // Once shown (a hidden element cannot take the focus), the first item has it.
  useEffect(() => {
    if (place.shown && menu.current) items(menu.current)[0]?.focus({ preventScroll: true });
  }, [place.shown]);

  useEffect(() => {
    const outside = (event: Event) => {
      if (event.target instanceof Node && menu.current?.contains(event.target)) {
        pressedInside.current = true;
        return;
      }
      onDismiss(false);
    };
    const close = () => onDismiss(false);
    const presses = ['pointerdown', 'mousedown', 'touchstart'] as const;
    for (const type of presses) document.addEventListener(type, outside, true);
    document.addEventListener('wheel', outside, { capture: true, passive: true });
    window.addEventListener('resize', close);
    window.addEventListener('blur', close);
    return () => {
      for (const type of presses) document.removeEventListener(type, outside, true);
      document.removeEventListener('wheel', outside, true);
      window.removeEventListener('resize', close);
      window.removeEventListener('blur', close);
    };
  }, [onDismiss]);

  const choose = (entry: MenuEntry) => {
    if (!entry.disabled) onActivate(entry);
  };

  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    const list = items(event.currentTarget);
    const at = list.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => list[(i + list.length) % list.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focus(at + 1);
        break;
      case 'ArrowUp':
        focus(at < 0 ? -1 : at - 1);
        break;
      case 'Home':
        focus(0);
        break;
      case 'End':
        focus(-1);
        break;
      case 'Enter':
      case ' ': {
        const entry = entries[at];
        if (entry) choose(entry);
        break;
      }
      case 'Escape':
      case 'Tab':
        onDismiss(true);
        break;
      default: {
        if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
        const letter = event.key.toLocaleLowerCase();
        const next = [...list.slice(at + 1), ...list.slice(0, at + 1)].find((item) =>
          item.textContent?.trim().toLocaleLowerCase().startsWith(letter),
        );
        next?.focus();
      }
    }
    event.preventDefault();
    event.stopPropagation();
  };

  const mac = isMac();
  return createPortal(
    <div
      ref={menu}
      role="menu"
      aria-label={label}
      className="context-menu"
      style={{ left: place.left, top: place.top, visibility: place.shown ? 'visible' : 'hidden' }}
      onKeyDown={onKeyDown}
      onContextMenu={(event) => event.preventDefault()}
    >
      {entries.map((entry, i) => {
        const keys = shortcutKeys(entry.shortcut, mac);
        return (
          <Fragment key={entry.id}>
            {i > 0 && entries[i - 1]!.group !== entry.group && (
              <div role="separator" className="context-menu-separator" />
            )}
            <div
              role={entry.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
              aria-checked={entry.checked}
              aria-disabled={entry.disabled || undefined}
              aria-keyshortcuts={keys?.aria}
              tabIndex={-1}
              data-menu-item={entry.id}
              className="context-menu-item"
              onClick={(event) => {
                // A click from the keyboard has no presses (detail 0); a pointer's must start here.
                if (event.detail === 0 || pressedInside.current) choose(entry);
              }}
              onPointerMove={(event) => event.currentTarget.focus({ preventScroll: true })}
            >
              <span className="context-menu-check" aria-hidden="true">
                {entry.checked ? '✓' : ''}
              </span>
              <span className="context-menu-label">{entry.label}</span>
              {keys && (
                <span className="context-menu-keys" aria-hidden="true">
                  {keys.text}
                </span>
              )}
            </div>
          </Fragment>
        );
      })}
    </div>,
    document.body,
  );
}

function items(menu: HTMLElement): HTMLElement[] {
  return [...menu.querySelectorAll<HTMLElement>('[role^="menuitem"]')];
}

/** The first chord of a shortcut-table binding, as printed and for aria-keyshortcuts. */
function shortcutKeys(id: string | undefined, mac: boolean) {
  const chord = id ? SHORTCUTS.find((s) => s.id === id)?.keys[0] : undefined;
  if (!chord) return undefined;
  const keys = chordKeys(chord, mac);
  const aria = chordKeys(chord, false)
    .map((k) => ({ Ctrl: 'Control', Esc: 'Escape' })[k] ?? k)
    .join('+');
  return { text: keys.join('+'), aria };
}
