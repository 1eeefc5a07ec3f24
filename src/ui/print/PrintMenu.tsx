import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { t, type MessageKey } from '../../i18n/t';
import { PAPERS, type Paper } from './paper';
import { printCanvas } from './printCanvas';
import { usePrintPaper } from './printStore';

const PAPER_LABEL: Record<Paper, MessageKey> = {
  A4: 'printing.paperA4',
  A3: 'printing.paperA3',
};

/**
 * "Print…": a small menu of paper sizes; choosing one prints the whole blueprint on one
 * landscape page of it, and is remembered for Ctrl+P. The last choice is marked.
 */
export function PrintMenu() {
  const paper = usePrintPaper();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  // Opening focuses the marked paper; a press outside or Tab away closes the menu.
  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[aria-checked="true"]')?.focus();
    const onPointer = (e: PointerEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) setOpen(false);
    };
    const onFocus = (e: FocusEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer, true);
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('pointerdown', onPointer, true);
      document.removeEventListener('focusin', onFocus);
    };
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const choose = (choice: Paper) => {
    close();
    printCanvas(choice);
  };

  /** Arrow keys, Home and End move between the papers; Escape closes (the menu pattern). */
  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const items = [
      ...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitemradio"]') ?? []),
    ];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number> = {
      ArrowDown: (at + 1) % items.length,
      ArrowUp: (at - 1 + items.length) % items.length,
      Home: 0,
      End: items.length - 1,
    };
    if (e.key in moves) {
      e.preventDefault();
      items[moves[e.key]!]?.focus();
    } else if (e.key === 'Escape') {
      // Handled here, so the same Escape does not also close the report under the menu.
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  };

  return (
    <div className="print-menu" ref={wrapper}>
      <button
        ref={button}
        type="button"
        title={t('printing.printHint')}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {t('printing.print')}
      </button>
      {open && (
        <div
          ref={menu}
          id={menuId}
          className="print-papers"
          role="menu"
          aria-label={t('printing.paperMenu')}
          onKeyDown={onMenuKey}
        >
          {PAPERS.map((choice) => (
            <button
              key={choice}
              type="button"
              role="menuitemradio"
              aria-checked={paper === choice}
              tabIndex={paper === choice ? 0 : -1}
              onClick={() => choose(choice)}
            >
              <span className="print-check" aria-hidden="true">
                {paper === choice ? '✓' : ''}
              </span>
              {t(PAPER_LABEL[choice])}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
