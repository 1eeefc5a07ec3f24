import {
  blueprintBounds,
  dividingLines,
  LANE_HEADER_WIDTH,
  laneBands,
  STEP_MIN_HEIGHT,
  STEP_TOP_PADDING,
  STEP_WIDTH,
  type Blueprint,
  type Bounds,
  type LaneKind,
  type LineKind,
} from '../model';
import { escapeXml, svgNumber, textWidth, wrapText } from './svgText';
import { flowRoute, midpoint, type Card } from './svgRoute';
import { commentLayer, type SvgCommentLabels } from './svgComments';
import { personaBand, type SvgPersonaLabels } from './svgPersona';
import { emotionLayer } from './svgEmotion';

/**
 * The whole blueprint as a standalone SVG file, built from the document (not the screen), for
 * reports and vector tools: lanes with tints and names, the three lines, step cards with
 * wrapped labels and F/W markers, and flows as right-angled arrows.
 */

/** The UI's font stack, with CJK fallbacks, for tools that open the file elsewhere. */
export const SVG_FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif";

/** Words drawn into the picture, in the user's language. */
export interface SvgLabels {
  lines: Record<LineKind, string>;
  failMarker: string;
  waitMarker: string;
  failMarkerTitle: string;
  waitMarkerTitle: string;
  untitledStep: string;
  minutes: (min: number) => string;
  /** Words for the persona band; without them it is in English. */
  persona?: SvgPersonaLabels;
}

const ENGLISH_PERSONA: SvgPersonaLabels = { drawnFor: 'Drawn for', goals: 'Goals', pains: 'Pains' };

const TINT: Record<LaneKind, string> = {
  evidence: '#f3f4f6',
  customer: '#e8f0fe',
  onstage: '#e7f5ec',
  backstage: '#f1ecfb',
  support: '#f8f1e4',
  emotion: '#fdf6ec',
  custom: '#fafafa',
};
const INK = '#1f2937';
const INK_MUTED = '#4b5563';
const RULE = '#d1d5db';
const EDGE = '#64748b';
const LINE_STYLE: Record<LineKind, string> = {
  interaction: 'stroke="#374151" stroke-width="2" stroke-dasharray="8 5"',
  visibility: 'stroke="#111827" stroke-width="4"',
  internal: 'stroke="#374151" stroke-width="2" stroke-dasharray="0.1 5" stroke-linecap="round"',
};

/** Card text, as the card on screen lays it out (15 px, line height 1.3, 4 lines at most). */
const CARD_PADDING_X = 12;
const CARD_PADDING_Y = 10;
/** The card's 1 px border is inside its height on screen (border-box), so here too. */
const CARD_BORDER = 1;
const LABEL_SIZE = 15;
const LABEL_LINE = 19.5;
const LABEL_MAX_LINES = 4;
const DURATION_SIZE = 12;
const DURATION_BLOCK = 4 + 15.6;
const MARKER_RADIUS = 11;

const num = svgNumber;

/** Each visible step's card: where it is, how tall its wrapped label makes it. */
function layoutCards(doc: Blueprint, labels: SvgLabels): Card[] {
  const bands = new Map(laneBands(doc.lanes).map((b) => [b.lane.id, b]));
  const cards: Card[] = [];
  for (const step of doc.steps) {
    const band = bands.get(step.lane);
    if (!band) continue;
    const lines = wrapText(step.label || labels.untitledStep, {
      maxWidth: STEP_WIDTH - 2 * (CARD_PADDING_X + CARD_BORDER),
      fontSize: LABEL_SIZE,
      maxLines: LABEL_MAX_LINES,
    });
    const duration = step.durationMin === undefined ? 0 : DURATION_BLOCK;
    const height = Math.max(
      STEP_MIN_HEIGHT,
      Math.ceil(2 * (CARD_PADDING_Y + CARD_BORDER) + lines.length * LABEL_LINE + duration),
    );
    cards.push({
      step,
      x: step.x,
      y: band.top + STEP_TOP_PADDING,
      height,
      laneKind: band.lane.kind,
      lines,
    });
  }
  return cards;
}

