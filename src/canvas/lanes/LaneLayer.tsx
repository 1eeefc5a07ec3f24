import { memo } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { dividingLines, type Bounds, type LaneBand } from '../../model';

/** How far lanes run past the blueprint's right edge on screen. */
const SCREEN_OVERRUN = 6000;

interface LaneLayerProps {
  bands: readonly LaneBand[];
  bounds: Bounds;
  dropLaneId: string | null;
}

/**
 * Lanes and the three lines, drawn in canvas coordinates behind the cards. Non-interactive: the
 * pane under it receives clicks. The frozen header column (LaneHeaders) names the lanes and
 * lines; exports draw their own picture from the document (io/exportSvg).
 */
function LaneLayerComponent({ bands, bounds, dropLaneId }: LaneLayerProps) {
  const lines = dividingLines(bands);
  const width = bounds.width + SCREEN_OVERRUN;
  return (
    <ViewportPortal>
      <div className="lane-layer" style={{ left: bounds.x, top: 0, width }} aria-hidden="true">
        {bands.map((band) => (
          <div
            key={band.lane.id}
            className={`lane-band lane-kind-${band.lane.kind}${band.lane.id === dropLaneId ? ' is-drop-target' : ''}`}
            data-lane-band={band.lane.id}
            style={{ top: band.top, height: band.lane.height }}
          />
        ))}
        {lines.map((line) => (
          <div key={line.kind} className={`divider divider-${line.kind}`} style={{ top: line.y }} />
        ))}
      </div>
    </ViewportPortal>
  );
}

export const LaneLayer = memo(LaneLayerComponent);
