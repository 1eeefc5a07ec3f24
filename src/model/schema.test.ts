import { describe, expect, it } from 'vitest';
import {
  blueprintSchema,
  checkShape,
  formatPath,
  validateReferences,
  type ValidationError,
} from './schema';
import { newBlueprint } from './newBlueprint';
import { LANE_KINDS, type Blueprint } from './types';

/** A small valid document as plain JSON: five standard lanes, four steps, two flows. */
function validDoc(): Record<string, unknown> & {
  lanes: Record<string, unknown>[];
  steps: Record<string, unknown>[];
  flows: Record<string, unknown>[];
} {
  return {
    format: 'service-blueprint',
    version: 1,
    title: 'Coffee order',
    meta: {
      service: 'Coffee',
      customerSegment: 'Commuters',
      scenario: 'Morning rush',
      locale: 'en',
    },
    lanes: [
      { id: 'evidence', kind: 'evidence', label: 'Physical evidence', height: 150 },
      { id: 'customer', kind: 'customer', label: 'Customer actions', height: 150 },
      { id: 'onstage', kind: 'onstage', label: 'Onstage', height: 150 },
      { id: 'backstage', kind: 'backstage', label: 'Backstage', height: 150 },
      { id: 'support', kind: 'support', label: 'Support', height: 150 },
    ],
    steps: [
      { id: 's0', lane: 'evidence', x: 0, label: 'Menu board', description: '' },
      { id: 's1', lane: 'customer', x: 0, label: 'Order', description: '' },
      { id: 's2', lane: 'onstage', x: 0, label: 'Take order', description: '' },
      { id: 's3', lane: 'backstage', x: 240, label: 'Make coffee', description: '' },
    ],
    flows: [
      { id: 'f1', from: 's1', to: 's2', label: '', twoWay: true },
      { id: 'f2', from: 's2', to: 's3', label: '', twoWay: false },
    ],
    view: { x: 0, y: 0, zoom: 1 },
  };
}

type Doc = ReturnType<typeof validDoc>;

function shapeErrors(doc: unknown): ValidationError[] {
  const result = checkShape(doc);
  return result.ok ? [] : result.errors;
}

