import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useReactFlow, useStore as useFlowStore } from '@xyflow/react';
import { journeySteps, LANE_HEADER_WIDTH, linkedSteps, stepsBounds } from '../../model';
import { useEditor, useEditorApi } from '../../store/useEditor';
import { t } from '../../i18n/t';
import { fitViewport } from '../keyboard/fitViewport';
import { closeSearch } from '../search/searchState';
import { leaveFullscreen } from './fullscreen';
import { PresentCaption } from './PresentCaption';
import { highlightCss } from './presentHighlight';
import { useCanvasStyle } from './useCanvasStyle';
import { usePresentKeys } from './usePresentKeys';
import './present.css';

/** Cards on a projector: never larger than this, however few steps a moment has. */
const MAX_ZOOM = 1.6;
const MIN_ZOOM = 0.2;
const MARGIN = 24;

function reducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * Presentation mode: a walk through the customer journey, one customer action at a time, with
 * the steps linked to it lit and the rest dimmed (see model/journey.ts for which steps), and
 * its fail points and waits in a caption. The editor stays mounted but inert behind it; the
 * blueprint is only looked at, never edited. Leaving restores the view, the selection and the
 * focus as they were.
 */
export function PresentMode({ onExit }: { onExit: () => void }) {
  const api = useEditorApi();
  const flow = useReactFlow();
  const lanes = useEditor((s) => s.doc.lanes);
  const steps = useEditor((s) => s.doc.steps);
  const flows = useEditor((s) => s.doc.flows);
  const loadCount = useEditor((s) => s.loadCount);
  const paneWidth = useFlowStore((s) => s.width);
  const paneHeight = useFlowStore((s) => s.height);
  const doc = useMemo(() => ({ lanes, steps, flows }), [lanes, steps, flows]);
  const journey = useMemo(() => journeySteps(doc), [doc]);
  const [index, setIndex] = useState(0);
  const customer = journey[Math.min(index, journey.length - 1)];
  const linked = useMemo(() => (customer ? linkedSteps(doc, customer.id) : []), [doc, customer]);
  const [before] = useState(() => ({
    viewport: flow.getViewport(),
    view: api.getState().view,
    selection: api.getState().selection,
    focus: document.activeElement,
    loadCount: api.getState().loadCount,
  }));
  const bar = useRef<HTMLDivElement>(null);
  const caption = useRef<HTMLElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);

  const css = useMemo(
    () =>
      highlightCss(
        doc,
        customer?.id,
        linked.map((s) => s.id),
      ),
    [doc, customer, linked],
  );
  useCanvasStyle(css);

  const exit = useCallback(() => {
    leaveFullscreen();
    api.getState().select(before.selection);
    void flow
      .setViewport(before.viewport, { duration: 0 })
      .then(() => api.getState().setView(before.view));
    onExit();
  }, [api, flow, before, onExit]);

  const count = journey.length;
  const moves = useMemo(
    () => ({
      next: () => setIndex((i) => Math.min(i + 1, Math.max(0, count - 1))),
      previous: () => setIndex((i) => Math.max(i - 1, 0)),
      first: () => setIndex(0),
      last: () => setIndex(Math.max(0, count - 1)),
      exit,
    }),
    [count, exit],
  );
  usePresentKeys(moves);

  // On the way in: the search box closes, the focus goes to "Next"; on the way out it returns.
  useEffect(() => {
    closeSearch();
    if (nextButton.current && !nextButton.current.disabled) nextButton.current.focus();
    else dialog.current?.focus();
    return () => {
      const focus = before.focus;
      if (focus instanceof HTMLElement && focus.isConnected) focus.focus({ preventScroll: true });
    };
  }, [before]);

  // Leaving full screen (the browser's own Escape) ends the presentation too.
  useEffect(() => {
    let wasFullscreen = document.fullscreenElement !== null;
    const onChange = () => {
      if (document.fullscreenElement) wasFullscreen = true;
      else if (wasFullscreen) exit();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [exit]);

  // Another blueprint opened meanwhile (Ctrl+O, a dropped file): its view is its own.
  useEffect(() => {
    if (loadCount !== before.loadCount) {
      leaveFullscreen();
      onExit();
    }
  }, [loadCount, before, onExit]);

  // Each customer action with its linked steps fills the pane above the caption.
  useEffect(() => {
    if (!customer || !paneWidth || !paneHeight) return;
    const ids = [customer.id, ...linked.map((s) => s.id)];
    const box = stepsBounds(doc, ids, (id) => flow.getInternalNode(id)?.measured.height);
    if (!box) return;
    const insets = {
      left: LANE_HEADER_WIDTH + MARGIN,
      top: (bar.current?.offsetHeight ?? 0) + MARGIN,
      right: MARGIN,
      bottom: (caption.current?.offsetHeight ?? 0) + MARGIN,
    };
    const view = fitViewport(
      {
        x: box.x - MARGIN,
        y: box.y - MARGIN,
        width: box.width + 2 * MARGIN,
        height: box.height + 2 * MARGIN,
      },
      { width: paneWidth, height: paneHeight },
      insets,
      { min: MIN_ZOOM, max: MAX_ZOOM },
    );
    void flow.setViewport(view, { duration: reducedMotion() ? 0 : 300 });
  }, [customer, linked, doc, flow, paneWidth, paneHeight]);

  const position = customer ? Math.min(index, count - 1) + 1 : 0;
  const spoken = t('present.counterSpoken', { n: position, m: count });

  return (
    <div
      className="present"
      ref={dialog}
      tabIndex={-1}
      role="dialog"
      aria-modal="true"
      aria-label={t('present.dialog')}
    >
      <div className="present-bar" ref={bar}>
        <span className="present-counter" aria-hidden="true" data-testid="present-counter">
          {position} / {count}
        </span>
        <span className="sr-only" aria-live="polite">
          {customer ? `${spoken}: ${customer.label || t('step.untitled')}` : t('present.noJourney')}
        </span>
        <button type="button" onClick={moves.previous} disabled={position <= 1}>
          <span aria-hidden="true">← </span>
          {t('present.previous')}
        </button>
        <button type="button" ref={nextButton} onClick={moves.next} disabled={position >= count}>
          {t('present.next')}
          <span aria-hidden="true"> →</span>
        </button>
        <button type="button" onClick={exit}>
          {t('present.exit')}
        </button>
        <span className="present-keys">{t('present.keys')}</span>
      </div>
      <section className="present-caption" ref={caption} aria-label={spoken}>
        {customer ? (
          <PresentCaption doc={doc} customer={customer} linked={linked} />
        ) : (
          <p className="present-none">{t('present.noJourney')}</p>
        )}
      </section>
    </div>
  );
}
