import type { Bounds } from '../../model';

/** How a part of the canvas maps into the minimap: its frame, the scale and the centring. */
export interface OverviewBox extends Bounds {
  scale: number;
  offsetX: number;
  offsetY: number;
}

/**
 * The frame the minimap shows: the blueprint, widened to take in the part in view when that is
 * outside it, scaled to fit `width` × `height` and centred.
 */
export function fitInto(
  blueprint: Bounds,
  inView: Bounds,
  width: number,
  height: number,
): OverviewBox {
  const x = Math.min(blueprint.x, inView.x);
  const y = Math.min(blueprint.y, inView.y);
  const right = Math.max(blueprint.x + blueprint.width, inView.x + inView.width);
  const bottom = Math.max(blueprint.y + blueprint.height, inView.y + inView.height);
  const frame = { x, y, width: Math.max(right - x, 1), height: Math.max(bottom - y, 1) };
  const scale = Math.min(width / frame.width, height / frame.height);
  return {
    ...frame,
    scale,
    offsetX: (width - frame.width * scale) / 2,
    offsetY: (height - frame.height * scale) / 2,
  };
}
