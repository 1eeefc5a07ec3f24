import { useCallback, useMemo, useRef, useState } from 'react';
import { ops, type Step } from '../../model';
import { useSnapToGrid } from './snapPreference';

interface Move {
  id: string;
  x: number;
  lane: string;
}

/**
 * Layout help while dragging cards: a guide line where the dragged card's x lines up with a card
 * in another lane, and on the drop the cards land on that x. With "Snap to grid" on (and no card
 * to line up with), the line shows the column the card will land in, and the drop snaps each
 * card to the column grid. (React Flow's own snapToGrid snaps the pointer too, which makes a
 * column-wide grid jump about, so the snapping is done here.)
 */
export function useDragGuides(steps: readonly Step[]) {
  const snap = useSnapToGrid();
  const [guideX, setGuideX] = useState<number | null>(null);
  /** The x of the card the dragged one lines up with, if any. */
  const latest = useRef<number | null>(null);
  /** Built on a drag's first frame, so each frame is a binary search, not a pass over all steps. */
  const drag = useRef<{
    id: string;
    steps: readonly Step[];
    index: ops.GuideIndex;
    lane: string | undefined;
  } | null>(null);

  /** During a drag: the dragged card `id` (with `draggedIds`) at `x`, over lane `laneId`. */
  const track = useCallback(
    (id: string, x: number, laneId: string | undefined, draggedIds: () => ReadonlySet<string>) => {
      // A new drag (or one that ended without a drop) builds its own index.
      if (drag.current?.id !== id || drag.current.steps !== steps)
        drag.current = {
          id,
          steps,
          index: ops.guideIndex(steps, draggedIds()),
          lane: steps.find((s) => s.id === id)?.lane,
        };
      const card = ops.guideFromIndex(drag.current.index, x, laneId ?? drag.current.lane) ?? null;
      latest.current = card;
      const found = card ?? (snap ? ops.snapToColumn(x) : null);
      setGuideX((current) => (current === found ? current : found));
    },
    [steps, snap],
  );

  /** On the drop: the moves lined up with the card the guide showed (by one offset), or snapped. */
  const finish = useCallback(
    (moves: Move[], draggedId: string): Move[] => {
      const guide = latest.current;
      latest.current = null;
      drag.current = null;
      setGuideX(null);
      const dragged = moves.find((m) => m.id === draggedId);
      if (guide !== null && dragged) {
        const dx = guide - dragged.x;
        return moves.map((m) => ({ ...m, x: m.x + dx }));
      }
      return snap ? moves.map((m) => ({ ...m, x: ops.snapToColumn(m.x) })) : moves;
    },
    [snap],
  );

  return useMemo(() => ({ guideX, track, finish }), [guideX, track, finish]);
}
