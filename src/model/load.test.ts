import { describe, expect, it } from 'vitest';
import { describeErrors, loadBlueprint, loadBlueprintText } from './load';
import { newBlueprint } from './newBlueprint';

import { described, edited, errorsOf, v1Doc, validDoc, type JsonDoc } from './testing/loadDocs';

describe('loadBlueprint: valid', () => {
  it('accepts a valid document and returns it parsed', () => {
    const result = loadBlueprint(validDoc());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.title).toBe('Bank counter visit');
    expect(result.value.steps.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(result.value.steps[1]!.wait).toEqual({ expectedMin: 8, toleranceMin: 10 });
    expect(result.value.economics.currency).toBe('CNY');
    expect(result.value.improvements.map((i) => i.addresses)).toEqual([['b']]);
    expect(result.value.guide).toEqual({ step: 3, done: [1, 2] });
  });

  it('returns a valid version-2 document unchanged through a text round trip', () => {
    const result = loadBlueprintText(JSON.stringify(validDoc()));
    expect(result).toEqual({ ok: true, value: validDoc() });
  });

  it('accepts a new blank blueprint and survives a JSON round trip', () => {
    const doc = newBlueprint('Fresh');
    const result = loadBlueprintText(JSON.stringify(doc));
    expect(result).toEqual({ ok: true, value: doc });
  });

  it('applies defaults (description, meta, view, flow label and twoWay, economics, improvements, guide)', () => {
    const doc = edited((d) => {
      delete d.meta;
      delete d.view;
      delete d.steps[0]!.description;
      d.flows[0] = { id: 'f1', from: 'a', to: 'b' };
      delete d.economics;
      delete d.improvements;
      delete d.guide;
      delete d.versions;
    });
    const result = loadBlueprint(doc);
    if (!result.ok) throw new Error(describeErrors(result.errors));
    expect(result.value.meta).toEqual({
      service: '',
      customerSegment: '',
      scenario: '',
      scenarioStart: '',
      scenarioEnd: '',
      locale: 'en',
    });
    expect(result.value.economics).toEqual({ currency: 'USD' });
    expect(result.value.improvements).toEqual([]);
    expect(result.value.guide).toEqual({ step: 1, done: [] });
    expect(result.value.versions).toEqual([]);
    expect(result.value.view).toEqual({ x: 0, y: 0, zoom: 1 });
    expect(result.value.steps[0]!.description).toBe('');
    expect(result.value.flows[0]).toEqual({
      id: 'f1',
      from: 'a',
      to: 'b',
      label: '',
      twoWay: false,
    });
  });

  it('keeps unknown fields at the top level, on steps, lanes, economics, improvements and the guide through a text round trip', () => {
    const doc = edited((d) => {
      d['x-reviews'] = [{ by: 'Li', ok: true }];
      d.steps[2]!.color = 'red';
      d.lanes[1]!.collapsed = true;
      (d.economics as Record<string, unknown>).source = 'branch report 2025';
      (d.improvements as Record<string, unknown>[])[0]!.vendor = 'Qmatic';
      (d.guide as Record<string, unknown>).lastVisited = '2026-01-02';
    });
    const result = loadBlueprintText(JSON.stringify(doc));
    if (!result.ok) throw new Error(describeErrors(result.errors));
    const back = JSON.parse(JSON.stringify(result.value)) as JsonDoc;
    expect(back['x-reviews']).toEqual([{ by: 'Li', ok: true }]);
    expect(back.steps[2]!.color).toBe('red');
    expect(back.lanes[1]!.collapsed).toBe(true);
    expect(back.economics).toMatchObject({ source: 'branch report 2025' });
    expect(back.improvements).toMatchObject([{ id: 'i1', vendor: 'Qmatic' }]);
    expect(back.guide).toMatchObject({ lastVisited: '2026-01-02' });
  });
});

