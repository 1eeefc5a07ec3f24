import { useSyncExternalStore } from 'react';

/**
 * The one context menu of the editor: what it was opened on and where. Opened by a right-click,
 * a long press (the canvas turns it into a `contextmenu` event) or Shift+F10 / the Menu key;
 * only one is open at a time. Kept outside React so that the canvas's handlers can be plain
 * module-level functions.
 */

export type MenuTarget =
  | { kind: 'pane' }
  | { kind: 'lane'; laneId: string }
  | { kind: 'step'; stepId: string }
  | { kind: 'flow'; flowId: string };

/** A card, a flow (an SVG group), a button: anything that can take the focus back. */
export type Focusable = Element & HTMLOrSVGElement;

export interface MenuRequest {
  target: MenuTarget;
  /** Where the menu opens, in window coordinates (the pointer, or the focused item). */
  x: number;
  y: number;
  /** The point on the canvas the menu is about ("Add step here", "Paste"), in window coordinates. */
  at: { x: number; y: number } | null;
  /** Where the focus goes back when the menu closes without moving it elsewhere. */
  returnFocus: Focusable | null;
  /** Bumped on every open, so that the menu starts afresh even on the same target. */
  serial: number;
}

let current: MenuRequest | null = null;
let serial = 0;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

export function openMenu(request: Omit<MenuRequest, 'serial'>): void {
  serial += 1;
  current = { ...request, serial };
  emit();
}

export function closeMenu(): void {
  if (!current) return;
  current = null;
  emit();
}

export function menuRequest(): MenuRequest | null {
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useMenuRequest(): MenuRequest | null {
  return useSyncExternalStore(subscribe, menuRequest, menuRequest);
}

/** The element that had the focus before the menu took it (not the menu itself). */
export function focusedElement(): Focusable | null {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement || active instanceof SVGElement)) return null;
  if (active === document.body) return null;
  return active.closest('[role="menu"]') ? null : active;
}
