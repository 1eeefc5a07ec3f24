import type { Blueprint, BlueprintComment, CommentAnchor } from '../../model';
import { formatDateTime } from '../../i18n/format';
import { t } from '../../i18n/t';

const stepName = (doc: Pick<Blueprint, 'steps'>, id: string) =>
  doc.steps.find((s) => s.id === id)?.label || t('step.untitled');

/** What a comment is on, in words: "On step “Order”", "On flow Order → Take order". */
export function anchorText(doc: Pick<Blueprint, 'steps' | 'flows'>, anchor: CommentAnchor): string {
  if (anchor.on === 'step') return t('comments.onStep', { label: stepName(doc, anchor.target) });
  if (anchor.on === 'flow') {
    const flow = doc.flows.find((f) => f.id === anchor.target);
    if (!flow) return t('comments.onFlow', { from: '?', to: '?' });
    return t('comments.onFlow', { from: stepName(doc, flow.from), to: stepName(doc, flow.to) });
  }
  return t('comments.onCanvasSpot');
}

export function authorText(comment: Pick<BlueprintComment, 'author'>): string {
  return comment.author || t('comments.anonymous');
}

/** When it was written, in the reader's language; an unreadable time shows as it is stored. */
export function timeText(comment: Pick<BlueprintComment, 'createdAt'>): string {
  const time = Date.parse(comment.createdAt);
  return Number.isFinite(time) ? formatDateTime(time) : comment.createdAt;
}

/** Open comments first, each group oldest first (the document keeps them in writing order). */
export function inReadingOrder(comments: readonly BlueprintComment[]): BlueprintComment[] {
  return [...comments.filter((c) => !c.resolved), ...comments.filter((c) => c.resolved)];
}
