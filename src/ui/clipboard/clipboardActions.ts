import { describeErrors, ops, STEP_WIDTH } from '../../model';
import { t } from '../../i18n/t';
import type { EditorStoreApi } from '../../store/createEditorStore';
import { showAlert } from '../../session/notices';
import type { KeyboardContext } from '../keyboard/keyHandler';
import { revealAndFocus } from '../keyboard/stepFocus';
import { canvasPointer } from './canvasPointer';
import { pasteRound, rememberCopy, rememberedCopy } from './clipboardMemory';

/** What copying, cutting and pasting steps do, whichever way the clipboard was reached. */

/** The selected steps (and the flows among them) as clipboard text, or nothing to copy. */
export function selectionClipText(store: EditorStoreApi): string | undefined {
  const { doc, selection } = store.getState();
  const clip = ops.copySteps(doc, selection.steps);
  return clip && ops.clipToText(clip);
}

/** Copies the selection to this tab's memory; the caller puts it on the system clipboard. */
export function copySelection(ctx: KeyboardContext): string | undefined {
  const text = selectionClipText(ctx.store);
  if (!text) return undefined;
  rememberCopy(text);
  const count = ctx.store.getState().selection.steps.length;
  ctx.announce(t('keyboard.copied', { count }));
  return text;
}

/** Copies the selection, then deletes it (with its flows) as one undo step. */
export function cutSelection(ctx: KeyboardContext): string | undefined {
  const text = selectionClipText(ctx.store);
  if (!text) return undefined;
  rememberCopy(text);
  const count = ctx.store.getState().selection.steps.length;
  ctx.store.getState().deleteSelection();
  ctx.announce(t('keyboard.cut', { count }));
  return text;
}

/**
 * Pastes clipboard text: steps copied by this app (from any blueprint or tab) land at the
 * pointer when it is over the canvas, else beside the originals. An empty clipboard (or none
 * to read) falls back to this tab's last copy. Other text does nothing; our own text that is
 * damaged says what is wrong and changes nothing.
 */
export function pasteText(ctx: KeyboardContext, systemText: string | null): void {
  const text = systemText || rememberedCopy();
  if (!text) return;
  const parsed = ops.parseClipText(text);
  if (parsed.kind === 'foreign') return;
  if (parsed.kind === 'damaged') {
    showAlert(t('keyboard.clipboardDamaged', { reason: describeErrors(parsed.errors) }));
    return;
  }
  const pointer = canvasPointer();
  const placement: ops.PastePlacement = pointer
    ? { left: ctx.flow.screenToFlowPosition(pointer).x - STEP_WIDTH / 2 }
    : { dx: ops.PASTE_OFFSET * pasteRound(text) };
  const pasted = ctx.store.getState().pasteSteps(parsed.clip, placement);
  if (!pasted.length) return;
  revealAndFocus(ctx.flow, ctx.store.getState().doc, pasted[0]!);
  ctx.announce(t('keyboard.pasted', { count: pasted.length }));
}
