import { describe, expect, it } from 'vitest';
import { MAX_LANE_HEIGHT, MIN_LANE_HEIGHT, STEP_MIN_HEIGHT, STEP_TOP_PADDING } from '../layout';
import { newBlueprint } from '../newBlueprint';
import {
  estimatedCardHeight,
  estimatedLines,
  laneContentHeight,
  lanesToGrow,
} from './arrangeLanes';
import { addStep, updateStep } from './steps';

/**
 * Card heights measured in Chromium (15 px system-ui): one line 56, two 61, three 80.5, four
 * (the most a card shows) 100, four with a duration 119.6. The estimate never falls short.
 */
describe('estimated card heights', () => {
  it.each([
    ['A', 1, 56],
    ['Check in at the front desk', 2, 61],
    ['办理入住手续并出示身份证件给前台工作人员进行核对登记', 3, 80.5],
    ['x'.repeat(400), 4, 100],
    ['W'.repeat(60), 4, 100],
    ['a\nb\nc\nd\ne', 4, 100],
  ])('%j takes at least as much as it does on screen', (label, lines, measured) => {
    expect(estimatedLines(label)).toBeGreaterThanOrEqual(lines);
    expect(estimatedCardHeight({ label, durationMin: undefined })).toBeGreaterThanOrEqual(measured);
  });

  it('is the minimum card for an empty or short label, and adds the duration line', () => {
    expect(estimatedCardHeight({ label: '', durationMin: undefined })).toBe(STEP_MIN_HEIGHT);
    expect(estimatedCardHeight({ label: 'x'.repeat(400), durationMin: 5 })).toBeGreaterThanOrEqual(
      119.6,
    );
    // The smallest lane holds a one-line card exactly, as it always has.
    expect(laneContentHeight([{ label: 'Pay', durationMin: undefined }])).toBe(MIN_LANE_HEIGHT);
    expect(laneContentHeight([])).toBe(0);
  });
});

describe('lanesToGrow', () => {
  it('grows only lanes the edit touched, to their tallest card', () => {
    const before = newBlueprint();
    for (const lane of before.lanes) lane.height = MIN_LANE_HEIGHT;
    addStep(before, { lane: 'customer', x: 0, id: 'a', label: 'Pay' });
    addStep(before, { lane: 'support', x: 0, id: 's', label: 'x'.repeat(200) }); // too tall already
    const after = structuredClone(before);
    after.steps = [...before.steps];
    after.lanes = [...before.lanes];
    after.steps[0] = { ...before.steps[0]!, label: 'x'.repeat(400) };
    const grow = lanesToGrow(before, after);
    expect(grow).toEqual([{ id: 'customer', height: STEP_TOP_PADDING + 100 }]);
  });

  it('never asks for more than the tallest lane allowed, nor for a lane that fits', () => {
    const doc = newBlueprint();
    addStep(doc, { lane: 'customer', x: 0, id: 'a', label: 'Pay' });
    const moved = structuredClone(doc);
    updateStep(moved, 'a', { label: 'x'.repeat(400), durationMin: 3 });
    expect(lanesToGrow(doc, moved)).toEqual([]); // 150 holds any card
    moved.lanes[1]!.height = 80;
    const grow = lanesToGrow(doc, moved);
    expect(grow[0]!.height).toBeLessThanOrEqual(MAX_LANE_HEIGHT);
    expect(grow[0]!.height).toBeGreaterThanOrEqual(STEP_TOP_PADDING + 119.6);
  });
});
