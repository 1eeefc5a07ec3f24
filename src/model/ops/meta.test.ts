import { describe, expect, it } from 'vitest';
import { newBlueprint } from '../newBlueprint';
import { setMeta } from './meta';

describe('setMeta', () => {
  it('sets the given texts and leaves the others', () => {
    const doc = newBlueprint();
    setMeta(doc, { service: 'Hotel', scenarioStart: 'Guest drives up' });
    setMeta(doc, { locale: 'zh-CN', service: undefined });
    expect(doc.meta).toEqual({
      service: 'Hotel',
      customerSegment: '',
      scenario: '',
      scenarioStart: 'Guest drives up',
      scenarioEnd: '',
      locale: 'zh-CN',
    });
  });

  it.each([
    [720, 720],
    [-5, 0],
    [Number.NaN, 60],
    [Number.POSITIVE_INFINITY, 60],
  ])('tolerance %d is stored as %d (refused when not finite)', (given, stored) => {
    const doc = newBlueprint();
    setMeta(doc, { toleranceMin: 60 });
    setMeta(doc, { toleranceMin: given });
    expect(doc.meta.toleranceMin).toBe(stored);
  });

  it('removes the tolerance given as undefined ("not known"), leaving no key behind', () => {
    const doc = newBlueprint();
    setMeta(doc, { toleranceMin: 60 });
    setMeta(doc, { toleranceMin: undefined });
    expect('toleranceMin' in doc.meta).toBe(false);
  });
});
