import {
  useEffect,
  useId,
  useRef,
  type KeyboardEvent,
  type PointerEvent as ReactPointerEvent,
  type WheelEvent,
} from 'react';
import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import {
  STEP_MIN_HEIGHT,
  STEP_TOP_PADDING,
  STEP_WIDTH,
  type Bounds,
  type LaneBand,
  type Step,
} from '../../model';
import { t } from '../../i18n/t';
import { useEditorApi } from '../../store/useEditor';
import { fitInto, type OverviewBox } from './overviewBox';
import { viewAfterOverviewKey } from './overviewKeys';
import './overview.css';

/**
 * The minimap: the whole blueprint drawn small on one canvas, with the part in view outlined.
 * React Flow's own minimap keeps an SVG rectangle per card and repaints them all on every frame
 * of a pan; this one paints its cards only when the blueprint or its frame changes, and moves
 * the outline alone as the view moves. Dragging in it moves the view with the pointer (a click
 * alone does nothing, as with React Flow's minimap); the wheel zooms. It takes the focus too:
 * arrows move the view, + and − zoom (see overviewKeys.ts).
 */
export const OVERVIEW_WIDTH = 200;
export const OVERVIEW_HEIGHT = 150;
const ZOOM_STEP = 1.2;
const REPAINT_DELAY_MS = 60;

const selectView = (s: ReactFlowState) => s.transform;
const selectPane = (s: ReactFlowState) => `${s.width}x${s.height}`;
const selectZoomRange = (s: ReactFlowState) => `${s.minZoom}:${s.maxZoom}`;

function cssColor(element: Element, name: string, fallback: string): string {
  return getComputedStyle(element).getPropertyValue(name).trim() || fallback;
}

function paint(
  canvas: HTMLCanvasElement,
  box: OverviewBox,
  bands: readonly LaneBand[],
  steps: readonly Step[],
): void {
  const ratio = window.devicePixelRatio || 1;
  canvas.width = OVERVIEW_WIDTH * ratio;
  canvas.height = OVERVIEW_HEIGHT * ratio;
  const g = canvas.getContext('2d');
  if (!g) return;
  g.setTransform(ratio, 0, 0, ratio, 0, 0);
  g.fillStyle = cssColor(canvas, '--xy-minimap-background-color', '#fff');
  g.fillRect(0, 0, OVERVIEW_WIDTH, OVERVIEW_HEIGHT);
  g.setTransform(
    ratio * box.scale,
    0,
    0,
    ratio * box.scale,
    ratio * box.offsetX,
    ratio * box.offsetY,
  );
  g.translate(-box.x, -box.y);
  g.strokeStyle = cssColor(canvas, '--xy-minimap-mask-stroke-color', '#9ca3af');
  g.lineWidth = 1 / box.scale;
  for (const band of bands.slice(1)) {
    g.beginPath();
    g.moveTo(box.x, band.top);
    g.lineTo(box.x + box.width, band.top);
    g.stroke();
  }
  g.fillStyle = cssColor(canvas, '--xy-minimap-node-background-color', '#9ca3af');
  const top = new Map(bands.map((b) => [b.lane.id, b.top + STEP_TOP_PADDING]));
  for (const step of steps) {
    const y = top.get(step.lane);
    if (y !== undefined) g.fillRect(step.x, y, STEP_WIDTH, STEP_MIN_HEIGHT);
  }
}

export function Overview({
  bands,
  bounds,
  steps,
  colorMode,
}: {
  bands: readonly LaneBand[];
  bounds: Bounds;
  steps: readonly Step[];
  /** Repaints when the theme changes. */
  colorMode: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [tx, ty, zoom] = useStore(selectView);
  const pane = useStore(selectPane);
  const [minZoom, maxZoom] = useStore(selectZoomRange).split(':').map(Number) as [number, number];
  const [paneWidth, paneHeight] = pane.split('x').map(Number) as [number, number];
  const flow = useReactFlow();
  const editor = useEditorApi();
  const hintId = useId();
  const inView = {
    x: -tx / zoom,
    y: -ty / zoom,
    width: paneWidth / zoom,
    height: paneHeight / zoom,
  };
  const box = fitInto(bounds, inView, OVERVIEW_WIDTH, OVERVIEW_HEIGHT);
  const boxKey = `${box.x},${box.y},${box.scale}`;

  // Painted after the frame, not in it: typing in a label of a 10,000-step blueprint must not
  // wait for the minimap. A burst of edits paints once.
  useEffect(() => {
    const timer = setTimeout(() => {
      if (canvas.current) paint(canvas.current, box, bands, steps);
    }, REPAINT_DELAY_MS);
    return () => clearTimeout(timer);
    // The box is keyed by its numbers: a pan inside the blueprint does not repaint.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [boxKey, bands, steps, colorMode]);

  /** Where a drag in the minimap was last: the view moves with it, as the outline does. */
  const dragFrom = useRef<{ x: number; y: number } | null>(null);
  const dragBy = (event: ReactPointerEvent<HTMLDivElement>) => {
    const from = dragFrom.current;
    if (!from) return;
    dragFrom.current = { x: event.clientX, y: event.clientY };
    const dx = (event.clientX - from.x) / box.scale;
    const dy = (event.clientY - from.y) / box.scale;
    const view = flow.getViewport();
    void flow.setViewport({
      x: view.x - dx * view.zoom,
      y: view.y - dy * view.zoom,
      zoom: view.zoom,
    });
  };
  const onWheel = (event: WheelEvent) => {
    const next = event.deltaY < 0 ? zoom * ZOOM_STEP : zoom / ZOOM_STEP;
    void flow.setCenter(inView.x + inView.width / 2, inView.y + inView.height / 2, {
      zoom: Math.min(maxZoom, Math.max(minZoom, next)),
    });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const next = viewAfterOverviewKey(
      event,
      flow.getViewport(),
      { width: paneWidth, height: paneHeight },
      { min: minZoom, max: maxZoom },
    );
    if (!next) return;
    event.preventDefault();
    event.stopPropagation();
    // The view is kept with the document, as after a pan with the pointer (never an undo step).
    void flow.setViewport(next).then(() => editor.getState().setView(next));
  };

  const outline = {
    transform: `translate(${box.offsetX + (inView.x - box.x) * box.scale}px, ${box.offsetY + (inView.y - box.y) * box.scale}px)`,
    width: inView.width * box.scale,
    height: inView.height * box.scale,
  };
  return (
    <Panel position="bottom-right" className="react-flow__minimap overview" style={{ right: 48 }}>
      <div
        role="group"
        tabIndex={0}
        aria-label={t('canvas.minimap')}
        aria-describedby={hintId}
        className="overview-surface"
        style={{ width: OVERVIEW_WIDTH, height: OVERVIEW_HEIGHT }}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          dragFrom.current = { x: event.clientX, y: event.clientY };
        }}
        onPointerMove={dragBy}
        onPointerUp={() => (dragFrom.current = null)}
        onPointerCancel={() => (dragFrom.current = null)}
        onWheel={onWheel}
        onKeyDown={onKeyDown}
      >
        <span id={hintId} className="sr-only">
          {t('canvas.minimapHint')}
        </span>
        <canvas ref={canvas} style={{ width: OVERVIEW_WIDTH, height: OVERVIEW_HEIGHT }} />
        <div className="overview-view" data-testid="overview-view" style={outline} />
      </div>
    </Panel>
  );
}
