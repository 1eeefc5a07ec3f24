import { describe, expect, it } from 'vitest';
import { declaredHandles } from '../nodes/declaredHandles';
import { fitInto } from './overviewBox';

describe('the minimap frame', () => {
  it('fits the blueprint into the minimap, centred, keeping its proportions', () => {
    const box = fitInto(
      { x: 0, y: 0, width: 4000, height: 750 },
      { x: 100, y: 0, width: 1000, height: 600 },
      200,
      150,
    );
    expect(box.scale).toBeCloseTo(0.05);
    expect(box.offsetX).toBeCloseTo(0);
    expect(box.offsetY).toBeCloseTo((150 - 750 * 0.05) / 2);
  });

  it('widens the frame to take in a view outside the blueprint', () => {
    const box = fitInto(
      { x: 0, y: 0, width: 1000, height: 750 },
      { x: -1000, y: 0, width: 1000, height: 750 },
      200,
      150,
    );
    expect([box.x, box.width]).toEqual([-1000, 2000]);
  });
});

describe('declared handles', () => {
  it('sit at the middle of each side, inside the border, as the page measures them', () => {
    const handles = declaredHandles(176, 61);
    expect(handles.map((h) => [h.id, h.x, h.y])).toEqual([
      ['t', 83, -4],
      ['r', 170, 25.5],
      ['b', 83, 55],
      ['l', -4, 25.5],
    ]);
    expect(declaredHandles(176, 61)).toBe(handles);
  });
});
