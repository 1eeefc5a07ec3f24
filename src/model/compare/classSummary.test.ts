import { describe, expect, it } from 'vitest';
import { testDoc } from '../analysis/testDoc';
import { classRows, mostOftenMissing, sortRows, type HandIn } from './classSummary';

const reference = testDoc([
  ['enter', 'customer', 0, { label: 'Enter' }],
  ['order', 'customer', 240, { label: 'Order' }],
  ['take', 'onstage', 240, { label: 'Take the order' }],
  ['pay', 'customer', 480, { label: 'Pay' }],
]);

function handIn(name: string, without: string[], moved: string[] = []): HandIn {
  const doc = structuredClone(reference);
  doc.steps = doc.steps.filter((s) => !without.includes(s.id));
  for (const step of doc.steps) if (moved.includes(step.id)) step.lane = 'backstage';
  return { name, doc };
}

describe('class overview', () => {
  const handIns: HandIn[] = [
    handIn('b.json', ['pay']),
    { name: 'broken.json', error: 'the file is empty' },
    handIn('a.json', []),
    handIn('c.json', ['pay', 'order'], ['take']),
  ];

  it('names the student by the blueprint’s author when it gives one', () => {
    const signed = handIn('d.json', []);
    if (!signed.doc) throw new Error('d should load');
    signed.doc.meta.author = '  王小明 ';
    const [row] = classRows(reference, [signed]);
    expect(row && 'author' in row && row.author).toBe('王小明');
  });

  it('checks every hand-in and keeps a row for a file that did not load', () => {
    const rows = classRows(reference, handIns);
    expect(rows.map((r) => r.name)).toEqual(['b.json', 'broken.json', 'a.json', 'c.json']);
    expect(rows[1]).toEqual({ name: 'broken.json', error: 'the file is empty' });
    const c = rows[3]!;
    if ('error' in c) throw new Error('c should load');
    expect(c.counts.missingStep).toBe(2);
    expect(c.counts.wrongLane).toBe(1);
    expect(c.score).toBeLessThan(100);
    expect(c.author).toBe('');
  });

  it('sorts by a column either way, broken files last', () => {
    const rows = classRows(reference, handIns);
    expect(sortRows(rows, 'score', 'descending').map((r) => r.name)).toEqual([
      'a.json',
      'b.json',
      'c.json',
      'broken.json',
    ]);
    expect(sortRows(rows, 'score', 'ascending').map((r) => r.name)).toEqual([
      'c.json',
      'b.json',
      'a.json',
      'broken.json',
    ]);
    expect(sortRows(rows, 'name', 'descending').map((r) => r.name)).toEqual([
      'c.json',
      'b.json',
      'a.json',
      'broken.json',
    ]);
  });

  it('names the steps the class most often misses', () => {
    const gaps = mostOftenMissing(reference, classRows(reference, handIns));
    expect(gaps).toEqual([
      { refStepId: 'pay', label: 'Pay', missing: 2, wrongLane: 0 },
      { refStepId: 'order', label: 'Order', missing: 1, wrongLane: 0 },
      { refStepId: 'take', label: 'Take the order', missing: 0, wrongLane: 1 },
    ]);
  });
});