describe('loadBlueprint: version-1 files are upgraded', () => {
  it('opens a version-1 file as the same blueprint with the version-2 parts empty', () => {
    const result = loadBlueprint(v1Doc());
    if (!result.ok) throw new Error(describeErrors(result.errors));
    const v1 = v1Doc();
    expect(result.value).toEqual({
      ...v1,
      version: 4,
      meta: { ...(v1.meta as object), scenarioStart: '', scenarioEnd: '' },
      economics: { currency: 'USD' },
      improvements: [],
      comments: [],
      personas: [],
      versions: [],
      guide: { step: 1, done: [] },
    });
  });

  it('keeps the unknown fields of a version-1 file', () => {
    const v1 = v1Doc();
    v1['x-notes'] = 'from the workshop';
    v1.steps[0]!.tags = ['entry'];
    const result = loadBlueprintText(JSON.stringify(v1));
    if (!result.ok) throw new Error(describeErrors(result.errors));
    const back = JSON.parse(JSON.stringify(result.value)) as JsonDoc;
    expect(back['x-notes']).toBe('from the workshop');
    expect(back.steps[0]!.tags).toEqual(['entry']);
  });

  it('still reports what is wrong in a version-1 file, at the same path', () => {
    const broken = v1Doc();
    broken.lanes[0]!.kind = 'robots';
    expect(described(broken)).toBe(
      'lanes[0].kind: Invalid option: expected one of "evidence"|"customer"|"onstage"|"backstage"|"support"|"emotion"|"custom"',
    );
    const dangling = v1Doc();
    dangling.flows[0]!.to = 'zz';
    expect(described(dangling)).toBe('flows[0].to: no step "zz"');
  });

  it('reports a version-1 meta that is not an object instead of replacing it', () => {
    expect(described({ ...v1Doc(), meta: 'Bank' })).toBe('meta: expected object, received string');
  });
});

describe('loadBlueprintText: before the schema', () => {
  it('reports text that is not JSON, with the parser detail', () => {
    const result = loadBlueprintText('{ "format": "service-blueprint", ');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.path).toBe('');
    expect(result.errors[0]!.message).toMatch(/^not JSON \(.+\)$/);
    expect(describeErrors(result.errors)).toBe(result.errors[0]!.message);
  });

  it.each([[''], ['hello'], ["{'single': 'quotes'}"]])('reports %j as not JSON', (text) => {
    const result = loadBlueprintText(text);
    expect(result.ok ? 'ok' : describeErrors(result.errors)).toMatch(/^not JSON \(/);
  });
});

