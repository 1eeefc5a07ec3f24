import { describe, expect, it } from 'vitest';
import { newBlueprint } from '../newBlueprint';
import type { Blueprint, GuideStep, Improvement } from '../types';
import {
  addImprovement,
  deleteImprovement,
  setEconomics,
  setGuideDone,
  setGuideStep,
  updateImprovement,
} from './analysisInputs';
import { addStep, setFailPoint, setWait } from './steps';

/** Given: a fail point f (onstage) and a wait w (customer), and a plain step p. */
function given(): Blueprint {
  const doc = newBlueprint();
  addStep(doc, { lane: 'customer', x: 0, label: 'Check in', id: 'w' });
  addStep(doc, { lane: 'onstage', x: 0, label: 'Register guest', id: 'f' });
  addStep(doc, { lane: 'evidence', x: 0, label: 'Lobby', id: 'p' });
  setWait(doc, 'w', { expectedMin: 12, toleranceMin: 8 });
  setFailPoint(doc, 'f', { risk: 'Room not ready', probability: 0.08, costPerFailure: 40 });
  return doc;
}

describe('setEconomics', () => {
  it('sets the numbers given and keeps the others', () => {
    const doc = given();
    setEconomics(doc, { customersPerMonth: 1200, spendPerVisit: 180 });
    setEconomics(doc, { visitsPerYear: 2, yearsRetained: 3 });
    expect(doc.economics).toEqual({
      customersPerMonth: 1200,
      spendPerVisit: 180,
      visitsPerYear: 2,
      yearsRetained: 3,
      currency: 'USD',
    });
  });

  it('changes the currency', () => {
    const doc = given();
    setEconomics(doc, { currency: 'CNY' });
    expect(doc.economics).toEqual({ currency: 'CNY' });
  });

  it('removes a number given as undefined ("not known"), never writing 0', () => {
    const doc = given();
    setEconomics(doc, { customersPerMonth: 1200, spendPerVisit: 0 });
    setEconomics(doc, { customersPerMonth: undefined });
    expect('customersPerMonth' in doc.economics).toBe(false);
    expect(doc.economics.spendPerVisit).toBe(0);
  });

  it('keeps the currency when it is given as undefined: a document always has one', () => {
    const doc = given();
    setEconomics(doc, { currency: 'EUR' });
    setEconomics(doc, { currency: undefined, visitsPerYear: 4 });
    expect(doc.economics).toEqual({ currency: 'EUR', visitsPerYear: 4 });
  });
});

describe('addImprovement', () => {
  it('adds an empty idea with a fresh "imp-" id', () => {
    const doc = given();
    const id = addImprovement(doc);
    expect(id).toMatch(/^imp-[a-z0-9]+$/);
    expect(doc.improvements).toEqual<Improvement[]>([
      { id, title: '', addresses: [], oneOffCost: 0, runningCostPerMonth: 0, status: 'idea' },
    ]);
  });

  it('takes the fields and id given', () => {
    const doc = given();
    const id = addImprovement(
      doc,
      {
        title: 'Text the guest when the room is ready',
        addresses: ['f'],
        oneOffCost: 3000,
        runningCostPerMonth: 120,
        newProbability: 0.02,
        status: 'planned',
      },
      'i1',
    );
    expect(id).toBe('i1');
    expect(doc.improvements[0]).toEqual({
      id: 'i1',
      title: 'Text the guest when the room is ready',
      addresses: ['f'],
      oneOffCost: 3000,
      runningCostPerMonth: 120,
      newProbability: 0.02,
      status: 'planned',
    });
  });

  it('makes ids that do not clash', () => {
    const doc = given();
    const ids = Array.from({ length: 30 }, () => addImprovement(doc));
    expect(new Set(ids).size).toBe(30);
  });

  it('keeps only addresses of steps that exist, so the document stays valid', () => {
    const doc = given();
    addImprovement(doc, { addresses: ['ghost', 'w', 'f'] }, 'i1');
    expect(doc.improvements[0]!.addresses).toEqual(['w', 'f']);
  });

  it("does not share the caller's addresses array", () => {
    const doc = given();
    const addresses = ['w'];
    addImprovement(doc, { addresses }, 'i1');
    addresses.push('f');
    expect(doc.improvements[0]!.addresses).toEqual(['w']);
  });
});

describe('updateImprovement', () => {
  function withOne(): Blueprint {
    const doc = given();
    addImprovement(doc, { title: 'Queue display', addresses: ['w'], newWaitMin: 6 }, 'i1');
    return doc;
  }

  it('changes only the given fields', () => {
    const doc = withOne();
    updateImprovement(doc, 'i1', { oneOffCost: 800, status: 'done' });
    expect(doc.improvements[0]).toEqual({
      id: 'i1',
      title: 'Queue display',
      addresses: ['w'],
      oneOffCost: 800,
      runningCostPerMonth: 0,
      newWaitMin: 6,
      status: 'done',
    });
  });

  it('removes newProbability or newWaitMin given as undefined, and ignores other undefined fields', () => {
    const doc = withOne();
    updateImprovement(doc, 'i1', { newProbability: 0.01 });
    updateImprovement(doc, 'i1', { newWaitMin: undefined, title: undefined, status: undefined });
    const improvement = doc.improvements[0]!;
    expect('newWaitMin' in improvement).toBe(false);
    expect(improvement).toMatchObject({
      title: 'Queue display',
      status: 'idea',
      newProbability: 0.01,
    });
  });

  it('replaces the addresses, dropping ids of steps that do not exist', () => {
    const doc = withOne();
    updateImprovement(doc, 'i1', { addresses: ['f', 'nope', 'w'] });
    expect(doc.improvements[0]!.addresses).toEqual(['f', 'w']);
  });

  it('does nothing for an unknown improvement', () => {
    const doc = withOne();
    const before = structuredClone(doc);
    updateImprovement(doc, 'zz', { title: 'x' });
    expect(doc).toEqual(before);
  });
});

