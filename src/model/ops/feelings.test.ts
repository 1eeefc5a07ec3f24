import { describe, expect, it } from 'vitest';
import { newBlueprint } from '../newBlueprint';
import { laneBands } from '../layout';
import { feelingPoints, feelingY, scoreAtY } from '../emotion';
import { loadBlueprint } from '../load';
import type { Blueprint } from '../types';
import { addEmotionLane, setFeeling } from './feelings';
import { addStep, moveSteps, updateStep } from './steps';

function cafe(): Blueprint {
  return {
    ...newBlueprint('Café'),
    steps: [
      { id: 'b', lane: 'customer', x: 240, label: 'Queue', description: '' },
      { id: 'a', lane: 'customer', x: 0, label: 'Enter', description: '' },
      { id: 't', lane: 'onstage', x: 0, label: 'Greet', description: '' },
    ],
  };
}

describe('the emotion lane', () => {
  it('goes right under the customer actions, once', () => {
    const doc = cafe();
    const id = addEmotionLane(doc, 'Customer feelings');
    expect(doc.lanes.map((l) => l.kind)).toEqual([
      'evidence',
      'customer',
      'emotion',
      'onstage',
      'backstage',
      'support',
    ]);
    expect(addEmotionLane(doc, 'again')).toBe(id);
    expect(doc.lanes.filter((l) => l.kind === 'emotion')).toHaveLength(1);
    expect(loadBlueprint(JSON.parse(JSON.stringify(doc))).ok).toBe(true);
  });

  it('takes no steps: adding, moving or relaning into it is refused', () => {
    const doc = cafe();
    const id = addEmotionLane(doc, 'Feelings');
    expect(() => addStep(doc, { lane: id, x: 0 })).toThrow(/takes steps/);
    moveSteps(doc, [{ id: 'a', x: 10, lane: id }]);
    updateStep(doc, 'b', { lane: id });
    expect(doc.steps.map((s) => s.lane)).toEqual(['customer', 'customer', 'onstage']);
    const bad = { ...structuredClone(doc), steps: [{ ...doc.steps[0]!, lane: id }] };
    expect(loadBlueprint(bad)).toEqual({
      ok: false,
      errors: [
        {
          path: 'steps[0].lane',
          message: `lane "${id}" is an emotion lane: it holds feelings, not steps`,
        },
      ],
    });
  });

  it('keeps feelings whole and in range, with a note', () => {
    const doc = cafe();
    setFeeling(doc, 'a', { score: 1.6 });
    expect(doc.steps[1]!.feeling).toEqual({ score: 2, note: '' });
    setFeeling(doc, 'a', { score: -9, note: 'cold' });
    expect(doc.steps[1]!.feeling).toEqual({ score: -2, note: 'cold' });
    setFeeling(doc, 'a', { score: Number.NaN });
    expect(doc.steps[1]!.feeling).toEqual({ score: -2, note: 'cold' });
    setFeeling(doc, 'a', null);
    expect(doc.steps[1]!.feeling).toBeUndefined();
    const bad = { ...cafe(), steps: [{ ...cafe().steps[0]!, feeling: { score: 3 } }] };
    expect(loadBlueprint(bad)).toMatchObject({
      ok: false,
      errors: [{ path: 'steps[0].feeling.score', message: 'must be a whole number from -2 to 2' }],
    });
  });

  it('places a point per customer action, left to right, +2 at the top', () => {
    const doc = cafe();
    addEmotionLane(doc, 'Feelings');
    setFeeling(doc, 'b', { score: 2 });
    const bands = laneBands(doc.lanes);
    const layout = feelingPoints(doc, bands)!;
    expect(layout.points.map((p) => [p.stepId, p.score])).toEqual([
      ['a', undefined],
      ['b', 2],
    ]);
    const { band } = layout;
    expect(feelingY(band, 2)).toBeLessThan(feelingY(band, 0));
    expect(layout.points[0]!.y).toBe(feelingY(band, 0));
    for (const score of [-2, -1, 0, 1, 2])
      expect(scoreAtY(band, feelingY(band, score))).toBe(score);
    expect(scoreAtY(band, band.top - 100)).toBe(2);
    expect(feelingPoints(cafe(), laneBands(cafe().lanes))).toBeNull();
  });
});

describe('the emotion lane on a language switch', () => {
  it('takes the new language’s name unless the user renamed it', async () => {
    const { relabelStandardLanes } = await import('./lanes');
    const { STANDARD_LANE_LABELS } = await import('../newBlueprint');
    const en = { ...STANDARD_LANE_LABELS, emotion: 'Customer feelings' };
    const zh = {
      evidence: '有形展示',
      customer: '顾客行为',
      onstage: '前台员工行为',
      backstage: '后台员工行为',
      support: '支持过程',
      emotion: '顾客感受',
    };
    const doc = cafe();
    addEmotionLane(doc, 'Customer feelings');
    relabelStandardLanes(doc, en, zh);
    expect(doc.lanes.map((l) => l.label)).toEqual([
      '有形展示',
      '顾客行为',
      '顾客感受',
      '前台员工行为',
      '后台员工行为',
      '支持过程',
    ]);
    doc.lanes[2]!.label = 'Mood';
    relabelStandardLanes(doc, zh, en);
    expect(doc.lanes[2]!.label).toBe('Mood');
    expect(doc.lanes[1]!.label).toBe('Customer actions');
  });
});

describe('a new blueprint given the emotion lane’s name too', () => {
  it('still has the five standard lanes only', async () => {
    const { standardLanes, STANDARD_LANE_LABELS } = await import('../newBlueprint');
    const lanes = standardLanes({ ...STANDARD_LANE_LABELS, emotion: 'Customer feelings' } as never);
    expect(lanes.map((l) => l.kind)).toEqual([
      'evidence',
      'customer',
      'onstage',
      'backstage',
      'support',
    ]);
  });
});
