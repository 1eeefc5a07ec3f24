import { useEffect } from 'react';

export interface PresentMoves {
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
  exit: () => void;
}

/**
 * The presenter's keys: → Space PageDown (what a presentation clicker sends) go on, ← PageUp go
 * back, Home and End jump, Escape leaves. The editor's own keys are out of reach meanwhile
 * (the editor is inert), so nothing here can edit the blueprint.
 */
export function usePresentKeys(moves: PresentMoves): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
      const onButton = event.target instanceof HTMLButtonElement;
      // A focused button answers Space and Enter itself.
      if (onButton && (event.key === ' ' || event.key === 'Enter')) return;
      const move: Record<string, (() => void) | undefined> = {
        ArrowRight: moves.next,
        ' ': event.shiftKey ? moves.previous : moves.next,
        PageDown: moves.next,
        ArrowLeft: moves.previous,
        PageUp: moves.previous,
        Home: moves.first,
        End: moves.last,
        Escape: moves.exit,
      };
      const action = move[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [moves]);
}
