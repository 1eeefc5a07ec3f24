import { describe, expect, it } from 'vitest';
import { prunedSelection } from './prunedSelection';

const doc = {
  steps: [{ id: 'a' }, { id: 'b' }],
  flows: [{ id: 'f' }],
} as unknown as Parameters<typeof prunedSelection>[0];

describe('prunedSelection', () => {
  it('leaves a selection whose ids all exist alone', () => {
    expect(prunedSelection(doc, { steps: ['a', 'b'], flows: ['f'] }, 'a')).toBeNull();
    expect(prunedSelection(doc, { steps: [], flows: [] }, null)).toBeNull();
  });

  it('drops the steps, flows and edited card that are gone, keeping the order of the rest', () => {
    expect(prunedSelection(doc, { steps: ['b', 'x', 'a'], flows: ['g', 'f'] }, 'x')).toEqual({
      selection: { steps: ['b', 'a'], flows: ['f'] },
      editingStepId: null,
    });
    expect(prunedSelection(doc, { steps: [], flows: ['g'] }, 'b')).toEqual({
      selection: { steps: [], flows: [] },
      editingStepId: 'b',
    });
  });
});
