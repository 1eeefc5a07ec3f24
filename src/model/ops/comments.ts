import { newId } from '../ids';
import {
  MAX_COMMENT_LENGTH,
  type Blueprint,
  type BlueprintComment,
  type CommentAnchor,
} from '../types';

export interface NewComment {
  author: string;
  text: string;
  /** ISO 8601; the store passes its clock so tests can fix it. */
  createdAt: string;
}

function cleanText(text: string): string {
  return text.trim().slice(0, MAX_COMMENT_LENGTH);
}

function anchorExists(doc: Blueprint, anchor: CommentAnchor): boolean {
  if (anchor.on === 'step') return doc.steps.some((s) => s.id === anchor.target);
  if (anchor.on === 'flow') return doc.flows.some((f) => f.id === anchor.target);
  return Number.isFinite(anchor.x) && Number.isFinite(anchor.y);
}

/** Adds a comment; returns its id, or '' when the text is empty or the anchor is gone. */
export function addComment(doc: Blueprint, anchor: CommentAnchor, init: NewComment): string {
  const text = cleanText(init.text);
  if (!text || !anchorExists(doc, anchor)) return '';
  const id = newId('comment', (candidate) => doc.comments.some((c) => c.id === candidate));
  const fields = {
    id,
    author: init.author.trim(),
    text,
    createdAt: init.createdAt,
    resolved: false,
  };
  const comment: BlueprintComment =
    anchor.on === 'canvas'
      ? { ...fields, on: 'canvas', x: anchor.x, y: anchor.y }
      : { ...fields, on: anchor.on, target: anchor.target };
  doc.comments.push(comment);
  return id;
}

/** New text for a comment; empty text is refused (delete the comment instead). */
export function editComment(doc: Blueprint, id: string, text: string): void {
  const comment = doc.comments.find((c) => c.id === id);
  const cleaned = cleanText(text);
  if (comment && cleaned && comment.text !== cleaned) comment.text = cleaned;
}

export function setCommentResolved(doc: Blueprint, id: string, resolved: boolean): void {
  const comment = doc.comments.find((c) => c.id === id);
  if (comment && comment.resolved !== resolved) comment.resolved = resolved;
}

export function deleteComment(doc: Blueprint, id: string): void {
  if (!doc.comments.some((c) => c.id === id)) return;
  doc.comments = doc.comments.filter((c) => c.id !== id);
}

/** A comment on the canvas moved to another spot. */
export function moveComment(doc: Blueprint, id: string, x: number, y: number): void {
  const comment = doc.comments.find((c) => c.id === id);
  if (comment?.on !== 'canvas' || !Number.isFinite(x) || !Number.isFinite(y)) return;
  comment.x = x;
  comment.y = y;
}

/** Comments go with what they are on: deleting steps or flows deletes theirs (undo brings both). */
export function dropCommentsOn(
  doc: Blueprint,
  steps: ReadonlySet<string>,
  flows: ReadonlySet<string>,
): void {
  const gone = (c: BlueprintComment) =>
    (c.on === 'step' && steps.has(c.target)) || (c.on === 'flow' && flows.has(c.target));
  if (doc.comments.some(gone)) doc.comments = doc.comments.filter((c) => !gone(c));
}

/** The comments on one step or flow, oldest first. */
export function commentsOn(
  doc: Pick<Blueprint, 'comments'>,
  on: 'step' | 'flow',
  target: string,
): BlueprintComment[] {
  return doc.comments.filter((c) => c.on === on && c.target === target);
}

/** How many open (unresolved) comments each step and flow has, by id. */
export function openCommentCounts(doc: Pick<Blueprint, 'comments'>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of doc.comments) {
    if (c.resolved || c.on === 'canvas') continue;
    counts.set(c.target, (counts.get(c.target) ?? 0) + 1);
  }
  return counts;
}

/** The document without review comments, in every version: for pictures shared without them. */
export function withoutComments(doc: Blueprint): Blueprint {
  return {
    ...doc,
    comments: [],
    versions: doc.versions.map((v) =>
      v.content ? { ...v, content: { ...v.content, comments: [] } } : v,
    ),
  };
}
