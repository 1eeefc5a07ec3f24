import { describe, expect, it } from 'vitest';
import {
  BLUEPRINT_MARGIN,
  LANE_HEADER_WIDTH,
  MIN_BLUEPRINT_WIDTH,
  STEP_TOP_PADDING,
  STEP_WIDTH,
  blueprintBounds,
  dividingLines,
  laneAt,
  laneBands,
  stepY,
  type DividingLine,
} from './layout';
import { standardLanes } from './newBlueprint';
import type { Lane, LaneKind, Step } from './types';

function lane(id: string, kind: LaneKind, height: number, hidden?: boolean): Lane {
  return hidden ? { id, kind, label: id, height, hidden } : { id, kind, label: id, height };
}

function step(id: string, laneId: string, x: number): Step {
  return { id, lane: laneId, x, label: id, description: '' };
}

/** Heights 100, 200 (hidden), 150, 80: visible bands 0–100, 100–250, 250–330. */
const mixed: Lane[] = [
  lane('a', 'customer', 100),
  lane('b', 'onstage', 200, true),
  lane('c', 'backstage', 150),
  lane('d', 'support', 80),
];

describe('laneBands', () => {
  it('stacks visible lanes from y = 0 in document order and skips hidden ones', () => {
    const bands = laneBands(mixed);
    expect(bands.map((b) => [b.lane.id, b.top, b.bottom])).toEqual([
      ['a', 0, 100],
      ['c', 100, 250],
      ['d', 250, 330],
    ]);
  });

  it('gives no bands for no lanes or only hidden lanes', () => {
    expect(laneBands([])).toEqual([]);
    expect(laneBands([lane('x', 'custom', 100, true)])).toEqual([]);
  });

  it('keeps a reference to the lane object itself', () => {
    const bands = laneBands(mixed);
    expect(bands[0]!.lane).toBe(mixed[0]);
  });
});

describe('laneAt', () => {
  const bands = laneBands(mixed);
  const cases: [string, number, string | undefined][] = [
    ['far above the first lane', -500, 'a'],
    ['just above the first lane', -0.1, 'a'],
    ['top edge of the first lane', 0, 'a'],
    ['inside the first lane', 50, 'a'],
    ['just above a boundary', 99.99, 'a'],
    ['exactly on a boundary (belongs to the lane below)', 100, 'c'],
    ['inside the second visible lane (hidden lane skipped)', 200, 'c'],
    ['boundary between the second and third visible lanes', 250, 'd'],
    ['last pixel of the last lane', 329.9, 'd'],
    ['bottom edge of the last lane', 330, 'd'],
    ['far below the last lane', 10_000, 'd'],
  ];
  it.each(cases)('%s (y = %d) → %s', (_name, y, expected) => {
    expect(laneAt(bands, y)?.id).toBe(expected);
  });

  it('finds every lane of many equal lanes at its centre', () => {
    const many = laneBands(Array.from({ length: 9 }, (_, i) => lane(`l${i}`, 'custom', 100)));
    for (let i = 0; i < 9; i++) expect(laneAt(many, i * 100 + 50)?.id).toBe(`l${i}`);
  });

  it('returns undefined when there are no visible lanes', () => {
    expect(laneAt([], 0)).toBeUndefined();
    expect(laneAt(laneBands([lane('x', 'custom', 100, true)]), 0)).toBeUndefined();
  });
});

describe('stepY', () => {
  it('places a step at its lane top plus the padding, or undefined for a hidden or unknown lane', () => {
    const bands = laneBands(mixed);
    expect(stepY(bands, 'a')).toBe(STEP_TOP_PADDING);
    expect(stepY(bands, 'c')).toBe(100 + STEP_TOP_PADDING);
    expect(stepY(bands, 'b')).toBeUndefined();
    expect(stepY(bands, 'nope')).toBeUndefined();
  });
});

