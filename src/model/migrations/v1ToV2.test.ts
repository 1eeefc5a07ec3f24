import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeErrors, loadBlueprint, loadBlueprintText } from '../load';
import { checkShape, validateReferences, type ValidationError } from '../schema';
import { CURRENT_VERSION, type Blueprint } from '../types';
import { migrate } from './index';
import { v1ToV2 } from './v1ToV2';

type JsonObject = Record<string, unknown>;
interface JsonDoc extends JsonObject {
  meta: JsonObject;
  lanes: JsonObject[];
  steps: JsonObject[];
  flows: JsonObject[];
  view: JsonObject;
}

/** The hotel example exactly as version 1 of the editor saved it. */
const fixtureText = readFileSync(new URL('./fixtures/v1-hotel.json', import.meta.url), 'utf8');
const v1Hotel = (): JsonDoc => JSON.parse(fixtureText) as JsonDoc;

function loaded(raw: unknown): Blueprint {
  const result = loadBlueprint(raw);
  if (!result.ok) throw new Error(describeErrors(result.errors));
  return result.value;
}

function errorsOf(raw: unknown): ValidationError[] {
  const result = loadBlueprint(raw);
  return result.ok ? [] : result.errors;
}

describe('the version-1 fixture', () => {
  it('is a real version-1 document, with none of the version-2 parts', () => {
    const doc = v1Hotel();
    expect(doc.format).toBe('service-blueprint');
    expect(doc.version).toBe(1);
    for (const key of ['economics', 'improvements', 'guide']) expect(key in doc, key).toBe(false);
    expect('scenarioStart' in doc.meta).toBe(false);
    expect(doc.steps.some((s) => 'selfService' in s)).toBe(false);
    expect(doc.steps.filter((s) => s.failPoint).length).toBeGreaterThan(0);
    expect(doc.steps.filter((s) => s.wait).length).toBeGreaterThan(0);
  });
});

describe('loading a version-1 file (migration 1 → 2)', () => {
  const v1 = v1Hotel();
  const doc = loaded(v1Hotel());

  it('gives a valid version-2 document', () => {
    expect(doc.version).toBe(CURRENT_VERSION);
    const reshaped = checkShape(JSON.parse(JSON.stringify(doc)));
    expect(reshaped.ok).toBe(true);
    expect(validateReferences(doc)).toEqual([]);
  });

  it('keeps the title, lanes, steps, flows and view exactly', () => {
    expect(doc.title).toBe(v1.title);
    expect(doc.lanes).toEqual(v1.lanes);
    expect(doc.steps).toEqual(v1.steps);
    expect(doc.flows).toEqual(v1.flows);
    expect(doc.view).toEqual(v1.view);
  });

  it('keeps meta and adds an empty scenario start and end, with no overall tolerance', () => {
    expect(doc.meta).toEqual({ ...v1.meta, scenarioStart: '', scenarioEnd: '' });
    expect('toleranceMin' in doc.meta).toBe(false);
  });

  it('starts economics, improvements and the guide empty', () => {
    expect(doc.economics).toEqual({ currency: 'USD' });
    expect(doc.improvements).toEqual([]);
    expect(doc.guide).toEqual({ step: 1, done: [] });
  });

  it('invents no lost share and no self-service flag', () => {
    for (const step of doc.steps) {
      expect('selfService' in step, step.id).toBe(false);
      if (step.failPoint) expect('lostShare' in step.failPoint, step.id).toBe(false);
    }
  });

  it('round-trips: saved and opened again, it is the same version-2 document', () => {
    expect(loadBlueprintText(JSON.stringify(doc))).toEqual({ ok: true, value: doc });
  });

  it('keeps fields version 1 did not know, everywhere', () => {
    const raw = v1Hotel();
    raw['x-workshop'] = { date: '2025-11-03', group: 'B' };
    raw.meta['x-course'] = 'Service marketing';
    raw.lanes[0]!.color = '#ffe9a8';
    raw.steps[0]!.tags = ['arrival'];
    const withFailPoint = raw.steps.find((s) => s.failPoint)!;
    (withFailPoint.failPoint as JsonObject).gap = 'delivery gap';
    const withWait = raw.steps.find((s) => s.wait)!;
    (withWait.wait as JsonObject).psychology = 'unexplained wait';
    raw.flows[0]!.style = 'dashed';
    raw.view.grid = true;
    const back = JSON.parse(JSON.stringify(loaded(raw))) as JsonDoc;
    expect(back['x-workshop']).toEqual({ date: '2025-11-03', group: 'B' });
    expect(back.meta['x-course']).toBe('Service marketing');
    expect(back.lanes[0]!.color).toBe('#ffe9a8');
    expect(back.steps[0]!.tags).toEqual(['arrival']);
    const failPoint = back.steps.find((s) => s.id === withFailPoint.id)!.failPoint;
    expect(failPoint).toMatchObject({ gap: 'delivery gap' });
    const wait = back.steps.find((s) => s.id === withWait.id)!.wait;
    expect(wait).toMatchObject({ psychology: 'unexplained wait' });
    expect(back.flows[0]!.style).toBe('dashed');
    expect(back.view.grid).toBe(true);
  });

  it('works for a version-1 file with no meta (the defaults fill it in)', () => {
    const raw: JsonObject = v1Hotel();
    delete raw.meta;
    expect(loaded(raw).meta).toEqual({
      service: '',
      customerSegment: '',
      scenario: '',
      scenarioStart: '',
      scenarioEnd: '',
      locale: 'en',
    });
  });

  it('works for the smallest version-1 file', () => {
    const doc = loaded({
      format: 'service-blueprint',
      version: 1,
      lanes: [{ id: 'c', kind: 'customer', label: '', height: 150 }],
      steps: [],
      flows: [],
    });
    expect(doc.version).toBe(CURRENT_VERSION);
    expect(doc.economics).toEqual({ currency: 'USD' });
    expect(doc.guide).toEqual({ step: 1, done: [] });
  });

  it('still refuses a broken version-1 file, with the path of the problem', () => {
    const raw = v1Hotel();
    raw.steps[2]!.lane = 'lobby';
    expect(errorsOf(raw)).toEqual([{ path: 'steps[2].lane', message: 'no lane "lobby"' }]);
    expect(errorsOf({ ...v1Hotel(), meta: 42 })).toEqual([
      { path: 'meta', message: 'expected object, received number' },
    ]);
  });
});