/** `<text>` with one `<tspan>` per line; `y` is the first baseline. */
function textBlock(
  lines: string[],
  x: number,
  y: number,
  lineHeight: number,
  attributes: string,
): string {
  const spans = lines
    .map(
      (line, i) =>
        `<tspan x="${num(x)}"${i === 0 ? '' : ` dy="${num(lineHeight)}"`}>${escapeXml(line)}</tspan>`,
    )
    .join('');
  return `<text x="${num(x)}" y="${num(y)}" ${attributes}>${spans}</text>`;
}

/** A rectangle with its own radius at each corner: top-left, top-right, bottom-right, bottom-left. */
function roundedRect(x: number, y: number, w: number, h: number, r: number[]): string {
  const [tl = 0, tr = 0, br = 0, bl = 0] = r;
  return [
    `M${num(x + tl)},${num(y)}`,
    `H${num(x + w - tr)}`,
    `A${tr},${tr} 0 0 1 ${num(x + w)},${num(y + tr)}`,
    `V${num(y + h - br)}`,
    `A${br},${br} 0 0 1 ${num(x + w - br)},${num(y + h)}`,
    `H${num(x + bl)}`,
    `A${bl},${bl} 0 0 1 ${num(x)},${num(y + h - bl)}`,
    `V${num(y + tl)}`,
    `A${tl},${tl} 0 0 1 ${num(x + tl)},${num(y)}`,
    'Z',
  ].join(' ');
}

function laneLayer(doc: Blueprint, x: number, width: number): string {
  return laneBands(doc.lanes)
    .map((band) => {
      const { lane, top } = band;
      const tint = TINT[lane.kind];
      const nameLines = wrapText(lane.label, {
        maxWidth: LANE_HEADER_WIDTH - 24,
        fontSize: 14,
        bold: true,
      }).slice(0, Math.max(1, Math.floor((lane.height - 20) / 18.2)));
      return [
        `<g class="lane lane-kind-${lane.kind}">`,
        `<rect x="${num(x)}" y="${num(top)}" width="${num(width)}" height="${num(lane.height)}" fill="${tint}"/>`,
        `<line x1="${num(x)}" y1="${num(band.bottom - 0.5)}" x2="${num(x + width)}" y2="${num(band.bottom - 0.5)}" stroke="#000" stroke-opacity="0.06"/>`,
        `<line x1="${num(x + LANE_HEADER_WIDTH - 0.5)}" y1="${num(top)}" x2="${num(x + LANE_HEADER_WIDTH - 0.5)}" y2="${num(band.bottom)}" stroke="${RULE}"/>`,
        textBlock(
          nameLines,
          x + 12,
          top + 10 + 14,
          18.2,
          `font-size="14" font-weight="600" fill="${INK}"`,
        ),
        '</g>',
      ].join('');
    })
    .join('\n');
}

function lineLayer(doc: Blueprint, labels: SvgLabels, x: number, width: number): string {
  return dividingLines(laneBands(doc.lanes))
    .map((line) => {
      const name = labels.lines[line.kind];
      const labelX = x + LANE_HEADER_WIDTH + 8;
      const labelWidth = textWidth(name, 12, true) + 12;
      return [
        `<g class="line line-${line.kind}">`,
        `<line x1="${num(x)}" y1="${num(line.y)}" x2="${num(x + width)}" y2="${num(line.y)}" ${LINE_STYLE[line.kind]}/>`,
        `<rect x="${num(labelX)}" y="${num(line.y + 3)}" width="${num(labelWidth)}" height="16" rx="3" fill="#fff" fill-opacity="0.9"/>`,
        `<text x="${num(labelX + 6)}" y="${num(line.y + 15)}" font-size="12" font-weight="600" fill="${INK}">${escapeXml(name)}</text>`,
        '</g>',
      ].join('');
    })
    .join('\n');
}

