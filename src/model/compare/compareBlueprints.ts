import type { Blueprint, Lane, LaneKind } from '../types';
import { laneKey, matchSteps, type StepMatch } from './matchSteps';
import type { BlueprintLine, Comparison, Finding, Ghost, Score, ScorePart } from './findings';

export const SCORE_WEIGHTS = { steps: 50, markers: 25, flows: 25 } as const;
/** Credit for a reference step drawn here in the wrong lane, and for a fail point not costed. */
export const PARTIAL_CREDIT = 0.5;

const LANE_RANK: Partial<Record<LaneKind, number>> = {
  evidence: 0,
  customer: 1,
  onstage: 2,
  backstage: 3,
  support: 4,
};
/** The line below the lane of each rank. */
const LINE_BELOW: Record<number, BlueprintLine> = {
  1: 'interaction',
  2: 'visibility',
  3: 'internalInteraction',
};

export function linesBetween(a: LaneKind, b: LaneKind): BlueprintLine[] {
  const ra = LANE_RANK[a];
  const rb = LANE_RANK[b];
  if (ra === undefined || rb === undefined) return [];
  const lines: BlueprintLine[] = [];
  for (let rank = Math.min(ra, rb); rank < Math.max(ra, rb); rank++) {
    const line = LINE_BELOW[rank];
    if (line) lines.push(line);
  }
  return lines;
}

function part(outOf: number, credit: number, items: number): ScorePart {
  const points = items ? (outOf * credit) / items : outOf;
  return { points, outOf, credit, items };
}

function isCosted(failPoint: { probability: number; costPerFailure: number }): boolean {
  return failPoint.probability > 0 && failPoint.costPerFailure > 0;
}

/** Where a missing step would go: its lane kind here, beside the nearest step that was found. */
function ghostFor(
  refStep: Blueprint['steps'][number],
  key: string,
  matches: readonly StepMatch[],
  own: Blueprint,
): Ghost | undefined {
  const lane = own.lanes.find((l) => laneKey(l) === key);
  if (!lane) return undefined;
  let nearest: StepMatch | undefined;
  for (const match of matches) {
    if (!nearest || Math.abs(match.ref.x - refStep.x) < Math.abs(nearest.ref.x - refStep.x))
      nearest = match;
  }
  return { lane: lane.id, x: nearest ? nearest.own.x + (refStep.x - nearest.ref.x) : refStep.x };
}

/**
 * Checks a blueprint against a reference: which reference steps are missing or in the wrong
 * lane, which fail points, waits and flows are missing, which steps are extra; and a score out
 * of 100 (see SCORE_WEIGHTS). Neither document is changed.
 */
export function compareBlueprints(reference: Blueprint, own: Blueprint): Comparison {
  const { matches, byRef, matchedOwn } = matchSteps(reference, own);
  const refLane = new Map<string, Lane>(reference.lanes.map((l) => [l.id, l]));
  const ownLane = new Map<string, Lane>(own.lanes.map((l) => [l.id, l]));
  const findings: Finding[] = [];
  let stepCredit = 0;
  let markerCredit = 0;
  let markerItems = 0;

  for (const refStep of reference.steps) {
    const lane = refLane.get(refStep.lane);
    const match = byRef.get(refStep.id);
    if (refStep.failPoint) markerItems++;
    if (refStep.wait) markerItems++;
    if (!match) {
      findings.push({
        kind: 'missingStep',
        refStepId: refStep.id,
        label: refStep.label,
        laneKind: lane?.kind ?? 'custom',
        laneLabel: lane?.label ?? '',
        ghost: ghostFor(refStep, laneKey(lane), matches, own),
      });
      continue;
    }
    const here = match.own;
    if (match.sameLane) stepCredit += 1;
    else {
      stepCredit += PARTIAL_CREDIT;
      const hereLane = ownLane.get(here.lane);
      findings.push({
        kind: 'wrongLane',
        refStepId: refStep.id,
        stepId: here.id,
        label: here.label,
        expectedLaneKind: lane?.kind ?? 'custom',
        expectedLaneLabel: lane?.label ?? '',
        laneKind: hereLane?.kind ?? 'custom',
        laneLabel: hereLane?.label ?? '',
        linesCrossed: linesBetween(lane?.kind ?? 'custom', hereLane?.kind ?? 'custom'),
      });
    }
    if (refStep.failPoint) {
      if (!here.failPoint) {
        findings.push({
          kind: 'missingFailPoint',
          refStepId: refStep.id,
          stepId: here.id,
          label: here.label,
          risk: refStep.failPoint.risk,
        });
      } else if (isCosted(refStep.failPoint) && !isCosted(here.failPoint)) {
        markerCredit += PARTIAL_CREDIT;
        findings.push({
          kind: 'uncostedFailPoint',
          refStepId: refStep.id,
          stepId: here.id,
          label: here.label,
        });
      } else markerCredit += 1;
    }
    if (refStep.wait) {
      if (here.wait) markerCredit += 1;
      else
        findings.push({
          kind: 'missingWait',
          refStepId: refStep.id,
          stepId: here.id,
          label: here.label,
        });
    }
  }

  const ownFlows = new Set(own.flows.flatMap((f) => [`${f.from} ${f.to}`, `${f.to} ${f.from}`]));
  const refStepById = new Map(reference.steps.map((s) => [s.id, s]));
  let flowCredit = 0;
  for (const flow of reference.flows) {
    const from = byRef.get(flow.from)?.own;
    const to = byRef.get(flow.to)?.own;
    if (!from || !to) continue;
    if (ownFlows.has(`${from.id} ${to.id}`)) {
      flowCredit += 1;
      continue;
    }
    const kinds = [flow.from, flow.to].map(
      (id) => refLane.get(refStepById.get(id)?.lane ?? '')?.kind ?? 'custom',
    ) as [LaneKind, LaneKind];
    findings.push({
      kind: 'missingFlow',
      refFlowId: flow.id,
      from: from.id,
      to: to.id,
      fromLabel: from.label,
      toLabel: to.label,
      acrossInteraction: linesBetween(kinds[0], kinds[1]).includes('interaction'),
    });
  }

  for (const step of own.steps) {
    if (!matchedOwn.has(step.id))
      findings.push({ kind: 'extraStep', stepId: step.id, label: step.label });
  }

  const steps = part(SCORE_WEIGHTS.steps, stepCredit, reference.steps.length);
  const markers = part(SCORE_WEIGHTS.markers, markerCredit, markerItems);
  const flows = part(SCORE_WEIGHTS.flows, flowCredit, reference.flows.length);
  const score: Score = {
    total: Math.round(steps.points + markers.points + flows.points),
    steps,
    markers,
    flows,
  };
  const matched = new Map(matches.map((m) => [m.ref.id, m.own.id]));
  return { referenceTitle: reference.title, findings, score, matched };
}
