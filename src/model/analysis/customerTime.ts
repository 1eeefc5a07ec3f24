import { customerActions, validFlows } from './lookup';
import { known, orZero } from './num';
import type { AnalysisDoc } from './types';
import type { Step } from '../types';

export type CustomerTimeReason = 'noCustomerActions' | 'oneCustomerAction' | 'notConnected';

export interface CustomerTime {
  /** Minutes along the longest path (durations + expected waits); undefined when not connected. */
  totalMin: number | undefined;
  /** The expected waits on that path; undefined when not connected. */
  waitMin: number | undefined;
  /** Step ids from the first to the last customer action; empty when there is none. */
  path: string[];
  reachable: boolean;
  /** A loop of flows reachable from the first customer action (not a two-way flow alone). */
  cycle: boolean;
  /** The steps of the first loop found, in flow order; empty when there is none. */
  cycleSteps: string[];
  /** totalMin > toleranceMin; undefined unless both are known. */
  overTolerance: boolean | undefined;
  reason?: CustomerTimeReason;
}

/** What a step adds to the customer's time: its duration plus its expected wait. */
export function stepMinutes(step: Pick<Step, 'durationMin' | 'wait'>): number {
  return orZero(step.durationMin) + orZero(step.wait?.expectedMin);
}

interface Edge {
  to: number;
  /** Index of the flow it comes from: a two-way flow yields two edges with the same index. */
  flow: number;
}

/**
 * Customer time (Shostack, domain.md §5): the longest path through the flows from the
 * leftmost customer action to the rightmost (equal x: document order decides), each step
 * weighing its duration plus its expected wait. Loops are followed once: a depth-first
 * search from the start drops edges back to a step on its stack, and the longest path is
 * then taken over what remains (a DAG) in topological order. O(steps + flows).
 */
export function customerTime(doc: AnalysisDoc, toleranceMin?: number): CustomerTime {
  const actions = customerActions(doc);
  const first = actions[0];
  const last = actions[actions.length - 1];
  if (!first || !last) return unknownTime('noCustomerActions');
  if (first === last) {
    const total = stepMinutes(first);
    return {
      totalMin: total,
      waitMin: orZero(first.wait?.expectedMin),
      path: [first.id],
      reachable: true,
      cycle: false,
      cycleSteps: [],
      overTolerance: known(toleranceMin) ? total > toleranceMin : undefined,
      reason: 'oneCustomerAction',
    };
  }

  // Index the steps (first occurrence of an id wins) and build the adjacency lists.
  const index = new Map<string, number>();
  const steps: Step[] = [];
  for (const step of doc.steps) {
    if (index.has(step.id)) continue;
    index.set(step.id, steps.length);
    steps.push(step);
  }
  const n = steps.length;
  const out: Edge[][] = Array.from({ length: n }, () => []);
  validFlows(doc).forEach((f, flow) => {
    const from = index.get(f.from)!;
    const to = index.get(f.to)!;
    out[from]!.push({ to, flow });
    if (f.twoWay) out[to]!.push({ to: from, flow });
  });
  const start = index.get(first.id)!;
  const end = index.get(last.id)!;

  // Iterative DFS from the start: keep tree, forward and cross edges; drop back edges.
  const NEW = 0;
  const ON_STACK = 1;
  const DONE = 2;
  const state = new Uint8Array(n);
  const cameBy = new Int32Array(n).fill(-1);
  const stackPos = new Int32Array(n);
  const stack: number[] = [start];
  const nextEdge: number[] = [0];
  const kept: number[][] = Array.from({ length: n }, () => []);
  const postorder: number[] = [];
  let cycleSteps: number[] = [];
  state[start] = ON_STACK;
  while (stack.length > 0) {
    const top = stack.length - 1;
    const u = stack[top]!;
    const edges = out[u]!;
    const i = nextEdge[top]!;
    if (i >= edges.length) {
      stack.pop();
      nextEdge.pop();
      state[u] = DONE;
      postorder.push(u);
      continue;
    }
    nextEdge[top] = i + 1;
    const { to: v, flow } = edges[i]!;
    if (state[v] === NEW) {
      kept[u]!.push(v);
      cameBy[v] = flow;
      state[v] = ON_STACK;
      stackPos[v] = stack.length;
      stack.push(v);
      nextEdge.push(0);
    } else if (state[v] === DONE) {
      kept[u]!.push(v);
    } else {
      const backAlongTwoWay = top > 0 && stack[top - 1] === v && cameBy[u] === flow;
      if (!backAlongTwoWay && cycleSteps.length === 0) cycleSteps = stack.slice(stackPos[v]);
    }
  }
  const ids = (nodes: number[]): string[] => nodes.map((k) => steps[k]!.id);
  const cycle = cycleSteps.length > 0;

  if (state[end] !== DONE) return unknownTime('notConnected', ids(cycleSteps));

  // Longest path over the kept edges; reverse postorder is a topological order.
  const weight = steps.map(stepMinutes);
  const dist = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
  const prev = new Int32Array(n).fill(-1);
  dist[start] = weight[start]!;
  for (let k = postorder.length - 1; k >= 0; k--) {
    const u = postorder[k]!;
    for (const v of kept[u]!) {
      const candidate = dist[u]! + weight[v]!;
      if (candidate > dist[v]!) {
        dist[v] = candidate;
        prev[v] = u;
      }
    }
  }
  const path: number[] = [];
  for (let k = end; k !== -1; k = prev[k]!) path.push(k);
  path.reverse();
  const total = dist[end]!;
  return {
    totalMin: total,
    waitMin: path.reduce((sum, k) => sum + orZero(steps[k]!.wait?.expectedMin), 0),
    path: ids(path),
    reachable: true,
    cycle,
    cycleSteps: ids(cycleSteps),
    overTolerance: known(toleranceMin) ? total > toleranceMin : undefined,
  };
}

function unknownTime(reason: CustomerTimeReason, cycleSteps: string[] = []): CustomerTime {
  return {
    totalMin: undefined,
    waitMin: undefined,
    path: [],
    reachable: false,
    cycle: cycleSteps.length > 0,
    cycleSteps,
    overTolerance: undefined,
    reason,
  };
}
