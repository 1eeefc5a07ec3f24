import type { Blueprint, Bounds } from '../model';
import { escapeXml, svgNumber, wrapText } from './svgText';

/**
 * The persona a blueprint is drawn for, in an exported picture: a band under the blueprint with
 * its picture, name, description, goals and pains. Nothing when the blueprint names none.
 */

/** Words for the band, in the user's language. */
export interface SvgPersonaLabels {
  drawnFor: string;
  goals: string;
  pains: string;
}

const INK = '#1f2937';
const INK_MUTED = '#4b5563';
const TEXT_SIZE = 14;
const LINE_HEIGHT = 19;
const HEADING_SIZE = 16;
const PADDING = 24;
const PICTURE = 72;
const MIN_WIDTH = 200;

const num = svgNumber;

export interface SvgPersonaBand {
  markup: string;
  height: number;
}

/** The band, drawn from `bounds`' bottom edge down; its height is added to the picture. */
export function personaBand(
  doc: Blueprint,
  bounds: Bounds,
  labels: SvgPersonaLabels,
): SvgPersonaBand {
  const persona = doc.personas.find((p) => p.id === doc.meta.personaId);
  if (!persona) return { markup: '', height: 0 };
  const top = bounds.y + bounds.height + PADDING;
  const pictureWidth = persona.picture ? PICTURE + 16 : 0;
  const left = bounds.x + PADDING + pictureWidth;
  const maxWidth = Math.max(bounds.width - 2 * PADDING - pictureWidth, MIN_WIDTH);
  const wrap = (text: string) => wrapText(text, { maxWidth, fontSize: TEXT_SIZE });
  const lines = [
    ...(persona.description ? wrap(persona.description) : []),
    ...(persona.goals ? wrap(`${labels.goals}: ${persona.goals}`) : []),
    ...(persona.pains ? wrap(`${labels.pains}: ${persona.pains}`) : []),
  ];
  const heading = `${labels.drawnFor}: ${persona.name}`;
  const baseline = top + HEADING_SIZE;
  const text = lines
    .map(
      (line, i) =>
        `<text x="${num(left)}" y="${num(baseline + 8 + (i + 1) * LINE_HEIGHT)}" font-size="${TEXT_SIZE}" fill="${INK_MUTED}">${escapeXml(line)}</text>`,
    )
    .join('');
  const picture = persona.picture
    ? `<image x="${num(bounds.x + PADDING)}" y="${num(top)}" width="${PICTURE}" height="${PICTURE}" preserveAspectRatio="xMidYMid slice" href="${escapeXml(persona.picture)}"/>`
    : '';
  const markup =
    `<g id="persona">${picture}<text x="${num(left)}" y="${num(baseline)}" font-size="${HEADING_SIZE}" font-weight="700" fill="${INK}">${escapeXml(heading)}</text>` +
    `${text}</g>`;
  const textHeight = HEADING_SIZE + 8 + lines.length * LINE_HEIGHT + 6;
  return {
    markup,
    height: PADDING + Math.max(textHeight, persona.picture ? PICTURE : 0) + PADDING,
  };
}
