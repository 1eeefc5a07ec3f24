import type { Blueprint, BlueprintComment, Bounds } from '../model';
import { escapeXml, svgNumber, wrapText } from './svgText';
import { flowRoute, midpoint, type Card } from './svgRoute';

/**
 * Open comments drawn into an exported picture, only when asked for: a numbered marker on what
 * each is on, and the numbered list under the blueprint. Resolved comments are left out.
 */

/** Words for the list, in the user's language. */
export interface SvgCommentLabels {
  heading: string;
  /** One list entry: "1. On step “Order” — Ms Li, 6 Dec 2026: Is there a wait?" */
  line: (n: number, comment: BlueprintComment) => string;
}

const RING = '#1d4ed8';
const INK = '#1f2937';
const BADGE_RADIUS = 10;
const TEXT_SIZE = 14;
const LINE_HEIGHT = 19;
const HEADING_SIZE = 16;
const PADDING = 24;
const MIN_LIST_WIDTH = 200;

const num = svgNumber;

export interface SvgCommentLayer {
  /** The markers, drawn over the steps. */
  markers: string;
  /** The list, drawn below the blueprint; its height is added to the picture. */
  list: string;
  listHeight: number;
}

function badge(cx: number, cy: number, n: number): string {
  return (
    `<g class="comment-marker"><circle cx="${num(cx)}" cy="${num(cy)}" r="${BADGE_RADIUS}" fill="${RING}" stroke="#fff" stroke-width="2"/>` +
    `<text x="${num(cx)}" y="${num(cy + 4.5)}" font-size="12" font-weight="700" fill="#fff" text-anchor="middle">${n}</text></g>`
  );
}

function markerPoint(
  comment: BlueprintComment,
  cards: ReadonlyMap<string, Card>,
  doc: Blueprint,
): [number, number] | null {
  if (comment.on === 'canvas') return [comment.x, comment.y];
  if (comment.on === 'step') {
    const card = cards.get(comment.target);
    return card ? [card.x + 16, card.y] : null;
  }
  const flow = doc.flows.find((f) => f.id === comment.target);
  const from = flow && cards.get(flow.from);
  const to = flow && cards.get(flow.to);
  if (!from || !to) return null;
  const [x, y] = midpoint(flowRoute(from, to));
  return [x, y - 18];
}

export function commentLayer(
  doc: Blueprint,
  cards: ReadonlyMap<string, Card>,
  bounds: Bounds,
  labels: SvgCommentLabels,
): SvgCommentLayer {
  const open = doc.comments.filter((c) => !c.resolved);
  if (!open.length) return { markers: '', list: '', listHeight: 0 };
  const markers: string[] = [];
  const lines: string[] = [];
  const width = Math.max(bounds.width - 2 * PADDING, MIN_LIST_WIDTH);
  open.forEach((comment, i) => {
    const point = markerPoint(comment, cards, doc);
    if (point) markers.push(badge(point[0], point[1], i + 1));
    lines.push(...wrapText(labels.line(i + 1, comment), { maxWidth: width, fontSize: TEXT_SIZE }));
  });
  const top = bounds.y + bounds.height + PADDING;
  const left = bounds.x + PADDING;
  const headingBaseline = top + HEADING_SIZE;
  const text = lines
    .map(
      (line, i) =>
        `<text x="${num(left)}" y="${num(headingBaseline + 10 + (i + 1) * LINE_HEIGHT)}" font-size="${TEXT_SIZE}" fill="${INK}">${escapeXml(line)}</text>`,
    )
    .join('');
  const list =
    `<g id="comments-list"><text x="${num(left)}" y="${num(headingBaseline)}" font-size="${HEADING_SIZE}" font-weight="700" fill="${INK}">${escapeXml(labels.heading)}</text>` +
    `${text}</g>`;
  const listHeight = PADDING + HEADING_SIZE + 10 + lines.length * LINE_HEIGHT + PADDING;
  return { markers: markers.join('\n'), list, listHeight };
}
