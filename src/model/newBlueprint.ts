import {
  CURRENT_VERSION,
  FORMAT_NAME,
  STANDARD_LANE_KINDS,
  type Blueprint,
  type Lane,
  type StandardLaneKind,
} from './types';

export const DEFAULT_LANE_HEIGHT = 150;
export const DEFAULT_CURRENCY = 'USD';
/** An ISO 4217 code as the schema accepts it. */
export const CURRENCY_CODE = /^[A-Z]{3}$/;

/** English standard names (shared/domain.md §2). */
export const STANDARD_LANE_LABELS: Record<StandardLaneKind, string> = {
  evidence: 'Physical evidence',
  customer: 'Customer actions',
  onstage: 'Onstage actions (visible contact employee)',
  backstage: 'Backstage actions (invisible contact employee)',
  support: 'Support processes',
};

export function standardLanes(
  labels: Record<StandardLaneKind, string> = STANDARD_LANE_LABELS,
): Lane[] {
  // The five kinds, whatever else `labels` holds (the emotion lane's name, say).
  return STANDARD_LANE_KINDS.map((kind) => ({
    id: kind,
    kind,
    label: labels[kind],
    height: DEFAULT_LANE_HEIGHT,
  }));
}

export interface NewBlueprintOptions {
  /** Standard lane names in the user's language. */
  laneLabels?: Record<StandardLaneKind, string>;
  locale?: string;
  currency?: string;
}

export function newBlueprint(
  title = 'Untitled blueprint',
  options: NewBlueprintOptions = {},
): Blueprint {
  return {
    format: FORMAT_NAME,
    version: CURRENT_VERSION,
    title,
    meta: {
      service: '',
      customerSegment: '',
      scenario: '',
      scenarioStart: '',
      scenarioEnd: '',
      locale: options.locale ?? 'en',
    },
    lanes: standardLanes(options.laneLabels),
    steps: [],
    flows: [],
    view: { x: 200, y: 16, zoom: 1 },
    economics: { currency: options.currency ?? DEFAULT_CURRENCY },
    improvements: [],
    guide: { step: 1, done: [] },
    comments: [],
    personas: [],
    versions: [],
  };
}
