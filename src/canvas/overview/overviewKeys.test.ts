import { describe, expect, it } from 'vitest';
import { viewAfterOverviewKey } from './overviewKeys';

const pane = { width: 800, height: 600 };
const range = { min: 0.1, max: 3 };
const view = { x: -100, y: -50, zoom: 1 };
const key = (k: string, shiftKey = false) => ({ key: k, shiftKey });

/** The flow point at the middle of the screen for a view. */
const middleOf = (v: { x: number; y: number; zoom: number }) => ({
  x: (pane.width / 2 - v.x) / v.zoom,
  y: (pane.height / 2 - v.y) / v.zoom,
});

describe('the minimap keys', () => {
  it('move the part in view a quarter of the screen, or a whole screen with Shift', () => {
    expect(viewAfterOverviewKey(key('ArrowRight'), view, pane, range)).toEqual({
      x: -300,
      y: -50,
      zoom: 1,
    });
    expect(viewAfterOverviewKey(key('ArrowUp'), view, pane, range)).toEqual({
      x: -100,
      y: 100,
      zoom: 1,
    });
    expect(viewAfterOverviewKey(key('ArrowLeft', true), view, pane, range)).toEqual({
      x: 700,
      y: -50,
      zoom: 1,
    });
    expect(viewAfterOverviewKey(key('ArrowDown', true), view, pane, range)).toEqual({
      x: -100,
      y: -650,
      zoom: 1,
    });
  });

  it('zoom about the middle of the screen, within the zoom limits', () => {
    const zoomed = viewAfterOverviewKey(key('+'), view, pane, range)!;
    expect(zoomed.zoom).toBeCloseTo(1.2);
    expect(middleOf(zoomed).x).toBeCloseTo(middleOf(view).x);
    expect(middleOf(zoomed).y).toBeCloseTo(middleOf(view).y);
    const out = viewAfterOverviewKey(key('-'), view, pane, range)!;
    expect(out.zoom).toBeCloseTo(1 / 1.2);
    expect(middleOf(out).x).toBeCloseTo(middleOf(view).x);
    expect(viewAfterOverviewKey(key('='), { ...view, zoom: 2.9 }, pane, range)!.zoom).toBe(3);
    expect(viewAfterOverviewKey(key('-'), { ...view, zoom: 0.11 }, pane, range)!.zoom).toBe(0.1);
  });

  it('leave every other key alone', () => {
    for (const other of ['Enter', 'a', ' ', 'Tab', 'Escape']) {
      expect(viewAfterOverviewKey(key(other), view, pane, range)).toBeNull();
    }
  });
});
