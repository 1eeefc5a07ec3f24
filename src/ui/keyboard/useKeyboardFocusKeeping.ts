import { useEffect } from 'react';
import { setSpacePanning } from './viewKeys';

/**
 * Small keyboard courtesies around the shortcut table: Space released ends panning, and ending
 * a label edit with Enter or Escape gives the focus back to the card (not to the page), so the
 * next key still acts on the blueprint.
 */
export function useKeyboardFocusKeeping(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (!target?.matches('.step-label-editor') || event.isComposing) return;
      if (!((event.key === 'Enter' && !event.shiftKey) || event.key === 'Escape')) return;
      const card = target.closest<HTMLElement>('.react-flow__node');
      requestAnimationFrame(() => {
        const active = document.activeElement;
        const lost = !active || active === document.body || active === target;
        if (card?.isConnected && lost) card.focus({ preventScroll: true });
      });
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key === ' ') setSpacePanning(false);
    };
    const onBlur = () => setSpacePanning(false);
    window.addEventListener('keydown', onKeyDown, { capture: true });
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('blur', onBlur);
    return () => {
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('blur', onBlur);
    };
  }, []);
}
