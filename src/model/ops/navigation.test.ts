import { describe, expect, it } from 'vitest';
import { newBlueprint } from '../newBlueprint';
import type { Blueprint } from '../types';
import { addStep } from './steps';
import {
  arrowNeighbour,
  readingOrder,
  survivorNear,
  tabNeighbour,
  type Direction,
} from './navigation';

/**
 * Given, on screen (x in canvas units; steps added out of order on purpose):
 *   evidence   ·            e300
 *   customer   c0     c240        c520
 *   onstage    (no steps)
 *   backstage  b100               b500  b500bis
 *   support    (hidden lane) s0
 */
function given(): Blueprint {
  const doc = newBlueprint();
  const add = (lane: string, x: number, id: string) => addStep(doc, { lane, x, id, label: id });
  add('customer', 520, 'c520');
  add('customer', 0, 'c0');
  add('evidence', 300, 'e300');
  add('customer', 240, 'c240');
  add('backstage', 500, 'b500');
  add('backstage', 100, 'b100');
  add('backstage', 500, 'b500bis');
  add('support', 0, 's0');
  doc.lanes.find((l) => l.id === 'support')!.hidden = true;
  return doc;
}

describe('readingOrder', () => {
  it('goes lane by lane from the top, each left to right, ties in document order, hidden lanes left out', () => {
    expect(readingOrder(given())).toEqual([
      'e300',
      'c0',
      'c240',
      'c520',
      'b100',
      'b500',
      'b500bis',
    ]);
  });

  it('follows the lane order of the document, not the order steps were added', () => {
    const doc = given();
    const backstage = doc.lanes.findIndex((l) => l.id === 'backstage');
    const [lane] = doc.lanes.splice(backstage, 1);
    doc.lanes.unshift(lane!);
    expect(readingOrder(doc).slice(0, 4)).toEqual(['b100', 'b500', 'b500bis', 'e300']);
  });
});

describe('tabNeighbour', () => {
  const doc = given();
  it.each([
    ['c240', false, 'c520'],
    ['c520', false, 'b100'],
    ['c0', true, 'e300'],
    ['b500bis', false, undefined],
    ['e300', true, undefined],
    [undefined, false, 'e300'],
    [undefined, true, 'b500bis'],
    ['ghost', false, 'e300'],
    ['s0', true, 'b500bis'],
  ] as const)('from %s (backwards: %s) goes to %s', (from, backwards, to) => {
    expect(tabNeighbour(doc, from, backwards)).toBe(to);
  });

  it('has nowhere to go in a blueprint without steps', () => {
    expect(tabNeighbour(newBlueprint(), undefined, false)).toBeUndefined();
  });
});

describe('arrowNeighbour', () => {
  const doc = given();
  const cases: [string | undefined, Direction, string | undefined][] = [
    // Left and right: in time, within the lane.
    ['c240', 'right', 'c520'],
    ['c240', 'left', 'c0'],
    ['c0', 'left', undefined],
    ['c520', 'right', undefined],
    ['b500', 'right', 'b500bis'],
    ['b500bis', 'left', 'b500'],
    // Down skips the empty onstage lane and lands on the step nearest in time.
    ['c0', 'down', 'b100'],
    ['c520', 'down', 'b500'],
    ['c240', 'down', 'b100'],
    // 300 is 60 from c240 and 220 from c520.
    ['e300', 'down', 'c240'],
    ['b500bis', 'up', 'c520'],
    ['c0', 'up', 'e300'],
    ['e300', 'up', undefined],
    // The hidden support lane is never reached.
    ['b100', 'down', undefined],
    // Nothing to start from: the first step in reading order.
    [undefined, 'right', 'e300'],
    ['ghost', 'down', 'e300'],
  ];
  it.each(cases)('from %s, %s goes to %s', (from, direction, to) => {
    expect(arrowNeighbour(doc, from, direction)).toBe(to);
  });

  it('takes the earlier step when two are as near in time', () => {
    const doc2 = newBlueprint();
    addStep(doc2, { lane: 'customer', x: 200, id: 'from', label: '' });
    addStep(doc2, { lane: 'onstage', x: 300, id: 'later', label: '' });
    addStep(doc2, { lane: 'onstage', x: 100, id: 'earlier', label: '' });
    expect(arrowNeighbour(doc2, 'from', 'down')).toBe('earlier');
  });
});

describe('survivorNear', () => {
  const doc = given();
  it.each([
    ['c240', [], 'c0'],
    ['c240', ['c0'], 'c520'],
    ['c240', ['c0', 'c520'], 'e300'],
    ['e300', ['c0', 'c240', 'c520'], 'b100'],
    ['c240', ['e300', 'c0', 'c520', 'b100', 'b500', 'b500bis'], undefined],
  ] as const)('after %s goes with %j: %s', (from, alsoDeleted, to) => {
    expect(survivorNear(doc, from, new Set([from, ...alsoDeleted]))).toBe(to);
  });
});
