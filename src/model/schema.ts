import { z } from 'zod';
import {
  CURRENT_VERSION,
  FEELING_MAX,
  FEELING_MIN,
  FORMAT_NAME,
  IMPROVEMENT_STATUSES,
  VERSION_KINDS,
  MAX_COMMENT_LENGTH,
  MAX_PERSONA_PICTURE_CHARS,
  type Blueprint,
  type VersionContent,
} from './types';
import { CURRENCY_CODE, DEFAULT_CURRENCY } from './newBlueprint';
import { MAX_LANE_HEIGHT, MIN_LANE_HEIGHT } from './layout';

// Zod builds fast object parsers with `new Function` where it may; the app's Content Security
// Policy forbids eval, and even zod's probe for it is reported as a violation. Before any schema.
z.config({ jitless: true });

/**
 * The shape of a current-version document. Objects are loose: fields this version does not
 * know are kept on a round trip. Cross-references (lane ids, flow ends, duplicates) are
 * checked after the shape, in `validateReferences`.
 */
const text = z.string();
const nonNegative = z.number().min(0);

const laneSchema = z.looseObject({
  id: z.string().min(1),
  kind: z.enum(['evidence', 'customer', 'onstage', 'backstage', 'support', 'emotion', 'custom']),
  label: text,
  height: z.number().min(MIN_LANE_HEIGHT).max(MAX_LANE_HEIGHT),
  hidden: z.boolean().optional(),
});

const share = z.number().min(0).max(1);

const failPointSchema = z.looseObject({
  lostShare: share.optional(),
  risk: text.default(''),
  probability: share,
  costPerFailure: nonNegative,
  recovery: text.default(''),
  owner: text.default(''),
});

const waitSchema = z.looseObject({
  expectedMin: nonNegative,
  toleranceMin: nonNegative,
});

const feelingSchema = z.looseObject({
  score: z
    .number()
    .int('must be a whole number from -2 to 2')
    .min(FEELING_MIN, 'must be a whole number from -2 to 2')
    .max(FEELING_MAX, 'must be a whole number from -2 to 2'),
  note: text.default(''),
});

const stepSchema = z.looseObject({
  id: z.string().min(1),
  lane: z.string().min(1),
  x: z.number(),
  label: text,
  description: text.default(''),
  durationMin: nonNegative.optional(),
  selfService: z.boolean().optional(),
  failPoint: failPointSchema.optional(),
  wait: waitSchema.optional(),
  feeling: feelingSchema.optional(),
});

const flowSchema = z.looseObject({
  id: z.string().min(1),
  from: z.string().min(1),
  to: z.string().min(1),
  label: text.default(''),
  twoWay: z.boolean().default(false),
});

const economicsSchema = z.looseObject({
  customersPerMonth: nonNegative.optional(),
  spendPerVisit: nonNegative.optional(),
  visitsPerYear: nonNegative.optional(),
  yearsRetained: nonNegative.optional(),
  currency: z
    .string()
    .regex(CURRENCY_CODE, 'must be a three-letter currency code such as "USD"')
    .default(DEFAULT_CURRENCY),
});

const improvementSchema = z.looseObject({
  id: z.string().min(1),
  title: text.default(''),
  addresses: z.array(z.string().min(1)).default([]),
  oneOffCost: nonNegative.default(0),
  runningCostPerMonth: nonNegative.default(0),
  newProbability: share.optional(),
  newWaitMin: nonNegative.optional(),
  status: z.enum(IMPROVEMENT_STATUSES).default('idea'),
});

const guideStep = z.union(
  [z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)],
  { error: 'must be a guide step: 1, 2, 3, 4, 5 or 6' },
);

const guideSchema = z.looseObject({
  step: guideStep.default(1),
  done: z.array(guideStep).default([]),
});

/** The start of an ISO 8601 date and time; the full grammar is left to `Date`. */
const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d/;

const commentFields = {
  id: z.string().min(1),
  author: text.default(''),
  text: z.string().max(MAX_COMMENT_LENGTH, `must be at most ${MAX_COMMENT_LENGTH} characters`),
  createdAt: z.string().regex(ISO_TIME, 'must be a date and time such as "2026-12-06T09:30:00Z"'),
  resolved: z.boolean().default(false),
};

const commentSchema = z.discriminatedUnion(
  'on',
  [
    z.looseObject({ ...commentFields, on: z.literal('step'), target: z.string().min(1) }),
    z.looseObject({ ...commentFields, on: z.literal('flow'), target: z.string().min(1) }),
    z.looseObject({ ...commentFields, on: z.literal('canvas'), x: z.number(), y: z.number() }),
  ],
  { error: 'must say what it is on: "step", "flow" or "canvas"' },
);

