import { LANE_HEADER_WIDTH, type Bounds, type View } from '../../model';

/** The viewport that shows `bounds` whole and centred inside the pane less its insets. */

export interface Insets {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Room for the frozen lane names on the left and a margin elsewhere. */
export const FIT_INSETS: Insets = { left: LANE_HEADER_WIDTH + 24, top: 24, right: 24, bottom: 24 };

export function fitViewport(
  bounds: Bounds,
  pane: { width: number; height: number },
  insets: Insets,
  zoomRange: { min: number; max: number },
): View {
  const width = Math.max(1, pane.width - insets.left - insets.right);
  const height = Math.max(1, pane.height - insets.top - insets.bottom);
  const fit = Math.min(width / Math.max(1, bounds.width), height / Math.max(1, bounds.height));
  const zoom = Math.min(zoomRange.max, Math.max(zoomRange.min, fit));
  return {
    x: insets.left + (width - bounds.width * zoom) / 2 - bounds.x * zoom,
    y: insets.top + (height - bounds.height * zoom) / 2 - bounds.y * zoom,
    zoom,
  };
}

/** The blueprint's bounds without the lane-name column (the frozen names are drawn anyway). */
export function contentBounds(bounds: Bounds): Bounds {
  return { ...bounds, x: bounds.x + LANE_HEADER_WIDTH, width: bounds.width - LANE_HEADER_WIDTH };
}
