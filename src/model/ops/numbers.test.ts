import { describe, expect, it } from 'vitest';
import { amount, coordinate, share } from './numbers';

const NaN_ = Number.NaN;
const INF = Number.POSITIVE_INFINITY;

describe('numbers made fit for the document', () => {
  const cases: [number, number | undefined, number | undefined, number | undefined][] = [
    // value, coordinate, amount, share
    [12.4, 12, 12.4, 1],
    [0.25, 0, 0.25, 0.25],
    [-0, 0, 0, 0],
    [-0.4, 0, 0, 0],
    [-7, -7, 0, 0],
    [1e308, 1e308, 1e308, 1],
    [NaN_, undefined, undefined, undefined],
    [INF, undefined, undefined, undefined],
    [-INF, undefined, undefined, undefined],
  ];
  it.each(cases)('%d → coordinate %j, amount %j, share %j', (value, c, a, s) => {
    expect(coordinate(value)).toBe(c);
    expect(amount(value)).toBe(a);
    expect(share(value)).toBe(s);
  });

  it('never gives -0, which a saved file would read back as 0', () => {
    for (const f of [coordinate, amount, share]) expect(Object.is(f(-0), -0)).toBe(false);
    expect(Object.is(coordinate(-0.3), -0)).toBe(false);
  });
});