function parsed(doc: unknown): Blueprint {
  const result = checkShape(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('formatPath', () => {
  const cases: [PropertyKey[], string][] = [
    [[], ''],
    [['title'], 'title'],
    [['steps', 3, 'lane'], 'steps[3].lane'],
    [['steps', 0, 'failPoint', 'probability'], 'steps[0].failPoint.probability'],
    [['lanes', 2], 'lanes[2]'],
  ];
  it.each(cases)('%j → "%s"', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('checkShape: valid documents', () => {
  it('accepts the fixture and newBlueprint()', () => {
    expect(checkShape(validDoc()).ok).toBe(true);
    expect(checkShape(newBlueprint()).ok).toBe(true);
  });

  it('accepts every lane kind', () => {
    for (const kind of LANE_KINDS) {
      const doc = validDoc();
      doc.lanes[0]!.kind = kind;
      expect(shapeErrors(doc), kind).toEqual([]);
    }
  });

  const boundaries: [string, (d: Doc) => void][] = [
    ['lane height 80', (d) => (d.lanes[0]!.height = 80)],
    ['lane height 1200', (d) => (d.lanes[0]!.height = 1200)],
    ['probability 0', (d) => (d.steps[1]!.failPoint = { probability: 0, costPerFailure: 0 })],
    ['probability 1', (d) => (d.steps[1]!.failPoint = { probability: 1, costPerFailure: 0 })],
    ['duration 0', (d) => (d.steps[1]!.durationMin = 0)],
    ['wait 0/0', (d) => (d.steps[1]!.wait = { expectedMin: 0, toleranceMin: 0 })],
    ['negative x', (d) => (d.steps[1]!.x = -480)],
    ['zoom 0.05', (d) => (d.view = { x: 0, y: 0, zoom: 0.05 })],
    ['zoom 8', (d) => (d.view = { x: -100, y: 20, zoom: 8 })],
    ['hidden lane', (d) => (d.lanes[4]!.hidden = true)],
    ['no steps or flows', (d) => ((d.steps = []), (d.flows = []))],
    ['empty labels', (d) => ((d.title = ''), (d.steps[0]!.label = ''), (d.lanes[0]!.label = ''))],
  ];
  it.each(boundaries)('accepts %s', (_name, edit) => {
    const doc = validDoc();
    edit(doc);
    expect(shapeErrors(doc)).toEqual([]);
  });
});

describe('checkShape: invalid documents (exact path and message)', () => {
  const cases: [string, (d: Doc) => void, ValidationError[]][] = [
    [
      'wrong format',
      (d) => (d.format = 'bpmn'),
      [{ path: 'format', message: 'expected "service-blueprint"' }],
    ],
    ['other version', (d) => (d.version = 2), [{ path: 'version', message: 'expected 1' }]],
    [
      'unknown lane kind',
      (d) => (d.lanes[1]!.kind = 'staff'),
      [
        {
          path: 'lanes[1].kind',
          message:
            'Invalid option: expected one of "evidence"|"customer"|"onstage"|"backstage"|"support"|"custom"',
        },
      ],
    ],
    [
      'lane height below 80',
      (d) => (d.lanes[2]!.height = 79),
      [{ path: 'lanes[2].height', message: 'Too small: expected number to be >=80' }],
    ],
    [
      'lane height above 1200',
      (d) => (d.lanes[2]!.height = 1201),
      [{ path: 'lanes[2].height', message: 'Too big: expected number to be <=1200' }],
    ],
    [
      'empty lane id',
      (d) => (d.lanes[0]!.id = ''),
      [{ path: 'lanes[0].id', message: 'Too small: expected string to have >=1 characters' }],
    ],
    [
      'hidden not a boolean',
      (d) => (d.lanes[0]!.hidden = 'yes'),
      [{ path: 'lanes[0].hidden', message: 'expected boolean, received string' }],
    ],
    [
      'negative duration',
      (d) => (d.steps[2]!.durationMin = -5),
      [{ path: 'steps[2].durationMin', message: 'Too small: expected number to be >=0' }],
    ],
    [
      'probability above 1',
      (d) => (d.steps[1]!.failPoint = { probability: 1.5, costPerFailure: 10 }),
      [{ path: 'steps[1].failPoint.probability', message: 'Too big: expected number to be <=1' }],
    ],
    [
      'negative probability',
      (d) => (d.steps[1]!.failPoint = { probability: -0.1, costPerFailure: 10 }),
      [{ path: 'steps[1].failPoint.probability', message: 'Too small: expected number to be >=0' }],
    ],
    [
      'negative cost per failure',
      (d) => (d.steps[1]!.failPoint = { probability: 0.1, costPerFailure: -1 }),
      [
        {
          path: 'steps[1].failPoint.costPerFailure',
          message: 'Too small: expected number to be >=0',
        },
      ],
    ],
    [
      'fail point without probability',
      (d) => (d.steps[1]!.failPoint = { costPerFailure: 1 }),
      [{ path: 'steps[1].failPoint.probability', message: 'is missing' }],
    ],
    [
      'negative expected wait',
      (d) => (d.steps[1]!.wait = { expectedMin: -1, toleranceMin: 5 }),
      [{ path: 'steps[1].wait.expectedMin', message: 'Too small: expected number to be >=0' }],
    ],
    [
      'wait without tolerance',
      (d) => (d.steps[1]!.wait = { expectedMin: 5 }),
      [{ path: 'steps[1].wait.toleranceMin', message: 'is missing' }],
    ],
    [
      'step label a number',
      (d) => (d.steps[3]!.label = 42),
      [{ path: 'steps[3].label', message: 'expected string, received number' }],
    ],
    [
      'title a number',
      (d) => (d.title = 7),
      [{ path: 'title', message: 'expected string, received number' }],
    ],
    [
      'x a string',
      (d) => (d.steps[0]!.x = '10'),
      [{ path: 'steps[0].x', message: 'expected number, received string' }],
    ],
    [
      'step without x',
      (d) => delete d.steps[0]!.x,
      [{ path: 'steps[0].x', message: 'is missing' }],
    ],
    [
      'twoWay a string',
      (d) => (d.flows[0]!.twoWay = 'true'),
      [{ path: 'flows[0].twoWay', message: 'expected boolean, received string' }],
    ],
    [
      'missing lanes',
      (d) => delete (d as Partial<Doc>).lanes,
      [{ path: 'lanes', message: 'is missing' }],
    ],
    [
      'empty lanes array',
      (d) => (d.lanes = []),
      [{ path: 'lanes', message: 'Too small: expected array to have >=1 items' }],
    ],
    [
      'lanes not an array',
      (d) => ((d as Record<string, unknown>).lanes = {}),
      [{ path: 'lanes', message: 'expected array, received object' }],
    ],
    [
      'missing steps',
      (d) => delete (d as Partial<Doc>).steps,
      [{ path: 'steps', message: 'is missing' }],
    ],
    [
      'missing flows',
      (d) => delete (d as Partial<Doc>).flows,
      [{ path: 'flows', message: 'is missing' }],
    ],
    [
      'zoom out of range',
      (d) => (d.view = { x: 0, y: 0, zoom: 0 }),
      [{ path: 'view.zoom', message: 'Too small: expected number to be >=0.05' }],
    ],
    [
      'meta field a number',
      (d) => (d.meta = { locale: 5 }),
      [{ path: 'meta.locale', message: 'expected string, received number' }],
    ],
  ];
  it.each(cases)('%s', (_name, edit, expected) => {
    const doc = validDoc();
    edit(doc);
    expect(shapeErrors(doc)).toEqual(expected);
  });

  it('reports every problem, not just the first', () => {
    const doc = validDoc();
    doc.steps[0]!.label = 1;
    doc.steps[2]!.durationMin = -1;
    doc.lanes[4]!.height = 10;
    expect(shapeErrors(doc).map((e) => e.path)).toEqual([
      'lanes[4].height',
      'steps[0].label',
      'steps[2].durationMin',
    ]);
  });
});

describe('checkShape: defaults', () => {
  it('fills in a missing title, meta and view', () => {
    const doc = validDoc();
    delete doc.title;
    delete doc.meta;
    delete doc.view;
    const value = parsed(doc);
    expect(value.title).toBe('Untitled blueprint');
    expect(value.meta).toEqual({ service: '', customerSegment: '', scenario: '', locale: 'en' });
    expect(value.view).toEqual({ x: 0, y: 0, zoom: 1 });
  });

  it('fills in missing meta fields one by one', () => {
    const doc = validDoc();
    doc.meta = { service: 'Hotel' };
    expect(parsed(doc).meta).toEqual({
      service: 'Hotel',
      customerSegment: '',
      scenario: '',
      locale: 'en',
    });
  });

  it('fills in a missing step description', () => {
    const doc = validDoc();
    delete doc.steps[1]!.description;
    expect(parsed(doc).steps[1]!.description).toBe('');
  });

  it('fills in a missing flow label and twoWay', () => {
    const doc = validDoc();
    doc.flows[1] = { id: 'f2', from: 's2', to: 's3' };
    expect(parsed(doc).flows[1]).toEqual({
      id: 'f2',
      from: 's2',
      to: 's3',
      label: '',
      twoWay: false,
    });
  });

  it('fills in the text fields of a fail point', () => {
    const doc = validDoc();
    doc.steps[1]!.failPoint = { probability: 0.2, costPerFailure: 5 };
    expect(parsed(doc).steps[1]!.failPoint).toEqual({
      risk: '',
      probability: 0.2,
      costPerFailure: 5,
      recovery: '',
      owner: '',
    });
  });

  it('leaves optional fields absent rather than inventing them', () => {
    const step = parsed(validDoc()).steps[1]!;
    expect('durationMin' in step).toBe(false);
    expect('failPoint' in step).toBe(false);
    expect('wait' in step).toBe(false);
    expect('hidden' in parsed(validDoc()).lanes[0]!).toBe(false);
  });

  it('keeps given values instead of defaults', () => {
    const value = parsed(validDoc());
    expect(value.title).toBe('Coffee order');
    expect(value.flows[0]!.twoWay).toBe(true);
    expect(value.meta.scenario).toBe('Morning rush');
  });
});

describe('checkShape: unknown fields are kept', () => {
  it('at the top level, on lanes, steps, flows, meta, view, fail points and waits', () => {
    const doc = validDoc();
    doc.analysis = { customersPerPeriod: 1000 };
    doc.lanes[0]!.color = '#ffcc00';
    doc.steps[1]!.tags = ['peak'];
    doc.steps[1]!.failPoint = { probability: 0.1, costPerFailure: 1, gap: 'delivery' };
    doc.steps[1]!.wait = { expectedMin: 1, toleranceMin: 2, note: 'queue' };
    doc.flows[0]!.style = 'dashed';
    doc.meta = { service: 'x', currency: 'EUR' };
    doc.view = { x: 0, y: 0, zoom: 1, grid: true };
    const value = parsed(doc) as unknown as Record<string, unknown> &
      Doc & { meta: object; view: object };
    expect(value.analysis).toEqual({ customersPerPeriod: 1000 });
    expect(value.lanes[0]!.color).toBe('#ffcc00');
    expect(value.steps[1]!.tags).toEqual(['peak']);
    expect(value.steps[1]!.failPoint).toMatchObject({ gap: 'delivery' });
    expect(value.steps[1]!.wait).toMatchObject({ note: 'queue' });
    expect(value.flows[0]!.style).toBe('dashed');
    expect(value.meta).toMatchObject({ currency: 'EUR' });
    expect(value.view).toMatchObject({ grid: true });
  });

  it('is what blueprintSchema itself does (loose objects)', () => {
    const result = blueprintSchema.safeParse({ ...validDoc(), extra: 1 });
    expect(result.success && (result.data as Record<string, unknown>).extra).toBe(1);
  });
});

describe('validateReferences', () => {
  const refErrors = (edit: (d: Doc) => void): ValidationError[] => {
    const doc = validDoc();
    edit(doc);
    return validateReferences(parsed(doc));
  };

  it('finds nothing wrong in a consistent document', () => {
    expect(refErrors(() => {})).toEqual([]);
  });

  const cases: [string, (d: Doc) => void, ValidationError[]][] = [
    [
      'step in unknown lane',
      (d) => (d.steps[3]!.lane = 'xyz'),
      [{ path: 'steps[3].lane', message: 'no lane "xyz"' }],
    ],
    [
      'step in a lane id that differs only in case',
      (d) => (d.steps[0]!.lane = 'Evidence'),
      [{ path: 'steps[0].lane', message: 'no lane "Evidence"' }],
    ],
    [
      'duplicate lane id',
      (d) => (d.lanes[4]!.id = 'backstage'),
      [{ path: 'lanes[4].id', message: 'duplicate id "backstage"' }],
    ],
    [
      'duplicate step id',
      (d) => (d.steps[3]!.id = 's1'),
      // s3 no longer exists, so the flow into it dangles too
      [
        { path: 'steps[3].id', message: 'duplicate id "s1"' },
        { path: 'flows[1].to', message: 'no step "s3"' },
      ],
    ],
    [
      'duplicate flow id',
      (d) => d.flows.push({ id: 'f1', from: 's0', to: 's1', label: '', twoWay: false }),
      [{ path: 'flows[2].id', message: 'duplicate id "f1"' }],
    ],
    [
      'flow from a missing step',
      (d) => (d.flows[0]!.from = 'ghost'),
      [{ path: 'flows[0].from', message: 'no step "ghost"' }],
    ],
    [
      'flow to a missing step',
      (d) => (d.flows[1]!.to = 'ghost'),
      [{ path: 'flows[1].to', message: 'no step "ghost"' }],
    ],
    [
      'self-loop flow',
      (d) => (d.flows[1]!.to = 's2'),
      [{ path: 'flows[1].to', message: 'a flow cannot join a step to itself' }],
    ],
    [
      'several problems, in document order',
      (d) => {
        d.lanes[1]!.id = 'evidence';
        d.flows[0]!.from = 'nope';
      },
      [
        { path: 'lanes[1].id', message: 'duplicate id "evidence"' },
        { path: 'steps[1].lane', message: 'no lane "customer"' },
        { path: 'flows[0].from', message: 'no step "nope"' },
      ],
    ],
  ];
  it.each(cases)('%s', (_name, edit, expected) => {
    expect(refErrors(edit)).toEqual(expected);
  });
});
