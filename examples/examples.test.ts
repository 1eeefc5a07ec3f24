import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeErrors, loadBlueprintText } from '../src/model/load';
import { STANDARD_LANE_LABELS, standardLanes } from '../src/model/newBlueprint';
import { STANDARD_LANE_KINDS, type Blueprint } from '../src/model/types';

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
  const stepIds = new Set(hotel.steps.map((s) => s.id));
  const inLane = (lane: string) => hotel.steps.filter((s) => s.lane === lane);
  const customer = [...inLane('customer')].sort((a, b) => a.x - b.x);

  it('is titled and has its meta filled in', () => {
    expect(hotel.title).toBe('Hotel overnight stay');
    expect(hotel.meta.locale).toBe('en');
    for (const field of ['service', 'customerSegment', 'scenario'] as const) {
      expect(hotel.meta[field].length, field).toBeGreaterThan(10);
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

  it('has at least two waits with an expected time and a tolerance', () => {
    const waits = hotel.steps.flatMap((s) => (s.wait ? [s.wait] : []));
    expect(waits.length).toBeGreaterThanOrEqual(2);
    for (const wait of waits) {
      expect(wait.expectedMin).toBeGreaterThan(0);
      expect(wait.toleranceMin).toBeGreaterThan(0);
    }
  });
});
