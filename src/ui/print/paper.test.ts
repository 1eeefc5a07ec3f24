import { describe, expect, it } from 'vitest';
import { isPaper, pageRule, printArea } from './paper';

describe('paper', () => {
  it.each([
    ['A4', 277, 188.5],
    ['A3', 400, 275.5],
  ] as const)('%s landscape leaves a %i × %f mm area inside 10 mm margins', (paper, w, h) => {
    expect(printArea(paper)).toEqual({ width: w, height: h });
  });

  it('asks the browser for that paper, landscape', () => {
    expect(pageRule('A3')).toBe('@page { size: A3 landscape; margin: 10mm; }');
  });

  it('knows only A4 and A3', () => {
    expect(['A4', 'A3', 'a4', 'Letter', 4, null].map(isPaper)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