/** Flow lines, and their labels apart: labels go on top so no card hides them. */
function flowLayers(doc: Blueprint, cards: Map<string, Card>): { lines: string; labels: string } {
  const lines: string[] = [];
  const labels: string[] = [];
  for (const flow of doc.flows) {
    const from = cards.get(flow.from);
    const to = cards.get(flow.to);
    if (!from || !to) continue;
    const points = flowRoute(from, to);
    const d = points.map(([x, y], i) => `${i ? 'L' : 'M'}${num(x)},${num(y)}`).join(' ');
    const start = flow.twoWay ? ' marker-start="url(#sb-arrow-start)"' : '';
    lines.push(
      `<g class="flow${flow.twoWay ? ' flow-two-way' : ''}">` +
        `<path d="${d}" fill="none" stroke="${EDGE}" stroke-width="1.5" stroke-linejoin="round"${start} marker-end="url(#sb-arrow-end)"/>` +
        '</g>',
    );
    if (!flow.label) continue;
    const [mx, my] = midpoint(points);
    const w = textWidth(flow.label, 13) + 8;
    labels.push(
      '<g class="flow-label">' +
        `<rect x="${num(mx - w / 2)}" y="${num(my - 10)}" width="${num(w)}" height="20" rx="3" fill="#fff"/>` +
        `<text x="${num(mx)}" y="${num(my + 4.5)}" font-size="13" fill="${INK}" text-anchor="middle">${escapeXml(flow.label)}</text>` +
        '</g>',
    );
  }
  return { lines: lines.join('\n'), labels: labels.join('\n') };
}

function marker(
  cx: number,
  cy: number,
  fill: string,
  ring: string,
  ink: string,
  letter: string,
  title: string,
): string {
  return [
    `<g class="marker">`,
    `<title>${escapeXml(title)}</title>`,
    `<circle cx="${num(cx)}" cy="${num(cy)}" r="${MARKER_RADIUS + 1}" fill="${ring}"/>`,
    `<circle cx="${num(cx)}" cy="${num(cy)}" r="${MARKER_RADIUS - 1}" fill="${fill}" stroke="#fff" stroke-width="2"/>`,
    `<text x="${num(cx)}" y="${num(cy + 4.5)}" font-size="13" font-weight="700" fill="${ink}" text-anchor="middle">${escapeXml(letter)}</text>`,
    '</g>',
  ].join('');
}

function cardShape(card: Card): string {
  const { x, y, height } = card;
  if (card.laneKind === 'evidence')
    return `<path d="${roundedRect(x, y, STEP_WIDTH, height, [2, 14, 2, 2])}" fill="#fcfcfc" stroke="#9ca3af" stroke-dasharray="4 3"/>`;
  if (card.laneKind === 'support')
    return [
      `<rect x="${num(x)}" y="${num(y)}" width="${STEP_WIDTH}" height="${num(height)}" rx="2" fill="#fff" stroke="#9ca3af"/>`,
      `<rect x="${num(x)}" y="${num(y)}" width="5" height="${num(height)}" fill="#a16207"/>`,
    ].join('');
  return `<rect x="${num(x)}" y="${num(y)}" width="${STEP_WIDTH}" height="${num(height)}" rx="10" fill="#fff" stroke="#9ca3af"/>`;
}

function stepLayer(cards: Card[], labels: SvgLabels): string {
  return cards
    .map((card) => {
      const { step, x, y } = card;
      const textX = x + CARD_PADDING_X + (card.laneKind === 'support' ? 4 : 0);
      const firstBaseline = y + CARD_BORDER + CARD_PADDING_Y + LABEL_LINE / 2 + 0.35 * LABEL_SIZE;
      const fill = step.label ? INK : '#9ca3af';
      const italic = step.label ? '' : ' font-style="italic"';
      const parts = [
        `<g class="step">`,
        cardShape(card),
        textBlock(
          card.lines,
          textX,
          firstBaseline,
          LABEL_LINE,
          `font-size="${LABEL_SIZE}" fill="${fill}"${italic}`,
        ),
      ];
      if (step.durationMin !== undefined) {
        const baseline = y + CARD_BORDER + CARD_PADDING_Y + card.lines.length * LABEL_LINE + 4 + 12;
        parts.push(
          `<text x="${num(textX)}" y="${num(baseline)}" font-size="${DURATION_SIZE}" fill="${INK_MUTED}">${escapeXml(labels.minutes(step.durationMin))}</text>`,
        );
      }
      // Markers sit on the top-right corner, F left of W (as .step-markers on screen).
      const cy = y - 10 + MARKER_RADIUS;
      let cx = x + STEP_WIDTH + 8 - MARKER_RADIUS;
      if (step.wait) {
        parts.push(
          marker(
            cx,
            cy,
            '#f59e0b',
            '#b45309',
            '#111827',
            labels.waitMarker,
            labels.waitMarkerTitle,
          ),
        );
        cx -= 2 * MARKER_RADIUS + 3;
      }
      if (step.failPoint)
        parts.push(
          marker(cx, cy, '#dc2626', '#dc2626', '#fff', labels.failMarker, labels.failMarkerTitle),
        );
      parts.push('</g>');
      return parts.join('');
    })
    .join('\n');
}