const personaSchema = z.looseObject({
  id: z.string().min(1),
  name: text.default(''),
  description: text.default(''),
  goals: text.default(''),
  pains: text.default(''),
  picture: z
    .string()
    .regex(
      /^data:image\/(png|jpeg|webp|gif);base64,[A-Za-z0-9+/=]+$/,
      'must be a PNG, JPEG, WebP or GIF picture as a data: URL',
    )
    .max(MAX_PERSONA_PICTURE_CHARS, 'is larger than 200 KB')
    .optional(),
});

const versionContentSchema = z.looseObject({
  lanes: z.array(laneSchema).min(1),
  steps: z.array(stepSchema),
  flows: z.array(flowSchema),
  improvements: z.array(improvementSchema).default([]),
  comments: z.array(commentSchema).default([]),
});

const versionSchema = z.looseObject({
  id: z.string().min(1),
  name: text.default(''),
  kind: z.enum(VERSION_KINDS, { error: 'must be "as-is" or "to-be"' }),
  createdAt: z.string().regex(ISO_TIME, 'must be a date and time such as "2026-12-06T09:30:00Z"'),
  content: versionContentSchema.optional(),
});

export const blueprintSchema = z.looseObject({
  format: z.literal(FORMAT_NAME),
  version: z.literal(CURRENT_VERSION),
  title: text.default('Untitled blueprint'),
  meta: z
    .looseObject({
      service: text.default(''),
      customerSegment: text.default(''),
      scenario: text.default(''),
      scenarioStart: text.default(''),
      scenarioEnd: text.default(''),
      toleranceMin: nonNegative.optional(),
      author: text.optional(),
      personaId: z.string().min(1).optional(),
      versionId: z.string().min(1).optional(),
      locale: text.default('en'),
    })
    .default({
      service: '',
      customerSegment: '',
      scenario: '',
      scenarioStart: '',
      scenarioEnd: '',
      locale: 'en',
    }),
  lanes: z.array(laneSchema).min(1),
  steps: z.array(stepSchema),
  flows: z.array(flowSchema),
  view: z
    .looseObject({ x: z.number(), y: z.number(), zoom: z.number().min(0.05).max(8) })
    .default({ x: 0, y: 0, zoom: 1 }),
  economics: economicsSchema.default({ currency: DEFAULT_CURRENCY }),
  improvements: z.array(improvementSchema).default([]),
  guide: guideSchema.default({ step: 1, done: [] }),
  comments: z.array(commentSchema).default([]),
  personas: z.array(personaSchema).default([]),
  versions: z.array(versionSchema).default([]),
});

// Compile-time proof that a parsed document is a Blueprint.
type Parsed = z.output<typeof blueprintSchema>;
export type SchemaMatchesBlueprint = Parsed extends Blueprint ? true : never;
const schemaMatches: SchemaMatchesBlueprint = true;
void schemaMatches;

export interface ValidationError {
  /** Where the problem is, e.g. `steps[3].lane`; empty for the whole document. */
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function issueMessage(issue: z.core.$ZodIssue): string {
  const message = issue.message.replace(/^Invalid input: /, '');
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is missing';
  return message;
}

/** Shape checks only; returns the parsed document or every problem found. */
export function checkShape(
  raw: unknown,
): { ok: true; value: Blueprint } | { ok: false; errors: ValidationError[] } {
  const result = blueprintSchema.safeParse(raw, { reportInput: true });
  if (result.success) return { ok: true, value: result.data as Blueprint };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issueMessage(issue),
    })),
  };
}

const SHOWN_ID_LENGTH = 40;

/** An id as a message quotes it: long ones are cut, so one bad id cannot fill the screen. */
function quoted(id: string): string {
  if (id.length <= SHOWN_ID_LENGTH) return `"${id}"`;
  // Do not cut a surrogate pair in half.
  const end = /[\uD800-\uDBFF]/.test(id[SHOWN_ID_LENGTH - 1]!)
    ? SHOWN_ID_LENGTH - 1
    : SHOWN_ID_LENGTH;
  return `"${id.slice(0, end)}…"`;
}

/**
 * Ids must be unique, steps must sit in existing lanes, flows must join existing steps, and
 * improvements must address existing steps.
 */
export function validateReferences(doc: Blueprint): ValidationError[] {
  const errors: ValidationError[] = [];
  checkDrawing(doc, '', errors);
  const personaIds = new Set<string>();
  doc.personas.forEach((persona, i) => {
    if (personaIds.has(persona.id))
      errors.push({ path: `personas[${i}].id`, message: `duplicate id ${quoted(persona.id)}` });
    personaIds.add(persona.id);
  });
  const chosen = doc.meta.personaId;
  if (chosen !== undefined && !personaIds.has(chosen))
    errors.push({ path: 'meta.personaId', message: `no persona ${quoted(chosen)}` });
  checkVersions(doc, errors);
  return errors;
}

