import { describe, expect, it } from 'vitest';
import { blueprintSchema, validateReferences, type ValidationError } from './schema';
import { parsed, validDoc, type Doc } from './testing/schemaDocs';

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
