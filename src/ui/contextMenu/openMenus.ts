import type { MouseEvent as ReactMouseEvent } from 'react';
import type { CanvasMenu } from '../../canvas/touch/canvasMenu';
import type { EditorStoreApi } from '../../store/createEditorStore';
import { focusedElement, openMenu, type Focusable, type MenuTarget } from './menuRequest';

/**
 * Opening the menu on something: a right-click (or a long press, which arrives as one) on the
 * canvas or a lane's name, or Shift+F10 / the Menu key on what has the focus.
 */

type Point = { x: number; y: number };

/** A step or flow that is not selected becomes the selection, so the commands act on it. */
function selectTarget(store: EditorStoreApi, target: MenuTarget): void {
  const { selection, select } = store.getState();
  if (target.kind === 'step' && !selection.steps.includes(target.stepId))
    select({ steps: [target.stepId] });
  if (target.kind === 'flow' && !selection.flows.includes(target.flowId))
    select({ flows: [target.flowId] });
}

export function openMenuOn(
  store: EditorStoreApi,
  target: MenuTarget,
  where: Point,
  returnFocus: Focusable | null,
): void {
  selectTarget(store, target);
  const at = target.kind === 'pane' || target.kind === 'lane' ? where : null;
  openMenu({ target, x: where.x, y: where.y, at, returnFocus });
}

function focusable(element: Element | null): Focusable | null {
  return element instanceof HTMLElement || element instanceof SVGElement ? element : null;
}

/** Where a pointer event happened; the browser's own menu is not wanted. */
function pointer(event: ReactMouseEvent | MouseEvent): Point {
  event.preventDefault();
  return { x: event.clientX, y: event.clientY };
}

/** The handlers the canvas calls on a right-click. */
export function canvasMenuFor(store: EditorStoreApi): CanvasMenu {
  const itemOf = (event: ReactMouseEvent, selector: string) =>
    focusable(event.target instanceof Element ? event.target.closest(selector) : null);
  return {
    flow: {
      onPaneContextMenu: (event) =>
        openMenuOn(store, { kind: 'pane' }, pointer(event), focusedElement()),
      onNodeContextMenu: (event, node) =>
        openMenuOn(
          store,
          { kind: 'step', stepId: node.id },
          pointer(event),
          itemOf(event, '.react-flow__node'),
        ),
      onSelectionContextMenu: (event, nodes) => {
        const id = store.getState().selection.steps.at(-1) ?? nodes[0]?.id;
        if (id) openMenuOn(store, { kind: 'step', stepId: id }, pointer(event), focusedElement());
      },
      onEdgeContextMenu: (event, edge) =>
        openMenuOn(
          store,
          { kind: 'flow', flowId: edge.id },
          pointer(event),
          itemOf(event, '.react-flow__edge'),
        ),
    },
    onLane: (event, laneId) =>
      openMenuOn(
        store,
        { kind: 'lane', laneId },
        pointer(event),
        itemOf(event, '.lane-name') ?? focusedElement(),
      ),
  };
}