/** Version ids are unique; the current one is named and holds no copy; every other holds one. */
function checkVersions(doc: Blueprint, errors: ValidationError[]): void {
  const current = doc.meta.versionId;
  const versionIds = new Set<string>();
  doc.versions.forEach((version, i) => {
    if (versionIds.has(version.id))
      errors.push({ path: `versions[${i}].id`, message: `duplicate id ${quoted(version.id)}` });
    versionIds.add(version.id);
    if (version.id === current) {
      if (version.content)
        errors.push({
          path: `versions[${i}].content`,
          message: 'is the version being edited: its drawing is the document itself',
        });
    } else if (!version.content) {
      errors.push({ path: `versions[${i}].content`, message: 'is missing' });
    } else {
      checkDrawing(version.content, `versions[${i}].content.`, errors);
    }
  });
  if (current !== undefined && !versionIds.has(current))
    errors.push({ path: 'meta.versionId', message: `no version ${quoted(current)}` });
  if (current === undefined && doc.versions.length > 0)
    errors.push({ path: 'meta.versionId', message: 'is missing: say which version is drawn' });
}

/** The references inside one drawing (the document's, or a stored version's). */
function checkDrawing(doc: VersionContent, at: string, errors: ValidationError[]): void {
  const laneIds = new Set<string>();
  doc.lanes.forEach((lane, i) => {
    if (laneIds.has(lane.id))
      errors.push({ path: `${at}lanes[${i}].id`, message: `duplicate id ${quoted(lane.id)}` });
    laneIds.add(lane.id);
  });
  const emotionLanes = new Set(doc.lanes.filter((l) => l.kind === 'emotion').map((l) => l.id));
  const stepIds = new Set<string>();
  doc.steps.forEach((step, i) => {
    if (stepIds.has(step.id))
      errors.push({ path: `${at}steps[${i}].id`, message: `duplicate id ${quoted(step.id)}` });
    stepIds.add(step.id);
    if (!laneIds.has(step.lane))
      errors.push({ path: `${at}steps[${i}].lane`, message: `no lane ${quoted(step.lane)}` });
    else if (emotionLanes.has(step.lane))
      errors.push({
        path: `${at}steps[${i}].lane`,
        message: `lane ${quoted(step.lane)} is an emotion lane: it holds feelings, not steps`,
      });
  });
  const flowIds = new Set<string>();
  doc.flows.forEach((flow, i) => {
    if (flowIds.has(flow.id))
      errors.push({ path: `${at}flows[${i}].id`, message: `duplicate id ${quoted(flow.id)}` });
    flowIds.add(flow.id);
    if (!stepIds.has(flow.from))
      errors.push({ path: `${at}flows[${i}].from`, message: `no step ${quoted(flow.from)}` });
    if (!stepIds.has(flow.to))
      errors.push({ path: `${at}flows[${i}].to`, message: `no step ${quoted(flow.to)}` });
    if (flow.from === flow.to)
      errors.push({ path: `${at}flows[${i}].to`, message: 'a flow cannot join a step to itself' });
  });
  const improvementIds = new Set<string>();
  doc.improvements.forEach((improvement, i) => {
    if (improvementIds.has(improvement.id))
      errors.push({
        path: `${at}improvements[${i}].id`,
        message: `duplicate id ${quoted(improvement.id)}`,
      });
    improvementIds.add(improvement.id);
    improvement.addresses.forEach((stepId, j) => {
      if (!stepIds.has(stepId))
        errors.push({
          path: `${at}improvements[${i}].addresses[${j}]`,
          message: `no step ${quoted(stepId)}`,
        });
    });
  });
  checkComments(doc, stepIds, flowIds, at, errors);
}

/** Comments must have unique ids and be on a step or flow that is there. */
function checkComments(
  doc: VersionContent,
  stepIds: ReadonlySet<string>,
  flowIds: ReadonlySet<string>,
  at: string,
  errors: ValidationError[],
): void {
  const commentIds = new Set<string>();
  doc.comments.forEach((comment, i) => {
    if (commentIds.has(comment.id))
      errors.push({
        path: `${at}comments[${i}].id`,
        message: `duplicate id ${quoted(comment.id)}`,
      });
    commentIds.add(comment.id);
    if (comment.on === 'step' && !stepIds.has(comment.target))
      errors.push({
        path: `${at}comments[${i}].target`,
        message: `no step ${quoted(comment.target)}`,
      });
    if (comment.on === 'flow' && !flowIds.has(comment.target))
      errors.push({
        path: `${at}comments[${i}].target`,
        message: `no flow ${quoted(comment.target)}`,
      });
  });
}
