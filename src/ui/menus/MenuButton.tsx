import { useRef, useState } from 'react';
import { ContextMenu } from '../contextMenu/ContextMenu';
import type { MenuEntry } from '../contextMenu/menuEntries';

/**
 * A toolbar button that opens a menu of commands below it (the WAI-ARIA menu button pattern):
 * Enter, Space or ↓ open it with the first item focused; choosing or Escape closes it and gives
 * the focus back to the button. The entries are read when the menu opens, so they are current.
 */
export function MenuButton({
  label,
  entries,
}: {
  label: string;
  entries: () => readonly MenuEntry[];
}) {
  const button = useRef<HTMLButtonElement>(null);
  /** The menu was open when a press on the button began (the press itself closes it). */
  const openAtPress = useRef(false);
  const [open, setOpen] = useState<{ x: number; y: number; entries: readonly MenuEntry[] } | null>(
    null,
  );
  const show = () => {
    const box = button.current?.getBoundingClientRect();
    if (box) setOpen({ x: box.left, y: box.bottom + 2, entries: entries() });
  };
  const close = (returnFocus: boolean) => {
    setOpen(null);
    if (returnFocus) button.current?.focus();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className="menu-button"
        aria-haspopup="menu"
        aria-expanded={open !== null}
        onPointerDown={() => {
          openAtPress.current = open !== null;
        }}
        onClick={() => {
          if (openAtPress.current) openAtPress.current = false;
          else if (open) close(false);
          else show();
        }}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' || open) return;
          event.preventDefault();
          show();
        }}
      >
        {label}
        <span aria-hidden="true"> ▾</span>
      </button>
      {open && (
        <ContextMenu
          label={label}
          entries={open.entries}
          x={open.x}
          y={open.y}
          onActivate={(entry) => {
            close(true);
            entry.run();
          }}
          onDismiss={close}
        />
      )}
    </>
  );
}
