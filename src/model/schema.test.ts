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

/**
 * A small valid version-2 document as plain JSON: five standard lanes, four steps (one fail
 * point), two flows, economics, one improvement and guide progress.
 */
function validDoc(): Record<string, unknown> & {
  lanes: Record<string, unknown>[];
  steps: Record<string, unknown>[];
  flows: Record<string, unknown>[];
  improvements: Record<string, unknown>[];
} {
  return {
    format: 'service-blueprint',
    version: 2,
    title: 'Coffee order',
    meta: {
      service: 'Coffee',
      customerSegment: 'Commuters',
      scenario: 'Morning rush',
      scenarioStart: 'Joins the queue',
      scenarioEnd: 'Leaves with a drink',
      toleranceMin: 10,
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
      {
        id: 's3',
        lane: 'backstage',
        x: 240,
        label: 'Make coffee',
        description: '',
        failPoint: {
          risk: 'Wrong drink',
          probability: 0.03,
          costPerFailure: 4,
          recovery: 'Remake',
          owner: 'Shift lead',
          lostShare: 0.1,
        },
      },
    ],
    flows: [
      { id: 'f1', from: 's1', to: 's2', label: '', twoWay: true },
      { id: 'f2', from: 's2', to: 's3', label: '', twoWay: false },
    ],
    view: { x: 0, y: 0, zoom: 1 },
    economics: {
      customersPerMonth: 3000,
      spendPerVisit: 4.5,
      visitsPerYear: 150,
      yearsRetained: 2,
      currency: 'EUR',
    },
    improvements: [
      {
        id: 'i1',
        title: 'Order screen at the bar',
        addresses: ['s3'],
        oneOffCost: 1200,
        runningCostPerMonth: 20,
        newProbability: 0.01,
        status: 'planned',
      },
    ],
    guide: { step: 5, done: [1, 2, 3, 4] },
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
    [
      'lostShare 0',
      (d) => (d.steps[1]!.failPoint = { probability: 0.1, costPerFailure: 1, lostShare: 0 }),
    ],
    [
      'lostShare 1',
      (d) => (d.steps[1]!.failPoint = { probability: 0.1, costPerFailure: 1, lostShare: 1 }),
    ],
    ['selfService true', (d) => (d.steps[1]!.selfService = true)],
    ['selfService false', (d) => (d.steps[1]!.selfService = false)],
    ['overall tolerance 0', (d) => ((d.meta as Record<string, unknown>).toleranceMin = 0)],
    ['economics with only a currency', (d) => (d.economics = { currency: 'CNY' })],
    [
      'economics numbers 0',
      (d) =>
        (d.economics = {
          customersPerMonth: 0,
          spendPerVisit: 0,
          visitsPerYear: 0,
          yearsRetained: 0,
          currency: 'USD',
        }),
    ],
    ['no improvements', (d) => (d.improvements = [])],
    ['an improvement that addresses nothing yet', (d) => (d.improvements[0]!.addresses = [])],
    [
      'new probability 0 and new wait 0',
      (d) => Object.assign(d.improvements[0]!, { newProbability: 0, newWaitMin: 0 }),
    ],
    ['improvement status idea', (d) => (d.improvements[0]!.status = 'idea')],
    ['improvement status done', (d) => (d.improvements[0]!.status = 'done')],
    ['guide step 1, nothing done', (d) => (d.guide = { step: 1, done: [] })],
    ['guide step 6, all done', (d) => (d.guide = { step: 6, done: [1, 2, 3, 4, 5, 6] })],
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
    ['a newer version', (d) => (d.version = 3), [{ path: 'version', message: 'expected 2' }]],
    [
      // checkShape sees current documents only; loadBlueprint migrates version 1 first.
      'version 1 (not migrated here)',
      (d) => (d.version = 1),
      [{ path: 'version', message: 'expected 2' }],
    ],
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
    [
      'scenario start a number',
      (d) => ((d.meta as Record<string, unknown>).scenarioStart = 1),
      [{ path: 'meta.scenarioStart', message: 'expected string, received number' }],
    ],
    [
      'negative overall tolerance',
      (d) => ((d.meta as Record<string, unknown>).toleranceMin = -1),
      [{ path: 'meta.toleranceMin', message: 'Too small: expected number to be >=0' }],
    ],
    [
      'selfService a string',
      (d) => (d.steps[1]!.selfService = 'yes'),
      [{ path: 'steps[1].selfService', message: 'expected boolean, received string' }],
    ],
    [
      'lostShare above 1',
      (d) => (d.steps[1]!.failPoint = { probability: 0.1, costPerFailure: 1, lostShare: 1.5 }),
      [{ path: 'steps[1].failPoint.lostShare', message: 'Too big: expected number to be <=1' }],
    ],
    [
      'negative lostShare',
      (d) => (d.steps[1]!.failPoint = { probability: 0.1, costPerFailure: 1, lostShare: -0.2 }),
      [{ path: 'steps[1].failPoint.lostShare', message: 'Too small: expected number to be >=0' }],
    ],
    [
      'economics not an object',
      (d) => (d.economics = null),
      [{ path: 'economics', message: 'expected object, received null' }],
    ],
    [
      'lower-case currency',
      (d) => (d.economics = { currency: 'usd' }),
      [
        {
          path: 'economics.currency',
          message: 'must be a three-letter currency code such as "USD"',
        },
      ],
    ],
    [
      'currency symbol instead of a code',
      (d) => (d.economics = { currency: '$' }),
      [
        {
          path: 'economics.currency',
          message: 'must be a three-letter currency code such as "USD"',
        },
      ],
    ],
    [
      'negative customers per month',
      (d) => (d.economics = { customersPerMonth: -5, currency: 'USD' }),
      [{ path: 'economics.customersPerMonth', message: 'Too small: expected number to be >=0' }],
    ],
    [
      'spend per visit a string',
      (d) => (d.economics = { spendPerVisit: '12', currency: 'USD' }),
      [{ path: 'economics.spendPerVisit', message: 'expected number, received string' }],
    ],
    [
      'improvements not an array',
      (d) => ((d as Record<string, unknown>).improvements = {}),
      [{ path: 'improvements', message: 'expected array, received object' }],
    ],
    [
      'improvement without id',
      (d) => delete d.improvements[0]!.id,
      [{ path: 'improvements[0].id', message: 'is missing' }],
    ],
    [
      'improvement addressing an empty id',
      (d) => (d.improvements[0]!.addresses = ['s3', '']),
      [
        {
          path: 'improvements[0].addresses[1]',
          message: 'Too small: expected string to have >=1 characters',
        },
      ],
    ],
    [
      'negative one-off cost',
      (d) => (d.improvements[0]!.oneOffCost = -1),
      [{ path: 'improvements[0].oneOffCost', message: 'Too small: expected number to be >=0' }],
    ],
    [
      'negative running cost',
      (d) => (d.improvements[0]!.runningCostPerMonth = -1),
      [
        {
          path: 'improvements[0].runningCostPerMonth',
          message: 'Too small: expected number to be >=0',
        },
      ],
    ],
    [
      'new probability above 1',
      (d) => (d.improvements[0]!.newProbability = 2),
      [{ path: 'improvements[0].newProbability', message: 'Too big: expected number to be <=1' }],
    ],
    [
      'negative new wait',
      (d) => (d.improvements[0]!.newWaitMin = -3),
      [{ path: 'improvements[0].newWaitMin', message: 'Too small: expected number to be >=0' }],
    ],
    [
      'unknown improvement status',
      (d) => (d.improvements[0]!.status = 'maybe'),
      [
        {
          path: 'improvements[0].status',
          message: 'Invalid option: expected one of "idea"|"planned"|"done"',
        },
      ],
    ],
    [
      'guide step 7',
      (d) => (d.guide = { step: 7, done: [] }),
      [{ path: 'guide.step', message: 'must be a guide step: 1, 2, 3, 4, 5 or 6' }],
    ],
    [
      'guide step 0',
      (d) => (d.guide = { step: 0, done: [] }),
      [{ path: 'guide.step', message: 'must be a guide step: 1, 2, 3, 4, 5 or 6' }],
    ],
    [
      'guide step a string',
      (d) => (d.guide = { step: '2', done: [] }),
      [{ path: 'guide.step', message: 'must be a guide step: 1, 2, 3, 4, 5 or 6' }],
    ],
    [
      'guide step 2.5',
      (d) => (d.guide = { step: 2.5, done: [] }),
      [{ path: 'guide.step', message: 'must be a guide step: 1, 2, 3, 4, 5 or 6' }],
    ],
    [
      'a done guide step out of range',
      (d) => (d.guide = { step: 2, done: [1, 9] }),
      [{ path: 'guide.done[1]', message: 'must be a guide step: 1, 2, 3, 4, 5 or 6' }],
    ],
    [
      'guide done not an array',
      (d) => (d.guide = { step: 2, done: 1 }),
      [{ path: 'guide.done', message: 'expected array, received number' }],
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
    expect(value.meta).toEqual({
      service: '',
      customerSegment: '',
      scenario: '',
      scenarioStart: '',
      scenarioEnd: '',
      locale: 'en',
    });
    expect(value.view).toEqual({ x: 0, y: 0, zoom: 1 });
  });

  it('fills in missing meta fields one by one, leaving the overall tolerance absent', () => {
    const doc = validDoc();
    doc.meta = { service: 'Hotel' };
    expect(parsed(doc).meta).toEqual({
      service: 'Hotel',
      customerSegment: '',
      scenario: '',
      scenarioStart: '',
      scenarioEnd: '',
      locale: 'en',
    });
  });

  it('fills in missing economics, improvements and guide with empty ones', () => {
    const doc = validDoc();
    delete doc.economics;
    delete (doc as Partial<Doc>).improvements;
    delete doc.guide;
    const value = parsed(doc);
    expect(value.economics).toEqual({ currency: 'USD' });
    expect(value.improvements).toEqual([]);
    expect(value.guide).toEqual({ step: 1, done: [] });
  });

  it('fills in a missing currency but leaves unknown numbers absent, never 0', () => {
    const doc = validDoc();
    doc.economics = { customersPerMonth: 800 };
    expect(parsed(doc).economics).toEqual({ customersPerMonth: 800, currency: 'USD' });
  });

  it('fills in the fields of an improvement that only has an id', () => {
    const doc = validDoc();
    doc.improvements = [{ id: 'i9' }];
    expect(parsed(doc).improvements).toEqual([
      {
        id: 'i9',
        title: '',
        addresses: [],
        oneOffCost: 0,
        runningCostPerMonth: 0,
        status: 'idea',
      },
    ]);
  });

  it('fills in a missing guide step or done list', () => {
    const doc = validDoc();
    doc.guide = { done: [1] };
    expect(parsed(doc).guide).toEqual({ step: 1, done: [1] });
    doc.guide = { step: 3 };
    expect(parsed(doc).guide).toEqual({ step: 3, done: [] });
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
    expect('selfService' in step).toBe(false);
    expect('hidden' in parsed(validDoc()).lanes[0]!).toBe(false);
    const doc = validDoc();
    doc.steps[1]!.failPoint = { probability: 0.1, costPerFailure: 1 };
    delete (doc.meta as Record<string, unknown>).toleranceMin;
    const value = parsed(doc);
    expect('lostShare' in value.steps[1]!.failPoint!).toBe(false);
    expect('toleranceMin' in value.meta).toBe(false);
    expect('newWaitMin' in value.improvements[0]!).toBe(false);
  });

  it('keeps given values instead of defaults', () => {
    const value = parsed(validDoc());
    expect(value.title).toBe('Coffee order');
    expect(value.flows[0]!.twoWay).toBe(true);
    expect(value.meta).toMatchObject({
      scenario: 'Morning rush',
      scenarioStart: 'Joins the queue',
      scenarioEnd: 'Leaves with a drink',
      toleranceMin: 10,
    });
    expect(value.steps[3]!.failPoint!.lostShare).toBe(0.1);
    expect(value.economics).toEqual({
      customersPerMonth: 3000,
      spendPerVisit: 4.5,
      visitsPerYear: 150,
      yearsRetained: 2,
      currency: 'EUR',
    });
    expect(value.improvements).toEqual(validDoc().improvements);
    expect(value.guide).toEqual({ step: 5, done: [1, 2, 3, 4] });
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

  it('on economics, improvements and the guide (version 2)', () => {
    const doc = validDoc();
    doc.economics = { currency: 'GBP', 'x-source': 'finance team' };
    doc.improvements[0]!.owner = 'Ops';
    doc.guide = { step: 2, done: [1], 'x-hint': 'seen' };
    const value = parsed(doc) as unknown as Record<string, Record<string, unknown>>;
    expect(value.economics).toEqual({ currency: 'GBP', 'x-source': 'finance team' });
    expect((value.improvements as unknown as Record<string, unknown>[])[0]).toMatchObject({
      owner: 'Ops',
    });
    expect(value.guide).toEqual({ step: 2, done: [1], 'x-hint': 'seen' });
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
      // s3 no longer exists, so the flow into it and the improvement addressing it dangle too
      [
        { path: 'steps[3].id', message: 'duplicate id "s1"' },
        { path: 'flows[1].to', message: 'no step "s3"' },
        { path: 'improvements[0].addresses[0]', message: 'no step "s3"' },
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
      'duplicate improvement id',
      (d) => d.improvements.push({ id: 'i1', addresses: ['s1'] }),
      [{ path: 'improvements[1].id', message: 'duplicate id "i1"' }],
    ],
    [
      'improvement addressing a missing step',
      (d) => (d.improvements[0]!.addresses = ['s3', 'x']),
      [{ path: 'improvements[0].addresses[1]', message: 'no step "x"' }],
    ],
    [
      'improvement addressing a lane id instead of a step id',
      (d) => (d.improvements[0]!.addresses = ['backstage']),
      [{ path: 'improvements[0].addresses[0]', message: 'no step "backstage"' }],
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
    [
      'several improvement problems, in document order',
      (d) => {
        d.improvements[0]!.addresses = ['ghost', 's3', 'gone'];
        d.improvements.push({ id: 'i1' }, { id: 'i2', addresses: ['s0', 'ghost'] });
      },
      [
        { path: 'improvements[0].addresses[0]', message: 'no step "ghost"' },
        { path: 'improvements[0].addresses[2]', message: 'no step "gone"' },
        { path: 'improvements[1].id', message: 'duplicate id "i1"' },
        { path: 'improvements[2].addresses[1]', message: 'no step "ghost"' },
      ],
    ],
  ];

  it('accepts an improvement that addresses a step with no fail point or wait (the guide flags it)', () => {
    expect(refErrors((d) => (d.improvements[0]!.addresses = ['s0', 's1']))).toEqual([]);
  });
  it.each(cases)('%s', (_name, edit, expected) => {
    expect(refErrors(edit)).toEqual(expected);
  });

  it('quotes at most 40 characters of an id, so one long id cannot fill the message', () => {
    const long = 'x'.repeat(39) + '😀' + 'y'.repeat(10_000_000);
    expect(refErrors((d) => (d.steps[3]!.lane = long))).toEqual([
      { path: 'steps[3].lane', message: `no lane "${'x'.repeat(39)}…"` },
    ]);
    expect(refErrors((d) => (d.flows[0]!.from = 'z'.repeat(40)))).toEqual([
      { path: 'flows[0].from', message: `no step "${'z'.repeat(40)}"` },
    ]);
  });
});
