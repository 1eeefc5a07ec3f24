import { describe, expect, it } from 'vitest';
import { testDoc, failPoint } from '../../model/analysis/testDoc';
import { findSteps } from './findSteps';

const doc = testDoc([
  ['b', 'onstage', 0, { label: 'Greet the guest', description: '' }],
  ['a', 'customer', 480, { label: 'Check in', description: 'At the front desk' }],
  ['c', 'customer', 240, { label: 'Arrive', description: 'Taxi drops the guest at the door' }],
  ['d', 'support', 0, { label: '预订系统', description: '客人入住登记' }],
  ['e', 'backstage', 0, { label: 'Prepare room', failPoint: failPoint({ risk: 'Overbooked' }) }],
]);
const found = (query: string) => findSteps(doc, query).map((s) => s.id);

describe('findSteps', () => {
  it.each([
    ['guest', ['c', 'b']], // lane by lane, left to right; label and notes
    ['CHECK', ['a']], // any case
    ['ｃｈｅｃｋ', ['a']], // full-width letters
    ['  front desk ', ['a']], // spaces around are ignored
    ['入住', ['d']], // Chinese, in the notes
    ['预订', ['d']],
    ['overbook', ['e']], // a fail point's risk
    ['nothing like it', []],
    ['   ', []],
  ])('%j → %j', (query, expected) => {
    expect(found(query)).toEqual(expected);
  });

  it('does not find steps in hidden lanes', () => {
    const hidden = structuredClone(doc);
    hidden.lanes.find((l) => l.id === 'customer')!.hidden = true;
    expect(findSteps(hidden, 'guest').map((s) => s.id)).toEqual(['b']);
  });
});
