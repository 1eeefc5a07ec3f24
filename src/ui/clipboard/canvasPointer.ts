/**
 * Where the pointer last was over the canvas (screen coordinates), so that a paste can land
 * there; null once it has left the canvas (for the toolbar, the side panel, the lane names).
 */

let pointer: { x: number; y: number } | null = null;

const CANVAS = '.react-flow__pane, .react-flow__node, .react-flow__edge';
const NOT_CANVAS = '.lane-headers, .react-flow__controls, .react-flow__minimap';

function onPointerMove(event: PointerEvent): void {
  const target = event.target instanceof Element ? event.target : null;
  const over = !!target?.closest(CANVAS) && !target.closest(NOT_CANVAS);
  pointer = over ? { x: event.clientX, y: event.clientY } : null;
}

function onPointerLeave(): void {
  pointer = null;
}

/** Starts following the pointer; returns the function that stops. */
export function followCanvasPointer(): () => void {
  document.addEventListener('pointermove', onPointerMove, { passive: true });
  document.documentElement.addEventListener('pointerleave', onPointerLeave);
  return () => {
    document.removeEventListener('pointermove', onPointerMove);
    document.documentElement.removeEventListener('pointerleave', onPointerLeave);
    pointer = null;
  };
}

export function canvasPointer(): { x: number; y: number } | null {
  return pointer;
}
