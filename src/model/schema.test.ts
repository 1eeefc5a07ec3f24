import { describe, expect, it } from 'vitest';
import { checkShape, formatPath, type ValidationError } from './schema';
import { newBlueprint } from './newBlueprint';
import { LANE_KINDS } from './types';
import { shapeErrors, validDoc, type Doc } from './testing/schemaDocs';

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
    ['a newer version', (d) => (d.version = 5), [{ path: 'version', message: 'expected 4' }]],
    [
      // checkShape sees current documents only; loadBlueprint migrates version 1 first.
      'version 1 (not migrated here)',
      (d) => (d.version = 1),
      [{ path: 'version', message: 'expected 4' }],
    ],
    [
      'unknown lane kind',
      (d) => (d.lanes[1]!.kind = 'staff'),
      [
        {
          path: 'lanes[1].kind',
          message:
            'Invalid option: expected one of "evidence"|"customer"|"onstage"|"backstage"|"support"|"emotion"|"custom"',
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
