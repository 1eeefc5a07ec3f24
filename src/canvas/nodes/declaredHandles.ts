import { Position, type NodeHandle } from '@xyflow/react';

/**
 * Where a card's four handles are, worked out rather than measured (React Flow's `handles`).
 * React Flow renders every node once to measure its handles, even with onlyRenderVisibleElements;
 * told where they are, it renders only the cards in view, so a 10,000-step blueprint opens
 * drawing a few dozen cards instead of all of them. Once a card is measured, React Flow takes
 * the handles from the page; these follow the card's measured size, so the two agree.
 *
 * The numbers match the card's CSS (styles.css `.step-card`): 10 px handles centred on the
 * inside of the 1 px border, at the middle of each side.
 */
const HANDLE = 10;
const BORDER = 1;

/** Most cards have one of a few sizes: they share one list (10,000 cards, a handful of lists). */
const bySize = new Map<string, NodeHandle[]>();
const MAX_SIZES = 500;

export function declaredHandles(width: number, height: number): NodeHandle[] {
  const key = `${width}x${height}`;
  let handles = bySize.get(key);
  if (!handles) {
    if (bySize.size >= MAX_SIZES) bySize.clear();
    handles = handlesOf(width, height);
    bySize.set(key, handles);
  }
  return handles;
}

function handlesOf(width: number, height: number): NodeHandle[] {
  const half = HANDLE / 2;
  const handle = (id: string, position: Position, x: number, y: number): NodeHandle => ({
    id,
    type: 'source',
    position,
    x,
    y,
    width: HANDLE,
    height: HANDLE,
  });
  return [
    handle('t', Position.Top, width / 2 - half, BORDER - half),
    handle('r', Position.Right, width - BORDER - half, height / 2 - half),
    handle('b', Position.Bottom, width / 2 - half, height - BORDER - half),
    handle('l', Position.Left, BORDER - half, height / 2 - half),
  ];
}
