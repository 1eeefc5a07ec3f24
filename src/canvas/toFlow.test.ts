import { describe, expect, it } from 'vitest';
import { laneBands, newBlueprint, ops, STEP_TOP_PADDING, type Blueprint } from '../model';
import { flowSides, toFlowEdges, toFlowNodes } from './toFlow';

function sample(): Blueprint {
  const doc = newBlueprint();
  ops.addStep(doc, { lane: 'customer', x: 0, label: 'Arrive', id: 'a' });
  ops.addStep(doc, { lane: 'customer', x: 240, label: 'Check in', id: 'b' });
  ops.addStep(doc, { lane: 'onstage', x: 240, label: 'Greet', id: 'c' });
  ops.addFlow(doc, 'a', 'b', 'f1');
  ops.addFlow(doc, 'b', 'c', 'f2');
  return doc;
}

describe('flowSides', () => {
  it.each([
    [{ top: 0, x: 0 }, { top: 150, x: 0 }, 'b', 't'],
    [{ top: 300, x: 0 }, { top: 150, x: 0 }, 't', 'b'],
    [{ top: 150, x: 0 }, { top: 150, x: 240 }, 'r', 'l'],
    [{ top: 150, x: 480 }, { top: 150, x: 240 }, 'l', 'r'],
  ])('%j → %j leaves by %s, enters by %s', (from, to, source, target) => {
    expect(flowSides(from, to)).toEqual({ source, target });
  });
});

describe('toFlowNodes', () => {
  it('places each step at its x and its lane top plus padding', () => {
    const doc = sample();
    const nodes = toFlowNodes(doc, new Set(['b']));
    const bands = laneBands(doc.lanes);
    const onstageTop = bands.find((b) => b.lane.id === 'onstage')!.top;
    expect(nodes.map((n) => [n.id, n.position.x, n.position.y, n.selected])).toEqual([
      ['a', 0, 150 + STEP_TOP_PADDING, false],
      ['b', 240, 150 + STEP_TOP_PADDING, true],
      ['c', 240, onstageTop + STEP_TOP_PADDING, false],
    ]);
    expect(nodes[2]!.ariaLabel).toBe(
      "Step 'Greet', Onstage actions (visible contact employee) lane",
    );
  });

  it('reuses unchanged nodes and keeps measured sizes for changed ones', () => {
    const doc = sample();
    const first = toFlowNodes(doc, new Set());
    const measured = first.map((n) => ({ ...n, measured: { width: 176, height: 60 } }));
    const next = structuredClone(doc);
    next.steps[0] = doc.steps[0]!; // unchanged step keeps its identity
    next.steps[1] = doc.steps[1]!;
    next.steps[2]!.label = 'Greet guest';
    next.lanes = doc.lanes;
    const second = toFlowNodes(next, new Set(), measured);
    expect(second[0]).toBe(measured[0]);
    expect(second[1]).toBe(measured[1]);
    expect(second[2]).not.toBe(measured[2]);
    expect(second[2]!.measured).toEqual({ width: 176, height: 60 });
  });

  it('leaves out steps in hidden lanes, and their flows', () => {
    const doc = sample();
    ops.setLaneHidden(doc, 'onstage', true);
    expect(toFlowNodes(doc, new Set()).map((n) => n.id)).toEqual(['a', 'b']);
    expect(toFlowEdges(doc, new Set()).map((e) => e.id)).toEqual(['f1']);
  });
});

describe('toFlowEdges', () => {
  it('routes across within a lane and down between lanes', () => {
    const edges = toFlowEdges(sample(), new Set(['f2']));
    expect(edges.map((e) => [e.id, e.sourceHandle, e.targetHandle, e.selected])).toEqual([
      ['f1', 'r', 'l', false],
      ['f2', 'b', 't', true],
    ]);
    expect(edges[1]!.ariaLabel).toBe("Flow from 'Check in' to 'Greet'");
  });
});

describe('reuse between edits', () => {
  it('gives back the same node array when nothing a card shows changed', () => {
    const doc = sample();
    const first = toFlowNodes(doc, new Set());
    expect(toFlowNodes(doc, new Set(), first)).toBe(first);
    const selected = toFlowNodes(doc, new Set(['a']), first);
    expect(selected).not.toBe(first);
    expect(selected[1]).toBe(first[1]);
  });

  it('rebuilds only the flows of a changed step, and reuses the array when none changed', () => {
    const doc = sample();
    const first = toFlowEdges(doc, new Set());
    expect(toFlowEdges(doc, new Set(), undefined, first)).toBe(first);
    const renamed = {
      ...doc,
      steps: doc.steps.map((s) => (s.id === 'c' ? { ...s, label: 'Welcome' } : s)),
    };
    const second = toFlowEdges(renamed, new Set(), undefined, first);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]!.ariaLabel).toBe("Flow from 'Check in' to 'Welcome'");
  });

  it('keeps the edge list when a card moves, unless an arrow changes sides', () => {
    const doc = sample();
    const first = toFlowEdges(doc, new Set());
    const nudged = {
      ...doc,
      steps: doc.steps.map((s) => (s.id === 'b' ? { ...s, x: 300 } : s)),
    };
    expect(toFlowEdges(nudged, new Set(), undefined, first)).toBe(first);
    const passed = {
      ...doc,
      steps: doc.steps.map((s) => (s.id === 'a' ? { ...s, x: 500 } : s)),
    };
    const second = toFlowEdges(passed, new Set(), undefined, first);
    expect(second[0]).not.toBe(first[0]);
    expect([second[0]!.sourceHandle, second[0]!.targetHandle]).toEqual(['l', 'r']);
    expect(second[1]).toBe(first[1]);
  });

  it('rebuilds a flow when it is selected or its lane moves', () => {
    const doc = sample();
    const first = toFlowEdges(doc, new Set());
    expect(toFlowEdges(doc, new Set(['f1']), undefined, first)[0]!.selected).toBe(true);
    const moved = { ...doc, lanes: [...doc.lanes].reverse() };
    const second = toFlowEdges(moved, new Set(), undefined, first);
    expect(second[1]).not.toBe(first[1]);
    expect([second[1]!.sourceHandle, second[1]!.targetHandle]).toEqual(['t', 'b']);
  });
});
