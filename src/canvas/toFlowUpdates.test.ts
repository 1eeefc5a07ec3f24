import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { laneBands, newBlueprint, ops, type Blueprint, type LaneBand } from '../model';
import { changedSteps } from './listChanges';
import { toFlowEdges, toFlowNodes, type FlowFlowEdge, type StepFlowNode } from './toFlow';

/** No selection, kept as one object as the canvas keeps it. */
const none: ReadonlySet<string> = new Set();

/** What a user sees of a node or an edge, to compare an updated list with one built afresh. */
const shownNode = (n: StepFlowNode) => [n.id, n.position, n.data.step, n.selected, n.ariaLabel];
const shownEdge = (e: FlowFlowEdge) => [
  e.id,
  e.sourceHandle,
  e.targetHandle,
  e.ariaLabel,
  e.selected,
];

function sample(): Blueprint {
  const doc = newBlueprint();
  const lanes = doc.lanes.map((l) => l.id);
  for (let i = 0; i < 60; i++)
    ops.addStep(doc, {
      lane: lanes[i % lanes.length]!,
      x: (i >> 2) * 240,
      label: `S${i}`,
      id: `s${i}`,
    });
  for (let i = 1; i < 60; i++) ops.addFlow(doc, `s${i - 1}`, `s${i}`, `f${i}`);
  return doc;
}

/** A small random generator, so a failing sequence can be replayed from its seed. */
function random(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
}

describe('updating nodes and edges after an edit', () => {
  it('finds the changed steps only when the ids stay in order', () => {
    const doc = sample();
    const moved = produce(doc, (d) => {
      d.steps[3]!.x += 10;
    });
    expect(changedSteps(doc.steps, moved.steps)).toEqual([moved.steps[3]]);
    expect(changedSteps(doc.steps, [...doc.steps].reverse())).toBeUndefined();
    expect(changedSteps(doc.steps, doc.steps.slice(1))).toBeUndefined();
  });

  it.each([1, 2, 3, 4, 5])('matches a fresh build through random edits (seed %i)', (seed) => {
    const pick = random(seed);
    let doc = sample();
    let bands: LaneBand[] = laneBands(doc.lanes);
    let nodes = toFlowNodes(doc, none, [], bands);
    let edges = toFlowEdges(doc, none, bands, []);
    let selected: ReadonlySet<string> = none;
    for (let round = 0; round < 80; round++) {
      const before = doc;
      const kind = pick(7);
      if (kind === 6) {
        // A new selection of a few steps (some may be gone: the canvas prunes later).
        const ids = Array.from({ length: pick(4) }, () => doc.steps[pick(doc.steps.length)]!.id);
        selected = new Set([...ids, ...(pick(2) ? ['s-gone'] : [])]);
      }
      doc = produce(doc, (d) => {
        if (kind === 6) return;
        const step = d.steps[pick(d.steps.length)]!;
        if (kind === 0) step.x += pick(600) - 300;
        else if (kind === 1) step.label = `L${pick(1000)}`;
        else if (kind === 2) step.lane = d.lanes[pick(d.lanes.length)]!.id;
        else if (kind === 3) ops.addStep(d, { lane: step.lane, x: pick(3000), label: 'New' });
        else if (kind === 4) ops.deleteSteps(d, [step.id]);
        else {
          const lane = d.lanes[pick(d.lanes.length)]!;
          lane.hidden = !lane.hidden;
        }
      });
      if (doc.lanes !== before.lanes) bands = laneBands(doc.lanes);
      nodes = toFlowNodes(doc, selected, nodes, bands);
      edges = toFlowEdges(doc, none, bands, edges);
      expect(nodes.map(shownNode)).toEqual(toFlowNodes(doc, selected, [], bands).map(shownNode));
      expect(edges.map(shownEdge)).toEqual(toFlowEdges(doc, none, bands, []).map(shownEdge));
    }
  });

  it('keeps both lists when a card moves along its lane, and redoes only its node', () => {
    const doc = sample();
    const bands = laneBands(doc.lanes);
    const nodes = toFlowNodes(doc, none, [], bands);
    const edges = toFlowEdges(doc, none, bands, []);
    const moved = produce(doc, (d) => {
      d.steps[20]!.x += 30;
    });
    const nextNodes = toFlowNodes(moved, none, nodes, bands);
    expect(nextNodes.filter((n, i) => n !== nodes[i]).map((n) => n.id)).toEqual(['s20']);
    expect(toFlowEdges(moved, none, bands, edges)).toBe(edges);
  });

  it('redoes only the nodes whose selection changed', () => {
    const doc = sample();
    const bands = laneBands(doc.lanes);
    const nodes = toFlowNodes(doc, new Set(['s3', 's7']), [], bands);
    const next = toFlowNodes(doc, new Set(['s7', 's9']), nodes, bands);
    expect(next.filter((n, i) => n !== nodes[i]).map((n) => n.id)).toEqual(['s3', 's9']);
    expect(next.filter((n) => n.selected).map((n) => n.id)).toEqual(['s7', 's9']);
  });
});
