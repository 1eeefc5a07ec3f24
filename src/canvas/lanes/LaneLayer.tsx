import { memo } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { dividingLines, LANE_HEADER_WIDTH, type Bounds, type LaneBand } from '../../model';
import { t } from '../../i18n/t';

/** How far lanes run past the blueprint's right edge on screen (export crops to the bounds). */
const SCREEN_OVERRUN = 6000;

interface LaneLayerProps {
  bands: readonly LaneBand[];
  bounds: Bounds;
  dropLaneId: string | null;
}

/**
 * Lanes and the three lines, drawn in canvas coordinates behind the cards. Non-interactive: the
 * pane under it receives clicks. The lane names and line labels drawn here are for export; on
 * screen the frozen header column (LaneHeaders) shows them.
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
          >
            <div className="lane-band-name export-only" style={{ width: LANE_HEADER_WIDTH }}>
              {band.lane.label}
            </div>
          </div>
        ))}
        {lines.map((line) => (
          <div key={line.kind} className={`divider divider-${line.kind}`} style={{ top: line.y }}>
            <span className="divider-label export-only" style={{ left: LANE_HEADER_WIDTH + 8 }}>
              {t(`lines.${line.kind}`)}
            </span>
          </div>
        ))}
      </div>
    </ViewportPortal>
  );
}

export const LaneLayer = memo(LaneLayerComponent);
