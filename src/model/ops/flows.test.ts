import { describe, expect, it } from 'vitest';
import { newBlueprint } from '../newBlueprint';
import type { Blueprint, Flow } from '../types';
import { addFlow, canConnect, deleteFlows, reverseFlows, updateFlow } from './flows';
import { addStep } from './steps';

/** Given: steps a, b, c, d; a one-way flow a→b and a two-way flow b↔c. */
function given(): Blueprint {
  const doc = newBlueprint();
  for (const [id, lane, x] of [
    ['a', 'customer', 0],
    ['b', 'customer', 240],
    ['c', 'onstage', 240],
    ['d', 'backstage', 240],
  ] as const) {
    addStep(doc, { id, lane, x });
  }
  doc.flows.push(
    { id: 'ab', from: 'a', to: 'b', label: '', twoWay: false },
    { id: 'bc', from: 'b', to: 'c', label: 'asks', twoWay: true },
  );
  return doc;
}

describe('canConnect', () => {
  const cases: [string, string, string, boolean][] = [
    ['a new pair', 'c', 'd', true],
    ['a step to itself', 'a', 'a', false],
    ['a duplicate of an existing flow', 'a', 'b', false],
    ['the reverse of a one-way flow', 'b', 'a', true],
    ['the reverse of a two-way flow', 'c', 'b', false],
    ['the same direction as a two-way flow', 'b', 'c', false],
    ['from a missing step', 'zz', 'a', false],
    ['to a missing step', 'a', 'zz', false],
  ];
  it.each(cases)('%s (%s → %s): %s', (_name, from, to, expected) => {
    expect(canConnect(given(), from, to)).toBe(expected);
  });
});

describe('addFlow', () => {
  it('adds a one-way flow with an empty label and returns the given id', () => {
    const doc = given();
    expect(addFlow(doc, 'c', 'd', 'cd')).toBe('cd');
    expect(doc.flows.at(-1)).toEqual<Flow>({
      id: 'cd',
      from: 'c',
      to: 'd',
      label: '',
      twoWay: false,
    });
  });

  it('makes fresh "flow-" ids that do not clash', () => {
    const doc = given();
    const first = addFlow(doc, 'c', 'd');
    const second = addFlow(doc, 'a', 'd');
    expect(first).toMatch(/^flow-[a-z0-9]+$/);
    expect(second).toMatch(/^flow-[a-z0-9]+$/);
    expect(first).not.toBe(second);
    expect(doc.flows.map((f) => f.id)).toEqual(['ab', 'bc', first, second]);
  });

  it.each([
    ['self', 'a', 'a'],
    ['duplicate', 'a', 'b'],
    ['reverse of two-way', 'c', 'b'],
    ['dangling', 'a', 'zz'],
  ])('refuses a %s flow: returns undefined and changes nothing', (_name, from, to) => {
    const doc = given();
    expect(addFlow(doc, from, to)).toBeUndefined();
    expect(doc.flows.map((f) => f.id)).toEqual(['ab', 'bc']);
  });
});

describe('updateFlow', () => {
  it('sets the label and twoWay independently', () => {
    const doc = given();
    updateFlow(doc, 'ab', { label: 'walks to' });
    expect(doc.flows[0]).toMatchObject({ label: 'walks to', twoWay: false });
    updateFlow(doc, 'ab', { twoWay: true });
    expect(doc.flows[0]).toMatchObject({ label: 'walks to', twoWay: true });
    updateFlow(doc, 'bc', { twoWay: false, label: '' });
    expect(doc.flows[1]).toMatchObject({ label: '', twoWay: false });
  });

  it('does nothing for an unknown flow', () => {
    const doc = given();
    updateFlow(doc, 'zz', { label: 'x' });
    expect(doc.flows.map((f) => f.label)).toEqual(['', 'asks']);
  });
});

describe('deleteFlows', () => {
  it('removes only the given flows and keeps the steps', () => {
    const doc = given();
    deleteFlows(doc, ['bc', 'zz']);
    expect(doc.flows.map((f) => f.id)).toEqual(['ab']);
    expect(doc.steps).toHaveLength(4);
  });

  it('leaves the array untouched (same reference) when no id matches', () => {
    const doc = given();
    const { flows } = doc;
    deleteFlows(doc, ['zz']);
    deleteFlows(doc, []);
    expect(doc.flows).toBe(flows);
  });
});

describe('reverseFlows', () => {
  it('turns the chosen flows round and keeps their ids, labels and two-way state', () => {
    const doc = given();
    reverseFlows(doc, ['ab', 'bc']);
    expect(doc.flows).toEqual([
      { id: 'ab', from: 'b', to: 'a', label: '', twoWay: false },
      { id: 'bc', from: 'c', to: 'b', label: 'asks', twoWay: true },
    ]);
  });

  it('leaves a flow whose reverse is already drawn, and ids it does not know', () => {
    const doc = given();
    doc.flows.push({ id: 'ba', from: 'b', to: 'a', label: '', twoWay: false });
    const before = structuredClone(doc.flows);
    reverseFlows(doc, ['ab', 'ghost']);
    expect(doc.flows).toEqual(before);
  });

  it('reverses a pair of opposite flows chosen together without ever drawing one twice', () => {
    const doc = given();
    doc.flows.push({ id: 'ba', from: 'b', to: 'a', label: '', twoWay: false });
    reverseFlows(doc, ['ab', 'ba']);
    const pairs = doc.flows.map((f) => `${f.from}>${f.to}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });
});
