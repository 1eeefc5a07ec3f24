import {
  blueprintBounds,
  laneBands,
  ops,
  STEP_MIN_HEIGHT,
  STEP_WIDTH,
  type Lane,
} from '../../model';
import { t } from '../../i18n/t';
import { STEP_SPACING } from '../addStepAction';
import { rememberedCopy } from '../clipboard/clipboardMemory';
import type { KeyboardContext } from '../keyboard/keyHandler';
import { contentBounds, FIT_INSETS, fitViewport } from '../keyboard/fitViewport';
import { revealAndFocus, revealStep } from '../keyboard/stepFocus';
import type { PaneInfo } from '../keyboard/viewKeys';

/**
 * What the context menus' commands do beyond a single store action: places on the canvas, the
 * clipboard, and where the focus goes afterwards. Every edit is still one named store action.
 */

type Point = { x: number; y: number };

/** The shown lane whose band holds the window point (none above the first or below the last). */
export function laneAtPoint(ctx: KeyboardContext, at: Point | null): Lane | undefined {
  if (!at) return undefined;
  const y = ctx.flow.screenToFlowPosition(at).y;
  return laneBands(ctx.store.getState().doc.lanes).find((b) => y >= b.top && y < b.bottom)?.lane;
}

/** A new card centred on the point, in that lane, its label open for typing (as a double-click). */
export function addStepAt(ctx: KeyboardContext, laneId: string, at: Point): void {
  const state = ctx.store.getState();
  const id = state.addStep(laneId, ctx.flow.screenToFlowPosition(at).x - STEP_WIDTH / 2);
  if (id) state.setEditingStep(id);
}

/** A new card after the last one in the lane (the lane's name was right-clicked, not a spot). */
export function addStepAtLaneEnd(ctx: KeyboardContext, laneId: string): void {
  const state = ctx.store.getState();
  const xs = state.doc.steps.filter((s) => s.lane === laneId).map((s) => s.x);
  const id = state.addStep(laneId, xs.length ? Math.max(...xs) + STEP_SPACING : 0);
  if (!id) return;
  state.setEditingStep(id);
  revealStep(ctx.flow, ctx.store.getState().doc, id);
}

/** The clipboard's text when the page may read it without asking; else null. */
export async function readClipboardIfAllowed(): Promise<string | null> {
  try {
    const status = await navigator.permissions?.query({ name: 'clipboard-read' as PermissionName });
    if (status?.state !== 'granted') return null;
    return (await navigator.clipboard?.readText()) ?? null;
  } catch {
    return null;
  }
}

/** Whether there are steps to paste: this tab's last copy, or steps on a readable clipboard. */
export async function hasStepsToPaste(): Promise<boolean> {
  if (rememberedCopy()) return true;
  const text = await readClipboardIfAllowed();
  return !!text && ops.parseClipText(text).kind === 'clip';
}

/** Pastes the steps with their leftmost card at the point (or beside the originals without one). */
export async function pasteAt(ctx: KeyboardContext, at: Point | null): Promise<void> {
  // Steps on the system clipboard (copied in another tab) first, else this tab's last copy.
  const system = await readClipboardIfAllowed();
  const fromSystem = system ? ops.parseClipText(system) : null;
  const memory = rememberedCopy();
  const parsed = fromSystem?.kind === 'clip' ? fromSystem : memory && ops.parseClipText(memory);
  if (!parsed || parsed.kind !== 'clip') return;
  const placement: ops.PastePlacement = at
    ? { left: ctx.flow.screenToFlowPosition(at).x - STEP_WIDTH / 2 }
    : { dx: ops.PASTE_OFFSET };
  const pasted = ctx.store.getState().pasteSteps(parsed.clip, placement);
  if (!pasted.length) return;
  revealAndFocus(ctx.flow, ctx.store.getState().doc, pasted[0]!);
  ctx.announce(t('keyboard.pasted', { count: pasted.length }));
}

/** Puts text on the system clipboard when the browser lets us (this tab remembers it anyway). */
export function writeClipboard(text: string | undefined): void {
  if (text === undefined) return;
  void navigator.clipboard?.writeText(text).catch(() => undefined);
}

/** Deletes the steps; the focus moves to a card near the one the menu was opened on. */
export function deleteStepsFrom(ctx: KeyboardContext, ids: readonly string[], from: string): void {
  const state = ctx.store.getState();
  const next = ops.survivorNear(state.doc, from, new Set(ids));
  state.deleteSteps(ids);
  if (next) revealAndFocus(ctx.flow, ctx.store.getState().doc, next);
}

/** The whole blueprint in view, right of the lane names (as Shift+1). */
export function fitBlueprint(ctx: KeyboardContext, pane: PaneInfo): void {
  const { doc } = ctx.store.getState();
  const height = (id: string) => ctx.flow.getInternalNode(id)?.measured.height ?? STEP_MIN_HEIGHT;
  const bounds = contentBounds(blueprintBounds(doc, (step) => height(step.id)));
  const view = fitViewport(bounds, pane, FIT_INSETS, { min: pane.minZoom, max: pane.maxZoom });
  void ctx.flow
    .setViewport(view, { duration: 0 })
    .then(() => ctx.store.getState().setView(ctx.flow.getViewport()));
}

/** Opens the lane's name for editing in its frozen header (the header's own rename field). */
export function renameLaneInHeader(laneId: string): void {
  const header = document.querySelector(`[data-lane-header="${CSS.escape(laneId)}"]`);
  header?.querySelector<HTMLButtonElement>('button.lane-name')?.click();
}