describe('dividingLines', () => {
  const lines = (lanes: Lane[]): DividingLine[] => dividingLines(laneBands(lanes));

  it('derives the three lines for the five standard lanes (150 high each)', () => {
    // evidence 0–150, customer 150–300, onstage 300–450, backstage 450–600, support 600–750
    expect(lines(standardLanes())).toEqual([
      { kind: 'interaction', y: 300 }, // top of onstage
      { kind: 'visibility', y: 450 }, // top of backstage
      { kind: 'internal', y: 600 }, // top of support
    ]);
  });

  it('follows the lane heights', () => {
    const lanes = standardLanes().map((l, i) => ({ ...l, height: 100 + i * 10 }));
    // 100, 110, 120, 130, 140 → onstage at 210, backstage at 330, support at 460
    expect(lines(lanes).map((l) => l.y)).toEqual([210, 330, 460]);
  });

  const table: [string, Lane[], DividingLine[]][] = [
    [
      'a custom lane at the top (time) pushes every line down and adds none',
      [lane('time', 'custom', 80), ...standardLanes()],
      [
        { kind: 'interaction', y: 380 },
        { kind: 'visibility', y: 530 },
        { kind: 'internal', y: 680 },
      ],
    ],
    [
      'a custom lane between customer and onstage belongs with the customer: interaction is below it',
      [
        lane('evidence', 'evidence', 150),
        lane('customer', 'customer', 150),
        lane('emotions', 'custom', 100),
        lane('onstage', 'onstage', 150),
        lane('backstage', 'backstage', 150),
        lane('support', 'support', 150),
      ],
      [
        { kind: 'interaction', y: 400 },
        { kind: 'visibility', y: 550 },
        { kind: 'internal', y: 700 },
      ],
    ],
    [
      'a custom lane between onstage and backstage belongs with onstage: visibility is below it',
      [
        lane('evidence', 'evidence', 150),
        lane('customer', 'customer', 150),
        lane('onstage', 'onstage', 150),
        lane('tech', 'custom', 100),
        lane('backstage', 'backstage', 150),
        lane('support', 'support', 150),
      ],
      [
        { kind: 'interaction', y: 300 },
        { kind: 'visibility', y: 550 },
        { kind: 'internal', y: 700 },
      ],
    ],
    [
      'a custom lane at the bottom (KPIs) adds no line',
      [...standardLanes(), lane('kpi', 'custom', 100)],
      [
        { kind: 'interaction', y: 300 },
        { kind: 'visibility', y: 450 },
        { kind: 'internal', y: 600 },
      ],
    ],
    [
      'onstage hidden: interaction and visibility both sit on top of backstage',
      standardLanes().map((l) => (l.kind === 'onstage' ? { ...l, hidden: true } : l)),
      [
        { kind: 'interaction', y: 300 },
        { kind: 'visibility', y: 300 },
        { kind: 'internal', y: 450 },
      ],
    ],
    [
      'support hidden: no line of internal interaction',
      standardLanes().map((l) => (l.kind === 'support' ? { ...l, hidden: true } : l)),
      [
        { kind: 'interaction', y: 300 },
        { kind: 'visibility', y: 450 },
      ],
    ],
    [
      'only customer-side lanes: no lines',
      [lane('e', 'evidence', 100), lane('c', 'customer', 100)],
      [],
    ],
    ['no lanes: no lines', [], []],
  ];
  it.each(table)('%s', (_name, lanes, expected) => {
    expect(lines(lanes)).toEqual(expected);
  });
});

describe('blueprintBounds', () => {
  const lanes = standardLanes(); // 5 × 150 = 750 high
  const left0 = -BLUEPRINT_MARGIN - LANE_HEADER_WIDTH;

  it('covers the header column, all lanes and at least the minimum width when empty', () => {
    expect(blueprintBounds({ lanes, steps: [] })).toEqual({
      x: left0,
      y: 0,
      width: MIN_BLUEPRINT_WIDTH - left0,
      height: 750,
    });
  });

  it('extends left for a step at negative x', () => {
    const b = blueprintBounds({ lanes, steps: [step('s', 'customer', -300)] });
    expect(b.x).toBe(-300 - BLUEPRINT_MARGIN - LANE_HEADER_WIDTH);
    expect(b.x + b.width).toBe(MIN_BLUEPRINT_WIDTH);
  });

  it('extends right to the far edge of the rightmost step plus the margin', () => {
    const b = blueprintBounds({
      lanes,
      steps: [step('s', 'support', 5000), step('t', 'customer', 100)],
    });
    expect(b.x).toBe(left0);
    expect(b.x + b.width).toBe(5000 + STEP_WIDTH + BLUEPRINT_MARGIN);
  });

  it('includes both a step far left and one far right', () => {
    const b = blueprintBounds({
      lanes,
      steps: [step('l', 'evidence', -1000), step('r', 'backstage', 3000)],
    });
    expect(b.x).toBe(-1000 - BLUEPRINT_MARGIN - LANE_HEADER_WIDTH);
    expect(b.x + b.width).toBe(3000 + STEP_WIDTH + BLUEPRINT_MARGIN);
    expect(b.height).toBe(750);
  });

  it('ignores steps in hidden lanes and hidden lanes themselves', () => {
    const withHidden = lanes.map((l) => (l.id === 'support' ? { ...l, hidden: true } : l));
    const b = blueprintBounds({ lanes: withHidden, steps: [step('s', 'support', 9000)] });
    expect(b.x + b.width).toBe(MIN_BLUEPRINT_WIDTH);
    expect(b.height).toBe(600);
  });

  it('grows downward when a step card is taller than the space left in the last lane', () => {
    const b = blueprintBounds({ lanes, steps: [step('s', 'support', 0)] }, () => 400);
    expect(b.height).toBe(600 + STEP_TOP_PADDING + 400);
  });
});
