import { memo, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';
import { dividingLines, LANE_HEADER_WIDTH, type LaneBand } from '../../model';
import { useEditor, useEditorApi } from '../../store/useEditor';
import { t } from '../../i18n/t';

const transformSelector = (s: ReactFlowState) => s.transform;

/**
 * Lane names frozen at the left of the canvas (like frozen spreadsheet columns) and the line
 * labels at the left edge of the visible area. They follow vertical pan and zoom only.
 */
function LaneHeadersComponent({
  bands,
  dropLaneId,
  onLaneMenu,
}: {
  bands: readonly LaneBand[];
  dropLaneId: string | null;
  /** A right-click (or long press) on a lane's header. */
  onLaneMenu?: (event: ReactMouseEvent, laneId: string) => void;
}) {
  const [, ty, zoom] = useStore(transformSelector);
  const lines = dividingLines(bands);
  const onContextMenu = (event: ReactMouseEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    const laneId = target?.closest('[data-lane-header]')?.getAttribute('data-lane-header');
    // The rename field keeps the browser's own menu (spelling, paste).
    if (laneId && onLaneMenu && !target?.closest('input')) onLaneMenu(event, laneId);
  };
  return (
    <div
      className="lane-headers"
      style={{ width: LANE_HEADER_WIDTH }}
      onContextMenu={onContextMenu}
    >
      {bands.map((band) => (
        <LaneHeader
          key={band.lane.id}
          band={band}
          top={ty + band.top * zoom}
          height={band.lane.height * zoom}
          zoom={zoom}
          isDropTarget={band.lane.id === dropLaneId}
        />
      ))}
      {lines.map((line) => (
        <div
          key={line.kind}
          className={`line-label line-label-${line.kind}`}
          style={{ top: ty + line.y * zoom, left: LANE_HEADER_WIDTH + 8 }}
        >
          {t(`lines.${line.kind}`)}
        </div>
      ))}
    </div>
  );
}

interface LaneHeaderProps {
  band: LaneBand;
  top: number;
  height: number;
  zoom: number;
  isDropTarget: boolean;
}

function LaneHeader({ band, top, height, zoom, isDropTarget }: LaneHeaderProps) {
  const api = useEditorApi();
  const { lane } = band;
  const readOnly = useEditor((s) => s.readOnly);
  const [renaming, setRenaming] = useState(false);
  const gesture = useRef<{ startY: number; startHeight: number; key: string } | null>(null);

  const resizeBy = (delta: number, key: string) =>
    api.getState().resizeLane(lane.id, lane.height + delta, key);

  return (
    <div
      className={`lane-header lane-kind-${lane.kind}${isDropTarget ? ' is-drop-target' : ''}`}
      style={{ top, height }}
      data-lane-header={lane.id}
      role="group"
      aria-label={t('a11y.lane.header', { name: lane.label })}
    >
      {renaming ? (
        <input
          className="lane-rename"
          aria-label={t('lanes.rename')}
          autoFocus
          defaultValue={lane.label}
          onBlur={(e) => {
            api.getState().renameLane(lane.id, e.target.value.trim() || lane.label);
            setRenaming(false);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.currentTarget.blur();
            if (e.key === 'Escape') setRenaming(false);
          }}
        />
      ) : (
        <button
          type="button"
          className="lane-name"
          title={lane.label}
          aria-label={t(readOnly ? 'a11y.lane.header' : 'a11y.lane.rename', { name: lane.label })}
          onClick={() => setRenaming(!readOnly)}
        >
          {lane.label}
        </button>
      )}
      <div
        role="separator"
        aria-orientation="horizontal"
        aria-label={t('lanes.resize', { name: lane.label })}
        aria-valuenow={lane.height}
        tabIndex={0}
        className="lane-resize"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          gesture.current = {
            startY: e.clientY,
            startHeight: lane.height,
            key: `resize:${lane.id}:${e.timeStamp}`,
          };
        }}
        onPointerMove={(e) => {
          const g = gesture.current;
          if (!g) return;
          api.getState().resizeLane(lane.id, g.startHeight + (e.clientY - g.startY) / zoom, g.key);
        }}
        onPointerUp={() => {
          gesture.current = null;
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowUp') resizeBy(-10, `resize-key:${lane.id}`);
          else if (e.key === 'ArrowDown') resizeBy(10, `resize-key:${lane.id}`);
          else return;
          e.preventDefault();
        }}
      />
    </div>
  );
}

export const LaneHeaders = memo(LaneHeadersComponent);
