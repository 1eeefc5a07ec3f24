import { describe, expect, it } from 'vitest';
import { fitViewport, type Insets } from './fitViewport';

const none: Insets = { left: 0, top: 0, right: 0, bottom: 0 };
const range = { min: 0.1, max: 3 };

/** Where a canvas point lands on screen under a viewport. */
const toScreen = (v: { x: number; y: number; zoom: number }, p: { x: number; y: number }) => ({
  x: p.x * v.zoom + v.x,
  y: p.y * v.zoom + v.y,
});

describe('fitViewport', () => {
  it('scales a wide blueprint to the pane width and centres it vertically', () => {
    const v = fitViewport(
      { x: 0, y: 0, width: 2000, height: 500 },
      { width: 1000, height: 800 },
      none,
      range,
    );
    expect(v.zoom).toBe(0.5);
    expect(toScreen(v, { x: 0, y: 0 })).toEqual({ x: 0, y: 275 });
    expect(toScreen(v, { x: 2000, y: 500 })).toEqual({ x: 1000, y: 525 });
  });

  it('keeps the insets free: the frozen lane names on the left', () => {
    const insets = { left: 200, top: 20, right: 20, bottom: 20 };
    const v = fitViewport(
      { x: -100, y: 0, width: 780, height: 760 },
      { width: 1000, height: 800 },
      insets,
      range,
    );
    expect(v.zoom).toBe(1);
    expect(toScreen(v, { x: -100, y: 0 })).toEqual({ x: 200, y: 20 });
    expect(toScreen(v, { x: 680, y: 760 })).toEqual({ x: 980, y: 780 });
  });

  it('stays within the zoom limits', () => {
    const tiny = fitViewport(
      { x: 0, y: 0, width: 10, height: 10 },
      { width: 1000, height: 800 },
      none,
      range,
    );
    expect(tiny.zoom).toBe(3);
    const huge = fitViewport(
      { x: 0, y: 0, width: 1e6, height: 10 },
      { width: 1000, height: 800 },
      none,
      range,
    );
    expect(huge.zoom).toBe(0.1);
  });
});