describe('v1ToV2.up', () => {
  it('upgrades from version 1 and is the migration the editor uses', () => {
    expect(v1ToV2.from).toBe(1);
    const result = migrate(v1Hotel(), 2);
    expect(result.ok && result.value.version).toBe(2);
  });

  it('does not change the document it is given', () => {
    const raw = v1Hotel();
    v1ToV2.up(raw);
    expect(raw).toEqual(v1Hotel());
  });

  it('adds no meta when there is none, and leaves a meta that is not an object to the schema', () => {
    const { meta: _meta, ...noMeta } = v1Hotel();
    void _meta;
    expect('meta' in v1ToV2.up(noMeta)).toBe(false);
    expect(v1ToV2.up({ ...noMeta, meta: 'Hotel' }).meta).toBe('Hotel');
    expect(v1ToV2.up({ ...noMeta, meta: null }).meta).toBeNull();
  });

  it('keeps what a version-1 file already had under the new names', () => {
    const raw = v1Hotel();
    raw.meta.scenarioStart = 'At the door';
    raw.economics = { currency: 'EUR', customersPerMonth: 900 };
    raw.guide = { step: 4, done: [1, 2, 3] };
    const up = v1ToV2.up(raw);
    expect(up.meta).toMatchObject({ scenarioStart: 'At the door', scenarioEnd: '' });
    expect(up.economics).toEqual({ currency: 'EUR', customersPerMonth: 900 });
    expect(up.improvements).toEqual([]);
    expect(up.guide).toEqual({ step: 4, done: [1, 2, 3] });
  });
});

describe('a version-2 document with a problem in the new parts', () => {
  /** The migrated hotel, saved as version 2, with one improvement addressing two real steps. */
  function v2Hotel(): JsonDoc & { improvements: JsonObject[] } {
    const doc = JSON.parse(JSON.stringify(loaded(v1Hotel()))) as JsonDoc & {
      improvements: JsonObject[];
    };
    doc.improvements = [
      {
        id: 'imp-1',
        title: 'Text the guest when the room is ready',
        addresses: ['o-register', 'c-check-in'],
        oneOffCost: 3000,
        runningCostPerMonth: 100,
        newProbability: 0.02,
        status: 'planned',
      },
    ];
    return doc;
  }

  const registerIndex = v1Hotel().steps.findIndex((s) => s.id === 'o-register');

  it('loads when nothing is wrong', () => {
    expect(registerIndex).toBeGreaterThan(0);
    expect(errorsOf(v2Hotel())).toEqual([]);
  });

  const cases: [string, (d: ReturnType<typeof v2Hotel>) => void, ValidationError][] = [
    [
      'a bad economics currency',
      (d) => (d.economics = { currency: 'dollars' }),
      {
        path: 'economics.currency',
        message: 'must be a three-letter currency code such as "USD"',
      },
    ],
    [
      'an improvement addressing a missing step',
      (d) => (d.improvements[0]!.addresses = ['o-register', 'x']),
      { path: 'improvements[0].addresses[1]', message: 'no step "x"' },
    ],
    [
      'a duplicate improvement id',
      (d) => d.improvements.push({ ...d.improvements[0]!, title: 'Copy' }),
      { path: 'improvements[1].id', message: 'duplicate id "imp-1"' },
    ],
    [
      'guide step 7',
      (d) => (d.guide = { step: 7, done: [] }),
      { path: 'guide.step', message: 'must be a guide step: 1, 2, 3, 4, 5 or 6' },
    ],
    [
      'lostShare 1.5',
      (d) => {
        const step = d.steps.find((s) => s.id === 'o-register')!;
        (step.failPoint as JsonObject).lostShare = 1.5;
      },
      {
        path: `steps[${registerIndex}].failPoint.lostShare`,
        message: 'Too big: expected number to be <=1',
      },
    ],
  ];
  it.each(cases)('%s is reported with its path', (_name, edit, expected) => {
    const doc = v2Hotel();
    edit(doc);
    expect(errorsOf(doc)).toEqual([expected]);
  });
});
