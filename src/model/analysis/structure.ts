import { stepZones, stepsOfKind, validFlows } from './lookup';
import type { AnalysisDoc } from './types';

export interface LaneCount {
  laneId: string;
  label: string;
  count: number;
}

export interface Structure {
  /** Complexity (Shostack 1987): the number of steps. */
  steps: number;
  /** Every lane in document order, hidden lanes included. */
  stepsPerLane: LaneCount[];
  /** Flows between existing steps. */
  flows: number;
  /** Flows across the line of interaction: one end on the customer side (zone 0), one below. */
  encounters: number;
  failPoints: number;
  waits: number;
  customerActions: number;
}

/** Counts that describe a blueprint's structure (domain.md §5). */
export function structure(doc: AnalysisDoc): Structure {
  const perLane = new Map<string, number>();
  for (const step of doc.steps) perLane.set(step.lane, (perLane.get(step.lane) ?? 0) + 1);
  const zones = stepZones(doc);
  const flows = validFlows(doc);
  let encounters = 0;
  for (const flow of flows) {
    const a = zones.get(flow.from);
    const b = zones.get(flow.to);
    if (a === undefined || b === undefined) continue;
    if ((a === 0 && b >= 1) || (b === 0 && a >= 1)) encounters++;
  }
  return {
    steps: doc.steps.length,
    stepsPerLane: doc.lanes.map((l) => ({
      laneId: l.id,
      label: l.label,
      count: perLane.get(l.id) ?? 0,
    })),
    flows: flows.length,
    encounters,
    failPoints: doc.steps.filter((s) => s.failPoint !== undefined).length,
    waits: doc.steps.filter((s) => s.wait !== undefined).length,
    customerActions: stepsOfKind(doc, 'customer').length,
  };
}
