import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  blueprintBounds,
  laneBands,
  loadBlueprintText,
  newBlueprint,
  STEP_WIDTH,
  type Blueprint,
  type Step,
} from '../model';
import { drawBlueprintSvg, exportSvg, SVG_FONT_STACK } from './exportSvg';
import { escapeXml, wrapText } from './svgText';
import { LABELS } from './testing/svgLabels';

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (_, name: string) =>
    name.startsWith('#x')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : ENTITIES[name]!,
  );
}

/**
 * A small well-formedness check (no DTDs, comments or CDATA, which the export never writes):
 * one root, tags nest and close, attributes are quoted and unique, `<` and `&` only as markup
 * or known entities. Returns the root element; throws on the first problem.
 */
function parseXml(source: string): XmlElement {
  const body = source.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, '');
  const badAmp = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i;
  const token =
    /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)/gy;
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  let at = 0;
  while (at < body.length) {
    token.lastIndex = at;
    const m = token.exec(body);
    if (!m) throw new Error(`not well-formed at ${at}: ${body.slice(at, at + 40)}`);
    at = token.lastIndex;
    const [, close, name, attrs, selfClose, text] = m;
    const top = stack[stack.length - 1]!;
    if (text !== undefined) {
      if (badAmp.test(text)) throw new Error(`bare & in text: ${text}`);
      if (stack.length === 1 && text.trim()) throw new Error(`text outside the root: ${text}`);
      for (const el of stack) el.text += unescape(text);
      continue;
    }
    if (close) {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const a of attrs!.matchAll(/([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      const value = a[2] ?? a[3]!;
      if (a[1]! in attributes) throw new Error(`duplicate attribute ${a[1]}`);
      if (badAmp.test(value)) throw new Error(`bare & in attribute: ${value}`);
      attributes[a[1]!] = unescape(value);
    }
    const element: XmlElement = { name: name!, attributes, children: [], text: '' };
    if (stack.length === 1 && root.children.length) throw new Error('more than one root');
    top.children.push(element);
    if (!selfClose) stack.push(element);
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1]!.name}> is never closed`);
  return root.children[0]!;
}

function all(el: XmlElement, name: string): XmlElement[] {
  return el.children.flatMap((c) => [...(c.name === name ? [c] : []), ...all(c, name)]);
}

/** The flow groups (lines with their heads), not their labels. */
const flowsOf = (root: XmlElement) =>
  all(root, 'g').filter((g) => /^flow( |$)/.test(g.attributes.class ?? ''));

const squash = (text: string) => text.replace(/\s+/g, '');

function step(id: string, lane: string, x: number, label: string, extra: Partial<Step> = {}): Step {
  return { id, lane, x, label, description: '', ...extra };
}

/** Labels that would break naive XML, in every lane, with markers and both kinds of flow. */
function trickyDoc(): Blueprint {
  const doc = newBlueprint('Tom & Jerry\'s "<café>" 旅程');
  doc.lanes[2]!.label = 'Front desk <staff> & "agents"';
  doc.steps = [
    step('a', 'evidence', 0, 'Sign: "Welcome" <here>'),
    step('b', 'customer', 0, '办理入住 & 付款', {
      failPoint: { risk: 'x', probability: 0.1, costPerFailure: 5, recovery: '', owner: '' },
      wait: { expectedMin: 10, toleranceMin: 5 },
    }),
    step('c', 'onstage', 240, "Greet the guest at the desk and check the booking, then say 'hi'", {
      durationMin: 3,
    }),
    step('d', 'backstage', 480, 'a < b && c > d', { wait: { expectedMin: 2, toleranceMin: 1 } }),
    step('e', 'support', 480, 'Property management system 物业管理系统'),
    step('f', 'customer', 720, ''),
    step('g', 'customer', 1000, 'Emoji 😀 and control\u0001char'),
  ];
  doc.flows = [
    { id: 'f1', from: 'b', to: 'c', label: 'asks <politely>', twoWay: false },
    { id: 'f2', from: 'c', to: 'd', label: '', twoWay: true },
    { id: 'f3', from: 'b', to: 'f', label: '', twoWay: false },
    { id: 'f4', from: 'f', to: 'b', label: '返回', twoWay: false },
  ];
  return doc;
}

describe('exportSvg', () => {
  const doc = trickyDoc();
  const svg = exportSvg(doc, LABELS);
  const root = parseXml(svg);
  const texts = all(root, 'text').map((t) => t.text);

  it('is a well-formed standalone SVG document', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    expect(root.name).toBe('svg');
    expect(root.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(root.children[0]).toMatchObject({ name: 'title', text: doc.title });
    expect(root.attributes['font-family']).toBe(SVG_FONT_STACK);
    expect(SVG_FONT_STACK).toContain("'Noto Sans CJK SC'");
    expect(SVG_FONT_STACK).toContain("'Microsoft YaHei'");
  });

  it('covers the whole blueprint: its size and view box are the blueprint bounds', () => {
    const { width, height, viewBox } = root.attributes;
    const [x, y, w, h] = viewBox!.split(' ').map(Number);
    expect([Number(width), Number(height)]).toEqual([w, h]);
    const bounds = blueprintBounds(doc);
    expect({ x, y, w }).toEqual({ x: bounds.x, y: bounds.y, w: bounds.width });
    expect(h).toBeGreaterThanOrEqual(bounds.height);
  });

  it('contains every step label, escaped, and an untitled step as such', () => {
    for (const s of doc.steps.filter((s) => s.label)) {
      const expected = squash(s.label.replace('\u0001', ''));
      expect(
        texts.some((t) => squash(t) === expected),
        s.label,
      ).toBe(true);
    }
    expect(texts).toContain('Untitled step');
    expect(svg).toContain('a &lt; b &amp;&amp; c &gt; d');
    expect(svg).toContain('Sign: &quot;Welcome&quot;');
    expect(svg).toContain('&lt;here&gt;');
    expect(svg).not.toContain('\u0001');
  });

  it('wraps a long label into several lines inside the card', () => {
    const long = all(root, 'text').find((t) => t.text.includes('Greet'))!;
    expect(long.children.length).toBeGreaterThan(1);
    expect(long.children.every((c) => c.name === 'tspan')).toBe(true);
  });

  it('names every lane and draws it as a tinted rectangle', () => {
    for (const lane of doc.lanes) expect(texts.map(squash)).toContain(squash(lane.label));
    const lanes = all(root, 'g').filter((g) => g.attributes.class?.startsWith('lane '));
    expect(lanes).toHaveLength(5);
    const fills = lanes.map((g) => g.children[0]!.attributes.fill);
    expect(new Set(fills).size).toBe(5);
    const band = laneBands(doc.lanes)[1]!;
    expect(lanes[1]!.children[0]!.attributes).toMatchObject({
      y: String(band.top),
      height: String(band.lane.height),
    });
  });

  it('draws the three lines, dashed, solid and dotted, with their names', () => {
    const lines = all(root, 'g').filter((g) => g.attributes.class?.startsWith('line '));
    expect(lines.map((g) => g.attributes.class)).toEqual([
      'line line-interaction',
      'line line-visibility',
      'line line-internal',
    ]);
    const [interaction, visibility, internal] = lines.map((g) => g.children[0]!.attributes);
    expect(interaction!['stroke-dasharray']).toBe('8 5');
    expect(visibility!['stroke-dasharray']).toBeUndefined();
    expect(visibility!['stroke-width']).toBe('4');
    expect(internal!['stroke-linecap']).toBe('round');
    for (const name of Object.values(LABELS.lines)) expect(texts).toContain(name);
    const bands = laneBands(doc.lanes);
    expect(Number(visibility!.y1)).toBe(bands[3]!.top);
  });

  it('marks fail points with F and waits with W in circles', () => {
    const markers = all(root, 'g').filter((g) => g.attributes.class === 'marker');
    const letters = markers.map((g) => all(g, 'text')[0]!.text);
    expect(letters.sort()).toEqual(['F', 'W', 'W']);
    expect(markers.every((g) => all(g, 'circle').length === 2)).toBe(true);
    expect(markers.map((g) => g.children[0]!.text).sort()).toEqual([
      'Fail point',
      'Wait step',
      'Wait step',
    ]);
  });

  it('draws flows as right-angled arrows, two heads on a two-way flow, labels escaped', () => {
    const flows = flowsOf(root);
    expect(flows).toHaveLength(4);
    for (const flow of flows) {
      const d = all(flow, 'path')[0]!.attributes.d!;
      const points = [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [
        Number(m[1]),
        Number(m[2]),
      ]);
      for (let i = 1; i < points.length; i++) {
        const [x0, y0] = points[i - 1]!;
        const [x1, y1] = points[i]!;
        expect(x0 === x1 || y0 === y1, `${d} is orthogonal`).toBe(true);
      }
    }
    const heads = flows.map((g) => {
      const a = all(g, 'path')[0]!.attributes;
      return [a['marker-start'] ?? '', a['marker-end']];
    });
    expect(heads).toEqual([
      ['', 'url(#sb-arrow-end)'],
      ['url(#sb-arrow-start)', 'url(#sb-arrow-end)'],
      ['', 'url(#sb-arrow-end)'],
      ['', 'url(#sb-arrow-end)'],
    ]);
    expect(all(root, 'marker').map((m) => m.attributes.id)).toEqual([
      'sb-arrow-end',
      'sb-arrow-start',
    ]);
    expect(texts).toContain('asks <politely>');
    expect(texts).toContain('返回');
    // Labels are drawn last, so no card covers them.
    expect(root.children.map((c) => c.attributes.id ?? c.name)).toEqual([
      'title',
      'defs',
      'rect',
      'lanes',
      'lines',
      'flows',
      'steps',
      'flow-labels',
    ]);
  });

  it('leaves a flow from the bottom of the card above to the top of the card below', () => {
    const b = all(root, 'g').filter((g) => g.attributes.class === 'flow')[0]!;
    const d = all(b, 'path')[0]!.attributes.d!;
    const bands = laneBands(doc.lanes);
    const start = /^M(-?[\d.]+),(-?[\d.]+)/.exec(d)!;
    const end = /L(-?[\d.]+),(-?[\d.]+)$/.exec(d)!;
    expect(Number(start[1])).toBe(0 + STEP_WIDTH / 2);
    expect(Number(start[2])).toBeGreaterThan(bands[1]!.top + 24 + 50);
    expect([Number(end[1]), Number(end[2])]).toEqual([240 + STEP_WIDTH / 2, bands[2]!.top + 24]);
  });

  it('leaves out hidden lanes, their steps and flows to them', () => {
    const hidden = trickyDoc();
    hidden.lanes.find((l) => l.id === 'backstage')!.hidden = true;
    const out = parseXml(exportSvg(hidden, LABELS));
    const outTexts = all(out, 'text').map((t) => t.text);
    expect(outTexts.map(squash)).not.toContain(
      squash('Backstage actions (invisible contact employee)'),
    );
    expect(outTexts.map(squash)).not.toContain(squash('a < b && c > d'));
    expect(flowsOf(out)).toHaveLength(3);
  });

  it('writes every example as well-formed SVG with all its labels', () => {
    const dir = new URL('../../examples/', import.meta.url);
    for (const name of ['hotel-overnight-stay', 'coffee-shop-order.zh-CN']) {
      const loaded = loadBlueprintText(
        readFileSync(new URL(`${name}.blueprint.json`, dir), 'utf8'),
      );
      if (!loaded.ok) throw new Error(name);
      const out = parseXml(exportSvg(loaded.value, LABELS));
      const outTexts = all(out, 'text').map((t) => squash(t.text));
      for (const s of loaded.value.steps) {
        const lines = wrapText(s.label, { maxWidth: STEP_WIDTH - 24, fontSize: 15 });
        // Labels longer than four lines are clamped with "…", as on the card.
        if (lines.length <= 4) expect(outTexts, `${name}: ${s.label}`).toContain(squash(s.label));
      }
    }
  });
});

describe('drawBlueprintSvg (the picture Export PNG rasterises)', () => {
  const doc = trickyDoc();
  const drawing = drawBlueprintSvg(doc, LABELS);
  /** The rectangles drawn straight under the root: only the background is one. */
  const backgrounds = (svg: string) => parseXml(svg).children.filter((c) => c.name === 'rect');

  it('is Export SVG as it stands, with the bounds it covers', () => {
    expect(drawing.markup()).toBe(exportSvg(doc, LABELS));
    const [x, y, w, h] = parseXml(drawing.markup()).attributes.viewBox!.split(' ').map(Number);
    expect({ x, y, w, h }).toEqual({
      x: drawing.bounds.x,
      y: drawing.bounds.y,
      w: drawing.bounds.width,
      h: drawing.bounds.height,
    });
  });

  it('paints a white background by default, a chosen colour, or none for a transparent PNG', () => {
    expect(backgrounds(drawing.markup()).map((r) => r.attributes.fill)).toEqual(['#fff']);
    expect(
      backgrounds(drawing.markup({ background: '#ffffff' })).map((r) => r.attributes.fill),
    ).toEqual(['#ffffff']);
    const clear = drawing.markup({ background: null });
    expect(backgrounds(clear)).toEqual([]);
    // Everything else is still drawn.
    expect(all(parseXml(clear), 'text').length).toBe(
      all(parseXml(drawing.markup()), 'text').length,
    );
  });

  it('scales the picture size, not the view box, so a 2× raster is drawn sharp', () => {
    const one = parseXml(drawing.markup()).attributes;
    const two = parseXml(drawing.markup({ scale: 2 })).attributes;
    expect(two.viewBox).toBe(one.viewBox);
    expect(Number(two.width)).toBe(2 * Number(one.width));
    expect(Number(two.height)).toBe(2 * Number(one.height));
  });
});

describe('escapeXml', () => {
  it.each([
    [
      '<a href="x">Tom & Jerry\'s</a>',
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    ],
    ['酒店 😀', '酒店 😀'],
    ['bell\u0007 form\u000c feed', 'bell form feed'],
    ['lone \ud800 surrogate', 'lone  surrogate'],
    ['tab\tand\nnewline', 'tab\tand\nnewline'],
  ])('%j → %j', (text, expected) => {
    expect(escapeXml(text)).toBe(expected);
  });
});

describe('wrapText', () => {
  const options = { maxWidth: 152, fontSize: 15 };

  it('keeps a short label on one line', () => {
    expect(wrapText('Check in', options)).toEqual(['Check in']);
  });

  it('breaks Latin text at spaces', () => {
    const lines = wrapText('Greet the guest at the desk and check the booking', options);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Greet the guest at the desk and check the booking');
  });

  it('breaks Chinese text between characters, about ten to a line', () => {
    const lines = wrapText('前台员工核对预订信息并办理入住手续然后交给客人房卡', options);
    expect(lines.join('')).toBe('前台员工核对预订信息并办理入住手续然后交给客人房卡');
    expect(lines.every((l) => l.length <= 10)).toBe(true);
    expect(lines.length).toBe(3);
  });

  it('keeps hard line breaks and breaks a word longer than the line', () => {
    expect(wrapText('a\nb', options)).toEqual(['a', 'b']);
    const lines = wrapText('x'.repeat(60), options);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('x'.repeat(60));
  });

  it('clamps to the last allowed line with an ellipsis', () => {
    const lines = wrapText('word '.repeat(80), { ...options, maxLines: 4 });
    expect(lines).toHaveLength(4);
    expect(lines[3]!.endsWith('…')).toBe(true);
  });
});
