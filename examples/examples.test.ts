import {
  blueprintFacts,
  customerTime,
  guideChecklist,
  improvementRows,
  rankFailPoints,
} from '../src/model/analysis';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeErrors, loadBlueprintText } from '../src/model/load';
import { STANDARD_LANE_LABELS, standardLanes } from '../src/model/newBlueprint';
import {
  CURRENT_VERSION,
  GUIDE_STEPS,
  STANDARD_LANE_KINDS,
  type Blueprint,
} from '../src/model/types';

const dir = new URL('./', import.meta.url);
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.blueprint.json'))
  .sort();

function load(name: string): Blueprint {
  const result = loadBlueprintText(readFileSync(new URL(name, dir), 'utf8'));
  if (!result.ok) throw new Error(`${name}: ${describeErrors(result.errors)}`);
  return result.value;
}

describe('examples/*.blueprint.json', () => {
  it('has at least the hotel example', () => {
    expect(files).toContain('hotel-overnight-stay.blueprint.json');
  });

  it.each(files)('%s loads without errors', (name) => {
    const result = loadBlueprintText(readFileSync(new URL(name, dir), 'utf8'));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});

describe('hotel-overnight-stay.blueprint.json', () => {
  const hotel = load('hotel-overnight-stay.blueprint.json');
  const raw = JSON.parse(
    readFileSync(new URL('hotel-overnight-stay.blueprint.json', dir), 'utf8'),
  ) as Record<string, unknown>;
  const stepById = new Map(hotel.steps.map((s) => [s.id, s]));
  const stepIds = new Set(hotel.steps.map((s) => s.id));
  const inLane = (lane: string) => hotel.steps.filter((s) => s.lane === lane);
  const customer = [...inLane('customer')].sort((a, b) => a.x - b.x);

  it('is saved in the current version, with every version-2 part written out', () => {
    expect(raw.version).toBe(CURRENT_VERSION);
    for (const key of ['economics', 'improvements', 'guide']) expect(raw, key).toHaveProperty(key);
    for (const key of ['scenarioStart', 'scenarioEnd', 'toleranceMin']) {
      expect(raw.meta, key).toHaveProperty(key);
    }
  });

  it('is titled and has its meta filled in', () => {
    expect(hotel.title).toBe('Hotel overnight stay');
    expect(hotel.meta.locale).toBe('en');
    for (const field of [
      'service',
      'customerSegment',
      'scenario',
      'scenarioStart',
      'scenarioEnd',
    ] as const) {
      expect(hotel.meta[field].length, field).toBeGreaterThan(10);
    }
    expect(hotel.meta.toleranceMin).toBeGreaterThan(0);
  });

  it('says its numbers are illustrative', () => {
    expect(hotel.meta.scenario).toMatch(/illustrative/i);
  });

  it('keeps every step, lane and flow of the version-1 hotel (the migration fixture)', () => {
    const v1 = JSON.parse(
      readFileSync(new URL('../src/model/migrations/fixtures/v1-hotel.json', dir), 'utf8'),
    ) as Blueprint;
    expect(hotel.steps.map((s) => s.id)).toEqual(v1.steps.map((s) => s.id));
    expect(hotel.lanes).toEqual(v1.lanes);
    expect(hotel.flows).toEqual(v1.flows);
    for (const step of v1.steps) {
      const { selfService, failPoint, ...rest } = stepById.get(step.id)!;
      void selfService;
      expect(rest, step.id).toEqual({ ...step, failPoint: undefined });
      if (step.failPoint) expect(failPoint, step.id).toMatchObject(step.failPoint);
    }
  });

  it('uses the five standard lanes exactly as a new blueprint does', () => {
    expect(hotel.lanes.map(({ id, kind, label }) => ({ id, kind, label }))).toEqual(
      standardLanes().map(({ id, kind, label }) => ({ id, kind, label })),
    );
    expect(hotel.lanes.map((l) => l.label)).toEqual(
      STANDARD_LANE_KINDS.map((k) => STANDARD_LANE_LABELS[k]),
    );
  });

  it('has steps in all five lanes', () => {
    for (const kind of STANDARD_LANE_KINDS) expect(inLane(kind).length, kind).toBeGreaterThan(0);
  });

  it('has the ten classic customer actions, 240 apart from x = 0', () => {
    expect(customer.map((s) => s.label)).toEqual([
      'Arrive at hotel',
      'Give bags to bellperson',
      'Check in',
      'Go to room',
      'Receive bags',
      'Sleep, shower',
      'Call room service',
      'Receive food',
      'Eat',
      'Check out and leave',
    ]);
    expect(customer.map((s) => s.x)).toEqual(customer.map((_, i) => i * 240));
  });

  it('has physical evidence above every customer action', () => {
    const evidenceX = new Set(inLane('evidence').map((s) => s.x));
    for (const action of customer) expect(evidenceX.has(action.x), action.label).toBe(true);
  });

  it('has durations on every customer action', () => {
    for (const action of customer) expect(action.durationMin, action.label).toBeGreaterThan(0);
  });

  it('joins every flow to existing steps, with unique ids and no loops', () => {
    expect(hotel.flows.length).toBeGreaterThan(0);
    for (const flow of hotel.flows) {
      expect(stepIds.has(flow.from), `${flow.id}.from`).toBe(true);
      expect(stepIds.has(flow.to), `${flow.id}.to`).toBe(true);
      expect(flow.from).not.toBe(flow.to);
    }
    expect(new Set(hotel.flows.map((f) => f.id)).size).toBe(hotel.flows.length);
  });

  it('chains the customer actions left to right', () => {
    for (let i = 0; i + 1 < customer.length; i++) {
      const [from, to] = [customer[i]!.id, customer[i + 1]!.id];
      expect(
        hotel.flows.some((f) => f.from === from && f.to === to),
        `${from} → ${to}`,
      ).toBe(true);
    }
  });

  it('links customer to onstage, onstage to backstage and backstage to support', () => {
    const laneOf = new Map(hotel.steps.map((s) => [s.id, s.lane]));
    const pairs = new Set(hotel.flows.map((f) => `${laneOf.get(f.from)}>${laneOf.get(f.to)}`));
    expect(pairs).toContain('customer>onstage');
    expect(pairs).toContain('onstage>backstage');
    expect(pairs).toContain('backstage>support');
  });

  it('has at least three complete fail points', () => {
    const failPoints = hotel.steps.flatMap((s) => (s.failPoint ? [s.failPoint] : []));
    expect(failPoints.length).toBeGreaterThanOrEqual(3);
    for (const fp of failPoints) {
      expect(fp.risk).not.toBe('');
      expect(fp.recovery).not.toBe('');
      expect(fp.owner).not.toBe('');
      expect(fp.probability).toBeGreaterThan(0);
      expect(fp.probability).toBeLessThanOrEqual(1);
      expect(fp.costPerFailure).toBeGreaterThan(0);
    }
  });

  it('gives every fail point the share of failed customers lost for good', () => {
    for (const step of hotel.steps) {
      if (!step.failPoint) continue;
      expect(step.failPoint.lostShare, step.id).toBeGreaterThanOrEqual(0.05);
      expect(step.failPoint.lostShare, step.id).toBeLessThanOrEqual(0.3);
    }
  });

  it('marks as self-service only customer actions with no staff linked, and at least three', () => {
    const laneOf = new Map(hotel.steps.map((s) => [s.id, s.lane]));
    const selfService = hotel.steps.filter((s) => s.selfService);
    expect(selfService.map((s) => s.label)).toEqual(
      expect.arrayContaining(['Go to room', 'Sleep, shower', 'Eat']),
    );
    for (const step of selfService) {
      expect(step.lane, step.id).toBe('customer');
      const linkedLanes = hotel.flows
        .filter((f) => f.from === step.id || f.to === step.id)
        .map((f) => laneOf.get(f.from === step.id ? f.to : f.from));
      expect(linkedLanes, step.id).toEqual(linkedLanes.map(() => 'customer'));
    }
  });

  it('has all the numbers the cost of failure needs', () => {
    const e = hotel.economics;
    expect(e.currency).toMatch(/^[A-Z]{3}$/);
    for (const field of [
      'customersPerMonth',
      'spendPerVisit',
      'visitsPerYear',
      'yearsRetained',
    ] as const) {
      expect(e[field], field).toBeGreaterThan(0);
    }
  });

  it('has at least two costed improvements addressing real fail points and waits', () => {
    const improvements = hotel.improvements;
    expect(improvements.length).toBeGreaterThanOrEqual(2);
    expect(new Set(improvements.map((i) => i.id)).size).toBe(improvements.length);
    for (const imp of improvements) {
      expect(imp.title.length, imp.id).toBeGreaterThan(10);
      expect(imp.oneOffCost, imp.id).toBeGreaterThan(0);
      expect(imp.runningCostPerMonth, imp.id).toBeGreaterThanOrEqual(0);
      expect(imp.addresses.length, imp.id).toBeGreaterThan(0);
      for (const id of imp.addresses) {
        const step = stepById.get(id);
        expect(step, `${imp.id} → ${id}`).toBeDefined();
        expect(Boolean(step!.failPoint || step!.wait), `${imp.id} → ${id}`).toBe(true);
      }
    }
  });

  it('expects each improvement to lower the probabilities and waits it addresses', () => {
    const addressed = (imp: Blueprint['improvements'][number]) =>
      imp.addresses.map((id) => stepById.get(id)!);
    const withProbability = hotel.improvements.filter((i) => i.newProbability !== undefined);
    const withWait = hotel.improvements.filter((i) => i.newWaitMin !== undefined);
    expect(withProbability.length).toBeGreaterThan(0);
    expect(withWait.length).toBeGreaterThan(0);
    for (const imp of withProbability) {
      const failPoints = addressed(imp).flatMap((s) => (s.failPoint ? [s.failPoint] : []));
      expect(failPoints.length, imp.id).toBeGreaterThan(0);
      for (const fp of failPoints) expect(imp.newProbability!, imp.id).toBeLessThan(fp.probability);
    }
    for (const imp of withWait) {
      const waits = addressed(imp).flatMap((s) => (s.wait ? [s.wait] : []));
      expect(waits.length, imp.id).toBeGreaterThan(0);
      for (const wait of waits) expect(imp.newWaitMin!, imp.id).toBeLessThan(wait.expectedMin);
    }
  });

  it('is at the last guide step with all six done', () => {
    expect(hotel.guide).toEqual({ step: 6, done: [1, 2, 3, 4, 5, 6] });
  });

  it('has at least two waits with an expected time and a tolerance', () => {
    const waits = hotel.steps.flatMap((s) => (s.wait ? [s.wait] : []));
    expect(waits.length).toBeGreaterThanOrEqual(2);
    for (const wait of waits) {
      expect(wait.expectedMin).toBeGreaterThan(0);
      expect(wait.toleranceMin).toBeGreaterThan(0);
    }
  });

  it('passes every checklist of the guide, and every report figure is known', () => {
    for (const step of GUIDE_STEPS) {
      const open = guideChecklist(step, hotel, blueprintFacts(hotel), hotel.improvements).filter(
        (i) => !i.ok,
      );
      expect(open, `guide step ${step}`).toEqual([]);
    }
    for (const row of rankFailPoints(hotel, hotel.economics)) {
      expect(Number.isFinite(row.expectedCostPerMonth), row.label).toBe(true);
    }
    for (const row of improvementRows(hotel, hotel.economics, hotel.improvements)) {
      expect(Number.isFinite(row.benefitPerMonth), row.title).toBe(true);
      expect(row.paybackMonths, row.title).not.toBeUndefined();
    }
    const time = customerTime(hotel, hotel.meta.toleranceMin);
    expect(time.reachable).toBe(true);
    expect(Number.isFinite(time.totalMin)).toBe(true);
  });
});
