import type { View } from '../../model';

/**
 * The minimap's keys: arrows move the part in view by a quarter of the screen (Shift: a whole
 * screen), + and − zoom about the middle of the screen. Anything else is not the minimap's.
 */
export const PAN_FRACTION = 0.25;
export const ZOOM_FACTOR = 1.2;

const DIRECTIONS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

export interface OverviewKey {
  key: string;
  shiftKey: boolean;
}

export function viewAfterOverviewKey(
  { key, shiftKey }: OverviewKey,
  view: View,
  pane: { width: number; height: number },
  zoomRange: { min: number; max: number },
): View | null {
  const direction = DIRECTIONS[key];
  if (direction) {
    const share = shiftKey ? 1 : PAN_FRACTION;
    // Moving the outline right shows what lies right: the blueprint slides left on screen.
    return {
      x: view.x - direction[0] * pane.width * share,
      y: view.y - direction[1] * pane.height * share,
      zoom: view.zoom,
    };
  }
  const factor = key === '+' || key === '=' ? ZOOM_FACTOR : key === '-' ? 1 / ZOOM_FACTOR : 0;
  if (!factor) return null;
  const zoom = Math.min(zoomRange.max, Math.max(zoomRange.min, view.zoom * factor));
  const middle = { x: pane.width / 2, y: pane.height / 2 };
  const scale = zoom / view.zoom;
  return {
    x: middle.x - (middle.x - view.x) * scale,
    y: middle.y - (middle.y - view.y) * scale,
    zoom,
  };
}