describe('deleteImprovement', () => {
  it('removes the improvement and keeps the others in order', () => {
    const doc = given();
    for (const id of ['i1', 'i2', 'i3']) addImprovement(doc, {}, id);
    deleteImprovement(doc, 'i2');
    expect(doc.improvements.map((i) => i.id)).toEqual(['i1', 'i3']);
  });

  it('leaves the array untouched (same reference) for an unknown id, so no undo step is made', () => {
    const doc = given();
    addImprovement(doc, {}, 'i1');
    const { improvements } = doc;
    deleteImprovement(doc, 'zz');
    expect(doc.improvements).toBe(improvements);
  });

  it('leaves the steps it addressed alone', () => {
    const doc = given();
    addImprovement(doc, { addresses: ['w', 'f'] }, 'i1');
    deleteImprovement(doc, 'i1');
    expect(doc.steps.map((s) => s.id)).toEqual(['w', 'f', 'p']);
    expect(doc.steps[1]!.failPoint).toBeDefined();
  });
});

describe('setGuideStep', () => {
  it('moves to the given step and leaves the done list alone', () => {
    const doc = given();
    setGuideDone(doc, 1, true);
    setGuideStep(doc, 4);
    expect(doc.guide).toEqual({ step: 4, done: [1] });
  });
});

describe('setGuideDone', () => {
  it('keeps the done list sorted and free of repeats', () => {
    const doc = given();
    setGuideDone(doc, 3, true);
    setGuideDone(doc, 1, true);
    setGuideDone(doc, 6, true);
    setGuideDone(doc, 3, true);
    expect(doc.guide.done).toEqual([1, 3, 6]);
  });

  it('takes a step off the list', () => {
    const doc = given();
    setGuideDone(doc, 2, true);
    setGuideDone(doc, 5, true);
    setGuideDone(doc, 2, false);
    expect(doc.guide.done).toEqual([5]);
    expect(doc.guide.step).toBe(1);
  });

  it('leaves the list untouched (same reference) when nothing changes', () => {
    const doc = given();
    setGuideDone(doc, 2, true);
    const { done } = doc.guide;
    setGuideDone(doc, 2, true);
    setGuideDone(doc, 4, false);
    expect(doc.guide.done).toBe(done);
  });
});

describe('numbers and codes that are not fit for the document', () => {
  const NaN_ = Number.NaN;

  it('setEconomics makes negatives 0 and refuses NaN, infinities and malformed currencies', () => {
    const doc = given();
    setEconomics(doc, { customersPerMonth: 100, currency: 'EUR' });
    setEconomics(doc, {
      customersPerMonth: NaN_,
      spendPerVisit: -5,
      visitsPerYear: Number.POSITIVE_INFINITY,
      currency: 'eur',
    });
    expect(doc.economics).toEqual({ customersPerMonth: 100, spendPerVisit: 0, currency: 'EUR' });
    setEconomics(doc, { currency: 'EURO' });
    expect(doc.economics.currency).toBe('EUR');
  });

  it('improvements: costs 0 or more, newProbability 0–1, NaN and unknown statuses refused', () => {
    const doc = given();
    const id = addImprovement(doc, {
      oneOffCost: -1,
      runningCostPerMonth: NaN_,
      newProbability: 2,
      newWaitMin: -4,
    });
    expect(doc.improvements[0]).toEqual({
      id,
      title: '',
      addresses: [],
      oneOffCost: 0,
      runningCostPerMonth: 0,
      newProbability: 1,
      newWaitMin: 0,
      status: 'idea',
    });
    updateImprovement(doc, id, {
      newProbability: NaN_,
      status: 'someday' as Improvement['status'],
    });
    expect(doc.improvements[0]).toMatchObject({ newProbability: 1, status: 'idea' });
  });

  it('addImprovement leaves out an optional number given as undefined', () => {
    const doc = given();
    addImprovement(doc, { newProbability: undefined, newWaitMin: undefined }, 'i1');
    expect(Object.keys(doc.improvements[0]!)).not.toContain('newProbability');
    expect(Object.keys(doc.improvements[0]!)).not.toContain('newWaitMin');
  });

  it('refuses guide steps that do not exist', () => {
    const doc = given();
    for (const step of [0, 7, 2.5, NaN_]) {
      setGuideStep(doc, step as GuideStep);
      setGuideDone(doc, step as GuideStep, true);
    }
    expect(doc.guide).toEqual({ step: 1, done: [] });
  });
});