const ARROWS = [
  `<marker id="sb-arrow-end" viewBox="-10 -10 20 20" markerWidth="14" markerHeight="14" markerUnits="userSpaceOnUse" orient="auto" refX="0" refY="0"><path d="M-8,-5 L0,0 L-8,5 Z" fill="${EDGE}" stroke="${EDGE}" stroke-linejoin="round"/></marker>`,
  `<marker id="sb-arrow-start" viewBox="-10 -10 20 20" markerWidth="14" markerHeight="14" markerUnits="userSpaceOnUse" orient="auto" refX="0" refY="0"><path d="M8,-5 L0,0 L8,5 Z" fill="${EDGE}" stroke="${EDGE}" stroke-linejoin="round"/></marker>`,
].join('');

export interface SvgOptions {
  /** Fill behind everything; null leaves the space outside the lanes transparent. White by default. */
  background?: string | null;
  /** The picture's size is this many times its canvas units (the viewBox stays), so an image
   * drawn from it for a PNG is rasterised sharp at that size rather than scaled up. */
  scale?: number;
}

/** The blueprint laid out once: its bounds, and the SVG text for given options. */
export interface SvgDrawing {
  bounds: Bounds;
  markup: (options?: SvgOptions) => string;
}

/**
 * Lays the blueprint out for SVG. Pure: no DOM, no measuring. With `comments`, open comments are
 * drawn too (numbered markers and a list below); without, the picture has none of them.
 */
export function drawBlueprintSvg(
  doc: Blueprint,
  labels: SvgLabels,
  comments?: SvgCommentLabels,
): SvgDrawing {
  const cards = layoutCards(doc, labels);
  const heights = new Map(cards.map((c) => [c.step.id, c.height]));
  const blueprint = blueprintBounds(doc, (step) => heights.get(step.id) ?? 0);
  const cardById = new Map(cards.map((c) => [c.step.id, c]));
  const flows = flowLayers(doc, cardById);
  const persona = personaBand(doc, blueprint, labels.persona ?? ENGLISH_PERSONA);
  const withPersona = { ...blueprint, height: blueprint.height + persona.height };
  const notes = comments
    ? commentLayer(doc, cardById, withPersona, comments)
    : { markers: '', list: '', listHeight: 0 };
  const bounds = { ...withPersona, height: withPersona.height + notes.listHeight };
  const { x, y, width, height } = bounds;
  const feelings = emotionLayer(doc, x + LANE_HEADER_WIDTH, width - LANE_HEADER_WIDTH);
  const body = [
    `<g id="lanes">\n${laneLayer(doc, x, width)}\n</g>`,
    `<g id="lines">\n${lineLayer(doc, labels, x, width)}\n</g>`,
    ...(feelings ? [`<g id="emotion">\n${feelings}\n</g>`] : []),
    `<g id="flows">\n${flows.lines}\n</g>`,
    `<g id="steps">\n${stepLayer(cards, labels)}\n</g>`,
    `<g id="flow-labels">\n${flows.labels}\n</g>`,
    ...(persona.height ? [persona.markup] : []),
    ...(notes.listHeight ? [`<g id="comments">\n${notes.markers}\n${notes.list}\n</g>`] : []),
  ].join('\n');
  const markup = ({ background = '#fff', scale = 1 }: SvgOptions = {}) =>
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width * scale)}" height="${num(height * scale)}" viewBox="${num(x)} ${num(y)} ${num(width)} ${num(height)}" font-family="${escapeXml(SVG_FONT_STACK)}">`,
      `<title>${escapeXml(doc.title)}</title>`,
      `<defs>${ARROWS}</defs>`,
      ...(background === null
        ? []
        : [
            `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" fill="${escapeXml(background)}"/>`,
          ]),
      body,
      '</svg>',
      '',
    ].join('\n');
  return { bounds, markup };
}

/** The blueprint as the text of an SVG file. Pure: no DOM, no measuring. */
export function exportSvg(
  doc: Blueprint,
  labels: SvgLabels,
  options?: SvgOptions,
  comments?: SvgCommentLabels,
): string {
  return drawBlueprintSvg(doc, labels, comments).markup(options);
}
