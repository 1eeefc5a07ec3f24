import { describe, expect, it } from 'vitest';
import { DOUBLE_TAP_MS, DoubleTaps, Press, SLOP_PX, TAP_MS } from './gestures';

const at = (x: number, y: number, time: number) => ({ x, y, time });

describe('Press', () => {
  it('is a tap when lifted quickly and near where it started', () => {
    const press = new Press(at(100, 100, 0));
    press.move(at(104, 103, 50));
    expect(press.isTap(at(104, 103, TAP_MS - 1))).toBe(true);
    expect(press.isStill).toBe(true);
  });

  it('is neither a tap nor a long press once it wanders past the slop, even if it comes back', () => {
    const press = new Press(at(100, 100, 0));
    press.move(at(100 + SLOP_PX + 1, 100, 40));
    press.move(at(100, 100, 80));
    expect(press.isStill).toBe(false);
    expect(press.isTap(at(100, 100, 100))).toBe(false);
  });

  it('is not a tap when held too long, nor when a second finger joins', () => {
    expect(new Press(at(0, 0, 0)).isTap(at(0, 0, TAP_MS))).toBe(false);
    const pinch = new Press(at(0, 0, 0));
    pinch.abandon();
    expect(pinch.isStill).toBe(false);
    expect(pinch.isTap(at(0, 0, 10))).toBe(false);
  });
});

describe('DoubleTaps', () => {
  it('pairs two taps close in time and place, then starts afresh', () => {
    const taps = new DoubleTaps();
    expect(taps.tap(at(10, 10, 0))).toBe(false);
    expect(taps.tap(at(20, 18, 200))).toBe(true);
    expect(taps.tap(at(20, 18, 300))).toBe(false);
  });

  it('does not pair taps too far apart in time or place, or split by a reset', () => {
    const taps = new DoubleTaps();
    taps.tap(at(10, 10, 0));
    expect(taps.tap(at(10, 10, DOUBLE_TAP_MS + 1))).toBe(false);
    expect(taps.tap(at(60, 10, DOUBLE_TAP_MS + 100))).toBe(false);
    taps.reset();
    expect(taps.tap(at(60, 10, DOUBLE_TAP_MS + 150))).toBe(false);
  });
});
