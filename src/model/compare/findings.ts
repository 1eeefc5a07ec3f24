import type { LaneKind } from '../types';

/** The lines a blueprint's lanes are separated by, top to bottom. */
export type BlueprintLine = 'interaction' | 'visibility' | 'internalInteraction';

export type Finding =
  | {
      kind: 'missingStep';
      refStepId: string;
      label: string;
      laneKind: LaneKind;
      laneLabel: string;
      ghost?: Ghost;
    }
  | {
      kind: 'wrongLane';
      refStepId: string;
      stepId: string;
      label: string;
      expectedLaneKind: LaneKind;
      expectedLaneLabel: string;
      laneKind: LaneKind;
      laneLabel: string;
      /** The lines between where the step is and where it belongs. */
      linesCrossed: BlueprintLine[];
    }
  | { kind: 'missingFailPoint'; refStepId: string; stepId: string; label: string; risk: string }
  | { kind: 'uncostedFailPoint'; refStepId: string; stepId: string; label: string }
  | { kind: 'missingWait'; refStepId: string; stepId: string; label: string }
  | {
      kind: 'missingFlow';
      refFlowId: string;
      /** This blueprint's steps the flow should join. */
      from: string;
      to: string;
      fromLabel: string;
      toLabel: string;
      acrossInteraction: boolean;
    }
  | { kind: 'extraStep'; stepId: string; label: string };

export type FindingKind = Finding['kind'];

/** Where a missing reference step would sit in this blueprint, in canvas units. */
export interface Ghost {
  lane: string;
  x: number;
}

/** The order the list shows them in: what is wrong first, what is only different last. */
export const FINDING_KINDS: readonly FindingKind[] = [
  'missingStep',
  'wrongLane',
  'missingFailPoint',
  'uncostedFailPoint',
  'missingWait',
  'missingFlow',
  'extraStep',
];

/** The step of this blueprint a finding is about, when there is one. */
export function findingStep(finding: Finding): string | undefined {
  switch (finding.kind) {
    case 'missingStep':
      return undefined;
    case 'missingFlow':
      return finding.from;
    default:
      return finding.stepId;
  }
}

export interface ScorePart {
  points: number;
  outOf: number;
  /** Reference items found here (partial credit counted in), and how many there are. */
  credit: number;
  items: number;
}

export interface Score {
  total: number;
  steps: ScorePart;
  markers: ScorePart;
  flows: ScorePart;
}

export interface Comparison {
  referenceTitle: string;
  findings: Finding[];
  score: Score;
  /** Reference step id → this blueprint's matching step id. */
  matched: Map<string, string>;
}
