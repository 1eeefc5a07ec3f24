import { describe, expect, it } from 'vitest';
import { structure } from './structure';
import { failPoint, testDoc, wait } from './testDoc';

/** Standard lanes plus a custom "time" lane on top (zone 0) and "tech" under onstage (zone 1). */
function given() {
  const doc = testDoc(
    [
      ['e1', 'evidence', 0],
      ['c1', 'customer', 0],
      ['c2', 'customer', 240, { failPoint: failPoint() }],
      ['o1', 'onstage', 0, { wait: wait(5, 10) }],
      ['k1', 'backstage', 240, { failPoint: failPoint(), wait: wait(5, 10) }],
      ['s1', 'support', 240],
      ['t1', 'time', 0],
      ['x1', 'tech', 0],
    ],
    [
      ['c1', 'c2'], // 0 – 0
      ['c1', 'o1'], // 0 – 1: encounter
      ['o1', 'c2', true], // 1 – 0, two-way: one encounter
      ['o1', 'k1'], // 1 – 2
      ['k1', 's1'], // 2 – 3
      ['e1', 'c1'], // 0 – 0
      ['t1', 'x1'], // custom 0 – custom 1: encounter
      ['c2', 'k1'], // 0 – 2: encounter
      ['c1', 'ghost'], // dangling: ignored
    ],
  );
  doc.lanes.unshift({ id: 'time', kind: 'custom', label: 'Time', height: 80 });
  doc.lanes.splice(4, 0, { id: 'tech', kind: 'custom', label: 'Tech', height: 80 });
  return doc;
}

describe('structure', () => {
  it('counts steps, flows, encounters, fail points, waits and customer actions', () => {
    const s = structure(given());
    expect(s).toMatchObject({
      steps: 8,
      flows: 8,
      encounters: 4,
      failPoints: 2,
      waits: 2,
      customerActions: 2,
    });
  });

  it('counts steps per lane in lane order, empty and hidden lanes included', () => {
    const doc = given();
    doc.lanes[1]!.hidden = true;
    expect(structure(doc).stepsPerLane).toEqual([
      { laneId: 'time', label: 'Time', count: 1 },
      { laneId: 'evidence', label: 'Physical evidence', count: 1 },
      { laneId: 'customer', label: 'Customer actions', count: 2 },
      { laneId: 'onstage', label: 'Onstage actions (visible contact employee)', count: 1 },
      { laneId: 'tech', label: 'Tech', count: 1 },
      { laneId: 'backstage', label: 'Backstage actions (invisible contact employee)', count: 1 },
      { laneId: 'support', label: 'Support processes', count: 1 },
    ]);
  });

  it('is all zeros for an empty blueprint', () => {
    const s = structure(testDoc([]));
    expect(s).toMatchObject({
      steps: 0,
      flows: 0,
      encounters: 0,
      failPoints: 0,
      waits: 0,
      customerActions: 0,
    });
    expect(s.stepsPerLane.map((l) => l.count)).toEqual([0, 0, 0, 0, 0]);
  });
});
