import { curvePath, feelingPoints, feelingY, laneBands, type Blueprint } from '../model';
import { svgNumber } from './svgText';

const LINE = '#c2410c';
const DIP = '#dc2626';
const num = svgNumber;

/**
 * The emotion lane in an exported picture: the neutral line, the curve through the feelings
 * that are set, and a point per feeling, dips at fail points in red. Empty without the lane.
 */
export function emotionLayer(doc: Blueprint, left: number, width: number): string {
  const layout = feelingPoints(doc, laneBands(doc.lanes));
  if (!layout) return '';
  const { band, points } = layout;
  const set = points.filter((p) => p.score !== undefined);
  const zero = feelingY(band, 0);
  const parts = [
    `<line x1="${num(left)}" x2="${num(left + width)}" y1="${num(zero)}" y2="${num(zero)}" stroke="#9ca3af" stroke-dasharray="4 4"/>`,
  ];
  if (set.length > 1)
    parts.push(
      `<path class="emotion-line" d="${curvePath(set.map((p) => ({ x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 })))}" fill="none" stroke="${LINE}" stroke-width="2.5" stroke-linecap="round"/>`,
    );
  for (const p of set) {
    const dip = p.failPoint && p.score! < 0;
    parts.push(
      `<circle class="emotion-point${dip ? ' is-dip' : ''}" data-score="${p.score}" cx="${num(p.x)}" cy="${num(p.y)}" r="${dip ? 9 : 7}" fill="${dip ? DIP : LINE}" stroke="#fff" stroke-width="2"/>`,
    );
  }
  return parts.join('\n');
}