describe('loadBlueprint: invalid documents, as the user reads them (describeErrors)', () => {
  const notObject = 'not a service blueprint: expected a JSON object';
  const cases: [string, unknown, string][] = [
    ['null', null, notObject],
    ['an array', [validDoc()], notObject],
    ['a string', 'service-blueprint', notObject],
    ['a number', 1, notObject],
    [
      'wrong format',
      { ...validDoc(), format: 'bpmn' },
      'format: not a service blueprint: expected "service-blueprint"',
    ],
    [
      'missing format',
      edited((d) => delete d.format),
      'format: not a service blueprint: expected "service-blueprint"',
    ],
    [
      'newer version 99',
      { ...validDoc(), version: 99 },
      'version: this file is format version 99, made by a newer Service Blueprint Studio; this editor reads versions up to 4',
    ],
    [
      'the next version, 5',
      { ...validDoc(), version: 5 },
      'version: this file is format version 5, made by a newer Service Blueprint Studio; this editor reads versions up to 4',
    ],
    ['version 0', { ...validDoc(), version: 0 }, 'version: must be a whole number from 1 up'],
    [
      'version missing',
      edited((d) => delete d.version),
      'version: must be a whole number from 1 up',
    ],
    [
      'version a string',
      { ...validDoc(), version: '1' },
      'version: must be a whole number from 1 up',
    ],
    ['version 1.5', { ...validDoc(), version: 1.5 }, 'version: must be a whole number from 1 up'],
    [
      'unknown lane kind',
      edited((d) => (d.lanes[0]!.kind = 'robots')),
      'lanes[0].kind: Invalid option: expected one of "evidence"|"customer"|"onstage"|"backstage"|"support"|"emotion"|"custom"',
    ],
    [
      'step in unknown lane',
      edited((d) => (d.steps[3]!.lane = 'xyz')),
      'steps[3].lane: no lane "xyz"',
    ],
    [
      'duplicate lane id',
      edited((d) => (d.lanes[2]!.id = 'onstage')),
      'lanes[2].id: duplicate id "onstage"; steps[3].lane: no lane "support"',
    ],
    ['duplicate flow id', edited((d) => (d.flows[1]!.id = 'f1')), 'flows[1].id: duplicate id "f1"'],
    ['flow to a missing step', edited((d) => (d.flows[0]!.to = 'zz')), 'flows[0].to: no step "zz"'],
    [
      'flow from a missing step',
      edited((d) => (d.flows[1]!.from = 'zz')),
      'flows[1].from: no step "zz"',
    ],
    [
      'self-loop flow',
      edited((d) => (d.flows[0]!.to = 'a')),
      'flows[0].to: a flow cannot join a step to itself',
    ],
    [
      'negative duration',
      edited((d) => (d.steps[3]!.durationMin = -1)),
      'steps[3].durationMin: Too small: expected number to be >=0',
    ],
    [
      'probability > 1',
      edited((d) => (d.steps[2]!.failPoint = { risk: 'x', probability: 1.01, costPerFailure: 0 })),
      'steps[2].failPoint.probability: Too big: expected number to be <=1',
    ],
    [
      'label a number',
      edited((d) => (d.steps[0]!.label = 12)),
      'steps[0].label: expected string, received number',
    ],
    [
      'lane label null',
      edited((d) => (d.lanes[0]!.label = null)),
      'lanes[0].label: expected string, received null',
    ],
    ['missing lanes', edited((d) => delete (d as Partial<JsonDoc>).lanes), 'lanes: is missing'],
    [
      'empty lanes array',
      edited((d) => (d.lanes = [])),
      'lanes: Too small: expected array to have >=1 items',
    ],
    [
      'lane too short',
      edited((d) => (d.lanes[2]!.height = 50)),
      'lanes[2].height: Too small: expected number to be >=80',
    ],
    [
      'bad economics currency',
      edited((d) => (d.economics = { currency: 'yuan' })),
      'economics.currency: must be a three-letter currency code such as "USD"',
    ],
    [
      'improvement addressing a missing step',
      edited((d) => ((d.improvements as Record<string, unknown>[])[0]!.addresses = ['b', 'x'])),
      'improvements[0].addresses[1]: no step "x"',
    ],
    [
      'duplicate improvement id',
      edited((d) => (d.improvements as Record<string, unknown>[]).push({ id: 'i1' })),
      'improvements[1].id: duplicate id "i1"',
    ],
    [
      'guide step 7',
      edited((d) => (d.guide = { step: 7, done: [] })),
      'guide.step: must be a guide step: 1, 2, 3, 4, 5 or 6',
    ],
    [
      'lostShare 1.5',
      edited((d) => ((d.steps[2]!.failPoint as Record<string, unknown>).lostShare = 1.5)),
      'steps[2].failPoint.lostShare: Too big: expected number to be <=1',
    ],
    [
      'duplicate step id (the flow and the improvement to the hidden step dangle)',
      edited((d) => (d.steps[1]!.id = 'a')),
      'steps[1].id: duplicate id "a"; flows[0].to: no step "b"; improvements[0].addresses[0]: no step "b"',
    ],
  ];
  it.each(cases)('%s', (_name, raw, expected) => {
    expect(described(raw)).toBe(expected);
  });

  it('does not check references when the shape is wrong (shape errors only)', () => {
    const doc = edited((d) => {
      d.steps[0]!.label = 3;
      d.steps[1]!.lane = 'xyz';
    });
    expect(errorsOf(doc)).toEqual([
      { path: 'steps[0].label', message: 'expected string, received number' },
    ]);
  });

  it('caps the list at 20 errors', () => {
    const doc = edited((d) => {
      d.steps = Array.from({ length: 30 }, (_, i) => ({
        id: `s${i}`,
        lane: 'nowhere',
        x: i,
        label: '',
      }));
      d.flows = [];
    });
    const errors = errorsOf(doc);
    expect(errors).toHaveLength(20);
    expect(errors[0]).toEqual({ path: 'steps[0].lane', message: 'no lane "nowhere"' });
    expect(errors[19]).toEqual({ path: 'steps[19].lane', message: 'no lane "nowhere"' });
  });

  it('never throws, whatever it is given', () => {
    const weird: unknown[] = [
      undefined,
      Symbol('x'),
      () => 1,
      new Date(0),
      { lanes: null },
      Object.create(null),
    ];
    for (const raw of weird) expect(() => loadBlueprint(raw)).not.toThrow();
  });
});

describe('describeErrors', () => {
  it('joins "path: message" with "; " and leaves out empty paths', () => {
    expect(
      describeErrors([
        { path: '', message: 'whole document' },
        { path: 'steps[3].lane', message: 'no lane "xyz"' },
        { path: 'title', message: 'is missing' },
      ]),
    ).toBe('whole document; steps[3].lane: no lane "xyz"; title: is missing');
  });

  it('is empty for no errors', () => {
    expect(describeErrors([])).toBe('');
  });
});
