import { describe, expect, it } from 'vitest';
import { newBlueprint, type Blueprint } from '../model';
import { drawBlueprintSvg, exportSvg } from './exportSvg';
import { LABELS } from './testing/svgLabels';
import type { SvgCommentLabels } from './svgComments';
import { commentsCsv } from './csv';

const COMMENT_LABELS: SvgCommentLabels = {
  heading: 'Comments',
  line: (n, c) => `${n}. ${c.author}: ${c.text}`,
};

const AT = '2026-12-06T09:30:00.000Z';

function reviewed(): Blueprint {
  return {
    ...newBlueprint('Café'),
    steps: [
      { id: 'a', lane: 'customer', x: 0, label: 'Order', description: '' },
      { id: 'b', lane: 'onstage', x: 0, label: 'Take order', description: '' },
    ],
    flows: [{ id: 'ab', from: 'a', to: 'b', label: '', twoWay: false }],
    comments: [
      {
        id: 'k1',
        on: 'step',
        target: 'a',
        author: 'Li',
        text: 'Queue <here>?',
        createdAt: AT,
        resolved: false,
      },
      {
        id: 'k2',
        on: 'flow',
        target: 'ab',
        author: 'Li',
        text: 'Label',
        createdAt: AT,
        resolved: false,
      },
      {
        id: 'k3',
        on: 'canvas',
        x: 50,
        y: 60,
        author: 'Bo',
        text: '这里 ' + 'long '.repeat(80),
        createdAt: AT,
        resolved: false,
      },
      {
        id: 'k4',
        on: 'step',
        target: 'b',
        author: 'Bo',
        text: 'Done already',
        createdAt: AT,
        resolved: true,
      },
    ],
  };
}

describe('comments in the exported SVG', () => {
  it('are left out unless asked for', () => {
    const svg = exportSvg(reviewed(), LABELS);
    expect(svg).not.toContain('Queue');
    expect(svg).not.toContain('comment-marker');
    const plain = drawBlueprintSvg(reviewed(), LABELS).bounds;
    const none = drawBlueprintSvg({ ...reviewed(), comments: [] }, LABELS, COMMENT_LABELS).bounds;
    expect(none).toEqual(plain);
  });

  it('draw a numbered marker per open comment and the list below, escaped and wrapped', () => {
    const doc = reviewed();
    const plain = drawBlueprintSvg(doc, LABELS).bounds;
    const drawing = drawBlueprintSvg(doc, LABELS, COMMENT_LABELS);
    const svg = drawing.markup();
    expect((svg.match(/class="comment-marker"/g) ?? []).length).toBe(3);
    expect(svg).toContain('1. Li: Queue &lt;here&gt;?');
    expect(svg).toContain('2. Li: Label');
    expect(svg).not.toContain('Done already');
    expect(drawing.bounds.width).toBe(plain.width);
    expect(drawing.bounds.height).toBeGreaterThan(plain.height + 4 * 19);
    // The long comment wraps onto more lines than there are comments.
    const listLines = svg.slice(svg.indexOf('id="comments-list"')).match(/<text /g) ?? [];
    expect(listLines.length).toBeGreaterThan(1 + 3);
  });

  it('go to CSV with their status, formulas neutralised', () => {
    const csv = commentsCsv([
      { on: 'On step “Order”', author: 'Li', createdAt: AT, resolved: false, text: '=SUM(A1)' },
      { on: 'On a spot', author: '', createdAt: AT, resolved: true, text: 'ok, fine' },
    ]);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe('on,author,written,status,comment');
    expect(lines[1]).toContain(',open,');
    expect(lines[1]).not.toMatch(/,=SUM/);
    expect(lines[2]).toBe(`On a spot,,${AT},resolved,"ok, fine"`);
  });
});
