import type { KeyboardContext, KeyHandlers } from '../keyboard/keyHandler';
import { isCanvasTarget } from '../keyboard/focusScope';
import { LANE_HEADER_WIDTH } from '../../model';
import { focusedElement, type MenuTarget } from './menuRequest';
import { openMenuOn } from './openMenus';

/**
 * Shift+F10 and the Menu key: the context menu of what has the focus — a step card, a flow, a
 * lane's name, or the canvas itself — opened beside it, as a right-click would.
 */
export function contextMenuKeys(ctx: KeyboardContext): Pick<KeyHandlers, 'openContextMenu'> {
  return {
    openContextMenu(event) {
      const found = targetOf(event.target);
      if (!found) return 'pass';
      openMenuOn(ctx.store, found.target, found.where, focusedElement());
      return 'handled';
    },
  };
}

type Found = { target: MenuTarget; where: { x: number; y: number } };

function targetOf(focus: EventTarget | null): Found | undefined {
  const element = focus instanceof Element ? focus : null;
  const card = element?.closest('.react-flow__node');
  const stepId = card?.getAttribute('data-id');
  if (card && stepId) return { target: { kind: 'step', stepId }, where: below(card) };
  const edge = element?.closest('.react-flow__edge');
  const flowId = edge?.getAttribute('data-id');
  if (edge && flowId) return { target: { kind: 'flow', flowId }, where: middle(edge) };
  const header = element?.closest('[data-lane-header]');
  const laneId = header?.getAttribute('data-lane-header');
  if (header && laneId) return { target: { kind: 'lane', laneId }, where: below(element!) };
  if (!isCanvasTarget(focus)) return undefined;
  const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
  if (!pane) return undefined;
  // The middle of the part of the canvas that the lane names leave free.
  const x = pane.left + LANE_HEADER_WIDTH + (pane.width - LANE_HEADER_WIDTH) / 2;
  return { target: { kind: 'pane' }, where: { x, y: pane.top + pane.height / 2 } };
}

function below(element: Element): { x: number; y: number } {
  const box = element.getBoundingClientRect();
  return { x: box.left + Math.min(24, box.width / 2), y: box.bottom + 2 };
}

function middle(element: Element): { x: number; y: number } {
  const box = element.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}
