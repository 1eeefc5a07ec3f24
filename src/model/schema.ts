import { z } from 'zod';
import { CURRENT_VERSION, FORMAT_NAME, type Blueprint } from './types';
import { MAX_LANE_HEIGHT, MIN_LANE_HEIGHT } from './layout';

/**
 * The shape of a current-version document. Objects are loose: fields this version does not
 * know are kept on a round trip. Cross-references (lane ids, flow ends, duplicates) are
 * checked after the shape, in `validateReferences`.
 */
const text = z.string();
const nonNegative = z.number().min(0);

const laneSchema = z.looseObject({
  id: z.string().min(1),
  kind: z.enum(['evidence', 'customer', 'onstage', 'backstage', 'support', 'custom']),
  label: text,
  height: z.number().min(MIN_LANE_HEIGHT).max(MAX_LANE_HEIGHT),
  hidden: z.boolean().optional(),
});

const failPointSchema = z.looseObject({
  risk: text.default(''),
  probability: z.number().min(0).max(1),
  costPerFailure: nonNegative,
  recovery: text.default(''),
  owner: text.default(''),
});

const waitSchema = z.looseObject({
  expectedMin: nonNegative,
  toleranceMin: nonNegative,
});

const stepSchema = z.looseObject({
  id: z.string().min(1),
  lane: z.string().min(1),
  x: z.number(),
  label: text,
  description: text.default(''),
  durationMin: nonNegative.optional(),
  failPoint: failPointSchema.optional(),
  wait: waitSchema.optional(),
});

const flowSchema = z.looseObject({
  id: z.string().min(1),
  from: z.string().min(1),
  to: z.string().min(1),
  label: text.default(''),
  twoWay: z.boolean().default(false),
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
      locale: text.default('en'),
    })
    .default({ service: '', customerSegment: '', scenario: '', locale: 'en' }),
  lanes: z.array(laneSchema).min(1),
  steps: z.array(stepSchema),
  flows: z.array(flowSchema),
  view: z
    .looseObject({ x: z.number(), y: z.number(), zoom: z.number().min(0.05).max(8) })
    .default({ x: 0, y: 0, zoom: 1 }),
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

/** Ids must be unique, steps must sit in existing lanes, flows must join existing steps. */
export function validateReferences(doc: Blueprint): ValidationError[] {
  const errors: ValidationError[] = [];
  const laneIds = new Set<string>();
  doc.lanes.forEach((lane, i) => {
    if (laneIds.has(lane.id))
      errors.push({ path: `lanes[${i}].id`, message: `duplicate id "${lane.id}"` });
    laneIds.add(lane.id);
  });
  const stepIds = new Set<string>();
  doc.steps.forEach((step, i) => {
    if (stepIds.has(step.id))
      errors.push({ path: `steps[${i}].id`, message: `duplicate id "${step.id}"` });
    stepIds.add(step.id);
    if (!laneIds.has(step.lane))
      errors.push({ path: `steps[${i}].lane`, message: `no lane "${step.lane}"` });
  });
  const flowIds = new Set<string>();
  doc.flows.forEach((flow, i) => {
    if (flowIds.has(flow.id))
      errors.push({ path: `flows[${i}].id`, message: `duplicate id "${flow.id}"` });
    flowIds.add(flow.id);
    if (!stepIds.has(flow.from))
      errors.push({ path: `flows[${i}].from`, message: `no step "${flow.from}"` });
    if (!stepIds.has(flow.to))
      errors.push({ path: `flows[${i}].to`, message: `no step "${flow.to}"` });
    if (flow.from === flow.to)
      errors.push({ path: `flows[${i}].to`, message: 'a flow cannot join a step to itself' });
  });
  return errors;
}
