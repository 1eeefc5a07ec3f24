import { describe, expect, it } from 'vitest';
import { newBlueprint } from '../newBlueprint';
import { blueprintFacts } from './facts';

describe('blueprintFacts', () => {
  it('reads a version-1 document: no scenario start/end or tolerance yet', () => {
    const doc = newBlueprint('Coffee');
    doc.meta.service = 'Coffee to go';
    doc.meta.customerSegment = 'Commuters';
    expect(blueprintFacts(doc)).toEqual({
      title: 'Coffee',
      service: 'Coffee to go',
      customerSegment: 'Commuters',
      scenarioStart: '',
      scenarioEnd: '',
    });
  });

  it('reads the version-2 fields when present', () => {
    const doc = {
      title: 'Coffee',
      meta: {
        service: 'Coffee to go',
        customerSegment: 'Commuters',
        scenarioStart: 'Enters the shop',
        scenarioEnd: 'Leaves with a cup',
        toleranceMin: 8,
      },
    };
    expect(blueprintFacts(doc)).toMatchObject({
      scenarioStart: 'Enters the shop',
      scenarioEnd: 'Leaves with a cup',
      toleranceMin: 8,
    });
  });
});
