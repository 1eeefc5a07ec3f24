import { useCallback, useEffect, useState } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { laneAt, laneBands, STEP_WIDTH } from '../../model';
import { useEditorApi } from '../../store/useEditor';
import { DoubleTaps, LONG_PRESS_MS, Press, type TouchPoint } from './gestures';
import './touch.css';

/** After our own double tap or long press, the browser's late dblclick / contextmenu is a repeat. */
const ECHO_MS = 1000;
const TAP_ECHOES = ['mousedown', 'mouseup', 'click', 'dblclick'] as const;

function pointOf(touch: Touch, event: TouchEvent): TouchPoint {
  return { x: touch.clientX, y: touch.clientY, time: event.timeStamp };
}

/**
 * Touch on the canvas, from touch events (an interactive whiteboard may send nothing else):
 * - a long press (half a second, finger still) sends a `contextmenu` event to what is under the
 *   finger, so it opens the same menu as a right-click;
 * - a double tap on an empty spot of a lane adds a step there, and on a card edits its label, as
 *   a double-click does.
 * Pinch-zoom and two-finger pan are React Flow's (d3-zoom); a second finger cancels both of ours.
 * Listens in the capture phase on the canvas's wrapper: React Flow stops touches on the pane and
 * on cards from going further.
 */
export function useCanvasTouch(): (element: HTMLElement | null) => void {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const api = useEditorApi();
  const { screenToFlowPosition } = useReactFlow();
  const flowStore = useStoreApi();

  // On a touch screen the handles keep a 40 px target on screen whatever the zoom (touch.css).
  useEffect(() => {
    if (!element || !window.matchMedia?.('(pointer: coarse)').matches) return;
    let zoom = 0;
    const follow = () => {
      const next = flowStore.getState().transform[2];
      if (next === zoom) return;
      zoom = next;
      element.style.setProperty('--canvas-zoom', String(zoom));
    };
    follow();
    return flowStore.subscribe(follow);
  }, [element, flowStore]);

  const onDoubleTap = useCallback(
    (point: TouchPoint): boolean => {
      const target = document.elementFromPoint(point.x, point.y);
      const card = target?.closest('.react-flow__node');
      const state = api.getState();
      if (card) {
        const id = card.getAttribute('data-id');
        if (!id || state.readOnly) return false;
        state.setEditingStep(id);
        return true;
      }
      if (!target?.classList.contains('react-flow__pane') || state.readOnly) return false;
      const at = screenToFlowPosition(point);
      const lane = laneAt(laneBands(state.doc.lanes), at.y);
      if (!lane) return false;
      const id = state.addStep(lane.id, at.x - STEP_WIDTH / 2);
      if (id) state.setEditingStep(id);
      return !!id;
    },
    [api, screenToFlowPosition],
  );

  useEffect(() => {
    if (!element) return;
    const taps = new DoubleTaps();
    let press: Press | null = null;
    let timer = 0;
    let longPressed = false;
    /** Until when a trusted dblclick / contextmenu repeats our double tap / long press. */
    let tapEchoUntil = 0;
    let menuEchoUntil = 0;

    const stopTimer = () => {
      window.clearTimeout(timer);
      timer = 0;
    };

    const onStart = (event: TouchEvent) => {
      stopTimer();
      if (event.touches.length !== 1) {
        press?.abandon();
        taps.reset();
        return;
      }
      const touch = event.touches[0]!;
      press = new Press(pointOf(touch, event));
      longPressed = false;
      const start = press;
      timer = window.setTimeout(() => {
        if (press !== start || !start.isStill) return;
        longPressed = true;
        menuEchoUntil = performance.now() + ECHO_MS;
        taps.reset();
        const { x, y } = start.start;
        const under = document.elementFromPoint(x, y) ?? touch.target;
        under.dispatchEvent(
          new MouseEvent('contextmenu', {
            bubbles: true,
            cancelable: true,
            composed: true,
            clientX: x,
            clientY: y,
            button: 2,
            buttons: 0,
            view: window,
          }),
        );
      }, LONG_PRESS_MS);
    };

    const onMove = (event: TouchEvent) => {
      const touch = event.touches[0];
      if (!press || !touch) return;
      press.move(pointOf(touch, event));
      if (!press.isStill) {
        stopTimer();
        taps.reset();
      }
    };

    const onEnd = (event: TouchEvent) => {
      stopTimer();
      const touch = event.changedTouches[0];
      const ended = press;
      if (event.touches.length > 0) return; // fingers still down: part of a pinch or pan
      press = null;
      if (longPressed) {
        // The menu is open: the lift must not also click what is under the finger.
        if (event.cancelable) event.preventDefault();
        longPressed = false;
        return;
      }
      if (!ended || !touch) return;
      const end = pointOf(touch, event);
      if (!ended.isTap(end)) {
        taps.reset();
        return;
      }
      if (taps.tap(end) && onDoubleTap(end)) {
        tapEchoUntil = performance.now() + ECHO_MS;
        if (event.cancelable) event.preventDefault();
      }
    };

    const onCancel = () => {
      stopTimer();
      press = null;
      longPressed = false;
      taps.reset();
    };

    /** The browser's own events for the same gesture come after ours: drop them. */
    const dropEcho = (event: Event) => {
      const until = event.type === 'contextmenu' ? menuEchoUntil : tapEchoUntil;
      if (!event.isTrusted || performance.now() > until) return;
      event.preventDefault();
      event.stopPropagation();
    };
    /** A press the browser itself turned into a menu first: ours would open it twice. */
    const onNativeMenu = (event: Event) => {
      if (event.isTrusted && press && timer) {
        stopTimer();
        longPressed = true;
      }
    };

    const active = { capture: true, passive: false } as const;
    element.addEventListener('touchstart', onStart, { capture: true, passive: true });
    element.addEventListener('touchmove', onMove, { capture: true, passive: true });
    element.addEventListener('touchend', onEnd, active);
    element.addEventListener('touchcancel', onCancel, true);
    // The mouse events a browser makes up from the taps arrive late, after the new card is open
    // for typing: a click on the pane would close it again.
    for (const type of TAP_ECHOES) element.addEventListener(type, dropEcho, true);
    element.addEventListener('contextmenu', dropEcho, true);
    element.addEventListener('contextmenu', onNativeMenu, true);
    return () => {
      stopTimer();
      element.removeEventListener('touchstart', onStart, true);
      element.removeEventListener('touchmove', onMove, true);
      element.removeEventListener('touchend', onEnd, true);
      element.removeEventListener('touchcancel', onCancel, true);
      for (const type of TAP_ECHOES) element.removeEventListener(type, dropEcho, true);
      element.removeEventListener('contextmenu', dropEcho, true);
      element.removeEventListener('contextmenu', onNativeMenu, true);
    };
  }, [element, onDoubleTap]);

  return setElement;
}
