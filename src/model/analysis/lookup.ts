import { laneZones } from '../layout';
import type { Flow, LaneKind, Step } from '../types';
import type { AnalysisDoc } from './types';

/** Each step's lane kind; steps whose lane does not exist are left out. */
export function stepKinds(doc: Pick<AnalysisDoc, 'lanes' | 'steps'>): Map<string, LaneKind> {
  const laneKind = new Map(doc.lanes.map((l) => [l.id, l.kind] as const));
  const kinds = new Map<string, LaneKind>();
  for (const step of doc.steps) {
    const kind = laneKind.get(step.lane);
    if (kind !== undefined && !kinds.has(step.id)) kinds.set(step.id, kind);
  }
  return kinds;
}

/** Each step's zone (0 customer side, 1 onstage, 2 backstage, 3 support); see `laneZones`. */
export function stepZones(doc: Pick<AnalysisDoc, 'lanes' | 'steps'>): Map<string, number> {
  const laneZone = laneZones(doc.lanes);
  const zones = new Map<string, number>();
  for (const step of doc.steps) {
    const zone = laneZone.get(step.lane);
    if (zone !== undefined && !zones.has(step.id)) zones.set(step.id, zone);
  }
  return zones;
}

/** Steps in lanes of a kind, sorted by x; equal x keeps document order. */
export function stepsOfKind(doc: Pick<AnalysisDoc, 'lanes' | 'steps'>, kind: LaneKind): Step[] {
  const lanes = new Set(doc.lanes.filter((l) => l.kind === kind).map((l) => l.id));
  return byX(doc.steps.filter((s) => lanes.has(s.lane)));
}

/** Customer actions (lane kind "customer"), left to right; equal x keeps document order. */
export function customerActions(doc: Pick<AnalysisDoc, 'lanes' | 'steps'>): Step[] {
  return stepsOfKind(doc, 'customer');
}

/** A stable sort by x (Array.prototype.sort is stable). */
export function byX<T extends Pick<Step, 'x'>>(steps: readonly T[]): T[] {
  return [...steps].sort((a, b) => a.x - b.x);
}

/** Flows between two different existing steps. */
export function validFlows(doc: Pick<AnalysisDoc, 'steps' | 'flows'>): Flow[] {
  const ids = new Set(doc.steps.map((s) => s.id));
  return doc.flows.filter((f) => f.from !== f.to && ids.has(f.from) && ids.has(f.to));
}

/** Which steps are linked by a flow in either direction (a flow's direction ignored). */
export function linkedSteps(doc: Pick<AnalysisDoc, 'steps' | 'flows'>): Map<string, Set<string>> {
  const links = new Map<string, Set<string>>();
  const add = (a: string, b: string): void => {
    let set = links.get(a);
    if (!set) links.set(a, (set = new Set()));
    set.add(b);
  };
  for (const flow of validFlows(doc)) {
    add(flow.from, flow.to);
    add(flow.to, flow.from);
  }
  return links;
}
