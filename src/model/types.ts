/** The blueprint document: the single source of truth, saved to files and browser storage. */

export const FORMAT_NAME = 'service-blueprint';
export const CURRENT_VERSION = 4;

export const STANDARD_LANE_KINDS = [
  'evidence',
  'customer',
  'onstage',
  'backstage',
  'support',
] as const;
export type StandardLaneKind = (typeof STANDARD_LANE_KINDS)[number];
/**
 * `emotion` (v4): the customer's feelings, one per customer action, drawn as a curve; it holds
 * no steps. `custom`: a lane the user added.
 */
export type LaneKind = StandardLaneKind | 'emotion' | 'custom';
export const LANE_KINDS: readonly LaneKind[] = [...STANDARD_LANE_KINDS, 'emotion', 'custom'];

/** How the customer feels at an action: −2 (very unhappy) … +2 (delighted), with a note (v4). */
export interface Feeling {
  score: number;
  note: string;
}
export const FEELING_MIN = -2;
export const FEELING_MAX = 2;

export interface Lane {
  id: string;
  kind: LaneKind;
  label: string;
  /** Height in canvas units. */
  height: number;
  /** Hidden lanes (and their steps) are not drawn, but stay in the document. */
  hidden?: boolean;
}

export interface FailPoint {
  /** Share of customers who meet this failure and are lost for good, 0–1 (v2). */
  lostShare?: number;
  /** What goes wrong. */
  risk: string;
  /** Fraction of customers affected, 0–1 (the UI shows percent). */
  probability: number;
  /** Direct cost of one failure, in the blueprint's currency. */
  costPerFailure: number;
  recovery: string;
  owner: string;
}

export interface Wait {
  expectedMin: number;
  toleranceMin: number;
}

export interface Step {
  id: string;
  /** Id of the lane the step sits in; its y comes from the lane. */
  lane: string;
  /** Position on the time axis, canvas units. */
  x: number;
  label: string;
  description: string;
  durationMin?: number;
  /** A customer action that involves no staff (v2): the guide does not ask for an onstage link. */
  selfService?: boolean;
  failPoint?: FailPoint;
  wait?: Wait;
  /** How the customer feels at this action (v4), shown in the emotion lane. */
  feeling?: Feeling;
}

export interface Flow {
  id: string;
  from: string;
  to: string;
  label: string;
  twoWay: boolean;
}

export interface View {
  x: number;
  y: number;
  zoom: number;
}

export interface BlueprintMeta {
  service: string;
  customerSegment: string;
  scenario: string;
  /** Where the scenario starts and ends (guide step 1, v2). */
  scenarioStart: string;
  scenarioEnd: string;
  /** How long the whole customer journey may take before it loses value, minutes (v2). */
  toleranceMin?: number;
  /** Who drew it, e.g. the student handing it in (v3); absent when not given. */
  author?: string;
  /** The persona (of `personas`) the blueprint is drawn for (v4); absent when none is named. */
  personaId?: string;
  /** The version (of `versions`) the lanes, steps and flows are (v4); absent with no versions. */
  versionId?: string;
  locale: string;
}

export interface Blueprint {
  format: typeof FORMAT_NAME;
  version: typeof CURRENT_VERSION;
  title: string;
  meta: BlueprintMeta;
  lanes: Lane[];
  steps: Step[];
  flows: Flow[];
  view: View;
  economics: Economics;
  improvements: Improvement[];
  guide: GuideProgress;
  /** Review comments (v3): kept with the document, left out of exports unless asked for. */
  comments: BlueprintComment[];
  /** Who the customers are (v4): personas or segments, one of which the blueprint is for. */
  personas: Persona[];
  /**
   * The blueprint's versions (v4), e.g. as-is and to-be, in tab order; empty when it has one.
   * The one named by `meta.versionId` is the document's own lanes, steps and flows; every
   * other keeps its drawing in `content`.
   */
  versions: BlueprintVersion[];
}

export const VERSION_KINDS = ['as-is', 'to-be'] as const;
/** How the service is today (as-is) or is meant to be (to-be). */
export type VersionKind = (typeof VERSION_KINDS)[number];

/** What a version draws: everything else (facts, economics, personas) is the blueprint's. */
export interface VersionContent {
  lanes: Lane[];
  steps: Step[];
  flows: Flow[];
  improvements: Improvement[];
  comments: BlueprintComment[];
}

export const VERSION_CONTENT_KEYS = [
  'lanes',
  'steps',
  'flows',
  'improvements',
  'comments',
] as const satisfies readonly (keyof VersionContent)[];

export interface BlueprintVersion {
  id: string;
  name: string;
  kind: VersionKind;
  /** When it was made, ISO 8601. */
  createdAt: string;
  /** The drawing of a version not being edited; absent on the current one. */
  content?: VersionContent;
}

/** A customer persona or segment (v4). */
export interface Persona {
  id: string;
  name: string;
  description: string;
  goals: string;
  pains: string;
  /** A picture as a data: URL (PNG, JPEG, WebP or GIF), kept in the document; size-limited. */
  picture?: string;
}

/** The largest picture a persona keeps, in bytes of the image file. */
export const MAX_PERSONA_PICTURE_BYTES = 200 * 1024;
/** The same limit as characters of its data: URL (base64 is 4/3 of the bytes, plus the prefix). */
export const MAX_PERSONA_PICTURE_CHARS = Math.ceil((MAX_PERSONA_PICTURE_BYTES * 4) / 3) + 64;

/** Numbers behind the cost of failure (v2). Absent numbers are "not known yet", never zero. */
export interface Economics {
  customersPerMonth?: number;
  spendPerVisit?: number;
  visitsPerYear?: number;
  yearsRetained?: number;
  /** ISO 4217 code, e.g. "USD", "CNY", "EUR". */
  currency: string;
}

export const IMPROVEMENT_STATUSES = ['idea', 'planned', 'done'] as const;
export type ImprovementStatus = (typeof IMPROVEMENT_STATUSES)[number];

export interface Improvement {
  id: string;
  title: string;
  /** Ids of the fail-point and wait steps it addresses. */
  addresses: string[];
  oneOffCost: number;
  runningCostPerMonth: number;
  /** Expected probability of the addressed fail points afterwards, 0–1. */
  newProbability?: number;
  /** Expected wait at the addressed wait steps afterwards, minutes. */
  newWaitMin?: number;
  status: ImprovementStatus;
}

export const GUIDE_STEPS = [1, 2, 3, 4, 5, 6] as const;
export type GuideStep = (typeof GUIDE_STEPS)[number];

export interface GuideProgress {
  step: GuideStep;
  done: GuideStep[];
}

/** What a comment is about: a step, a flow, or a spot on the canvas (canvas units). */
export type CommentAnchor =
  | { on: 'step'; target: string }
  | { on: 'flow'; target: string }
  | { on: 'canvas'; x: number; y: number };

export const COMMENT_ANCHORS = ['step', 'flow', 'canvas'] as const;

/** Longest comment text kept, in characters: a paragraph or two of feedback. */
export const MAX_COMMENT_LENGTH = 4000;

export type BlueprintComment = CommentAnchor & {
  id: string;
  author: string;
  text: string;
  /** When it was written, ISO 8601. */
  createdAt: string;
  resolved: boolean;
};
