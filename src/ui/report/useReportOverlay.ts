import { useEffect, useEffectEvent, type RefObject } from 'react';
import { useEditorApi } from '../../store/useEditor';

/**
 * While the report covers the workspace, the editor under it stays mounted (the picture is drawn
 * from it) but out of reach: its parts are inert, the selection is cleared so Delete or Enter
 * cannot change steps nobody can see, focus moves to the report's heading and returns on close,
 * and Escape closes the report.
 */
export function useReportOverlay(
  overlay: RefObject<HTMLElement | null>,
  heading: RefObject<HTMLElement | null>,
  onClose: () => void,
): void {
  const api = useEditorApi();
  const close = useEffectEvent(onClose);

  useEffect(() => {
    const root = overlay.current;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    api.getState().select({});
    const madeInert: HTMLElement[] = [];
    for (const sibling of root?.parentElement?.children ?? []) {
      if (sibling === root || !(sibling instanceof HTMLElement) || sibling.inert) continue;
      sibling.setAttribute('inert', '');
      madeInert.push(sibling);
    }
    heading.current?.focus();
    return () => {
      for (const element of madeInert) element.removeAttribute('inert');
      // Give focus back unless the person already moved it (e.g. to the toolbar's Report).
      const active = document.activeElement;
      const lost = !active || active === document.body || !!root?.contains(active);
      if (lost && previous?.isConnected) previous.focus();
    };
  }, [api, overlay, heading]);

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) close();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
