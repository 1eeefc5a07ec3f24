import { describe, expect, it } from 'vitest';
import { MAX_LANE_HEIGHT, MIN_LANE_HEIGHT } from '../layout';
import { DEFAULT_LANE_HEIGHT, newBlueprint } from '../newBlueprint';
import type { Blueprint } from '../types';
import {
  addLane,
  clampLaneHeight,
  moveLane,
  removeLane,
  renameLane,
  resizeLane,
  setLaneHidden,
} from './lanes';
import { addStep } from './steps';

const ids = (doc: Blueprint): string[] => doc.lanes.map((l) => l.id);
const STANDARD = ['evidence', 'customer', 'onstage', 'backstage', 'support'];

/** Given: the standard lanes with steps in customer (a, b) and backstage (k), flows a→b, b→k. */
function given(): Blueprint {
  const doc = newBlueprint();
  addStep(doc, { id: 'a', lane: 'customer', x: 0 });
  addStep(doc, { id: 'b', lane: 'customer', x: 240 });
  addStep(doc, { id: 'k', lane: 'backstage', x: 240 });
  doc.flows.push(
    { id: 'ab', from: 'a', to: 'b', label: '', twoWay: false },
    { id: 'bk', from: 'b', to: 'k', label: '', twoWay: false },
  );
  return doc;
}

describe('renameLane', () => {
  it('changes the label only', () => {
    const doc = given();
    renameLane(doc, 'onstage', 'Front desk');
    expect(doc.lanes[2]).toEqual({
      id: 'onstage',
      kind: 'onstage',
      label: 'Front desk',
      height: DEFAULT_LANE_HEIGHT,
    });
  });

  it('ignores an unknown lane', () => {
    const doc = given();
    renameLane(doc, 'zz', 'x');
    expect(doc.lanes).toEqual(newBlueprint().lanes);
  });
});

describe('resizeLane / clampLaneHeight', () => {
  const cases: [number, number][] = [
    [200, 200],
    [200.4, 200],
    [200.6, 201],
    [MIN_LANE_HEIGHT, 80],
    [10, 80],
    [-50, 80],
    [MAX_LANE_HEIGHT, 1200],
    [5000, 1200],
  ];
  it.each(cases)('height %d → %d', (height, expected) => {
    expect(clampLaneHeight(height)).toBe(expected);
    const doc = given();
    resizeLane(doc, 'support', height);
    expect(doc.lanes[4]!.height).toBe(expected);
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY]])(
    'ignores a non-finite height (%d)',
    (height) => {
      const doc = given();
      resizeLane(doc, 'support', height);
      expect(doc.lanes[4]!.height).toBe(DEFAULT_LANE_HEIGHT);
    },
  );
});

describe('setLaneHidden', () => {
  it('hides a lane and shows it again without leaving hidden: false behind', () => {
    const doc = given();
    setLaneHidden(doc, 'evidence', true);
    expect(doc.lanes[0]!.hidden).toBe(true);
    setLaneHidden(doc, 'evidence', false);
    expect('hidden' in doc.lanes[0]!).toBe(false);
  });

  it('keeps the steps of a hidden lane', () => {
    const doc = given();
    setLaneHidden(doc, 'customer', true);
    expect(doc.steps).toHaveLength(3);
  });
});

describe('addLane', () => {
  it('adds a custom lane at the bottom by default', () => {
    const doc = given();
    const id = addLane(doc, 'KPIs', undefined, 'kpi');
    expect(id).toBe('kpi');
    expect(ids(doc)).toEqual([...STANDARD, 'kpi']);
    expect(doc.lanes[5]).toEqual({
      id: 'kpi',
      kind: 'custom',
      label: 'KPIs',
      height: DEFAULT_LANE_HEIGHT,
    });
  });

  const cases: [number, number][] = [
    [0, 0],
    [2, 2],
    [5, 5],
    [-3, 0],
    [99, 5],
  ];
  it.each(cases)('at index %d lands at %d', (index, expected) => {
    const doc = given();
    addLane(doc, 'Time', index, 'time');
    expect(ids(doc).indexOf('time')).toBe(expected);
    expect(doc.lanes).toHaveLength(6);
  });

  it('makes a fresh "lane-" id when none is given', () => {
    const doc = given();
    const id = addLane(doc, 'Emotions');
    expect(id).toMatch(/^lane-[a-z0-9]+$/);
    expect(STANDARD).not.toContain(id);
  });
});

describe('moveLane', () => {
  const cases: [string, number, string[]][] = [
    ['support', 0, ['support', 'evidence', 'customer', 'onstage', 'backstage']],
    ['evidence', 2, ['customer', 'onstage', 'evidence', 'backstage', 'support']],
    ['evidence', 4, ['customer', 'onstage', 'backstage', 'support', 'evidence']],
    ['customer', 99, ['evidence', 'onstage', 'backstage', 'support', 'customer']],
    ['backstage', -1, ['backstage', 'evidence', 'customer', 'onstage', 'support']],
    ['onstage', 2, STANDARD],
    ['zz', 0, STANDARD],
  ];
  it.each(cases)('%s to %d', (id, to, expected) => {
    const doc = given();
    moveLane(doc, id, to);
    expect(ids(doc)).toEqual(expected);
  });
});

describe('removeLane', () => {
  it('removes the lane, its steps and their flows', () => {
    const doc = given();
    removeLane(doc, 'backstage');
    expect(ids(doc)).toEqual(['evidence', 'customer', 'onstage', 'support']);
    expect(doc.steps.map((s) => s.id)).toEqual(['a', 'b']);
    expect(doc.flows.map((f) => f.id)).toEqual(['ab']);
  });

  it('removes every flow that touches a removed step', () => {
    const doc = given();
    removeLane(doc, 'customer');
    expect(doc.steps.map((s) => s.id)).toEqual(['k']);
    expect(doc.flows).toEqual([]);
  });

  it('cannot remove the last lane', () => {
    const doc = given();
    for (const id of ['evidence', 'customer', 'onstage', 'backstage']) removeLane(doc, id);
    expect(ids(doc)).toEqual(['support']);
    removeLane(doc, 'support');
    expect(ids(doc)).toEqual(['support']);
  });

  it('ignores an unknown lane, leaving the arrays untouched', () => {
    const doc = given();
    const { lanes, steps, flows } = doc;
    removeLane(doc, 'zz');
    expect(doc.lanes).toBe(lanes);
    expect(doc.steps).toBe(steps);
    expect(doc.flows).toBe(flows);
    expect(ids(doc)).toEqual(STANDARD);
    expect(doc.steps).toHaveLength(3);
  });
});

describe('lane positions that are not numbers', () => {
  it('adds a lane at NaN at the bottom, and does not move a lane to NaN', () => {
    const doc = given();
    addLane(doc, 'Time', Number.NaN, 'time');
    expect(ids(doc)).toEqual([...STANDARD, 'time']);
    moveLane(doc, 'time', Number.NaN);
    expect(ids(doc)).toEqual([...STANDARD, 'time']);
  });
});
