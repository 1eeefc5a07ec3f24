import {
  laneBands,
  STEP_MIN_HEIGHT,
  STEP_TOP_PADDING,
  STEP_WIDTH,
  type Bounds,
  type LaneBand,
} from './layout';
import type { Blueprint, Step } from './types';

/**
 * The customer journey, as presentation mode walks it: the customer actions in time order, and
 * for each one the steps that belong to its moment.
 *
 * Which steps belong to a customer action C (`linkedSteps`):
 * 1. Physical evidence: evidence steps joined to C by a flow. An evidence step joined by a flow
 *    to no customer action belongs to the customer action it stands over (the nearest one in
 *    time whose card overlaps it), as blueprints draw evidence above its action, without arrows.
 * 2. Any other step above the customer lane joined to C by a flow (a custom "time" lane…).
 * 3. Delivery below the line of interaction: from C and its evidence, follow flows (either
 *    direction) to steps in lanes further down, and from those further down again — every hop
 *    goes at least one lane deeper and never into a customer lane. So onstage → backstage →
 *    support chains light up, while a system shared by two customer actions does not pull in
 *    the other action's onstage steps (that would be a hop back up).
 * Hidden lanes and their steps take no part.
 */

type JourneyDoc = Pick<Blueprint, 'lanes' | 'steps' | 'flows'>;

interface Layout {
  bands: LaneBand[];
  /** Visible lane id → its position from the top (0, 1, 2…). */
  rank: Map<string, number>;
  kind: Map<string, string>;
  steps: Map<string, Step>;
}

function layoutOf(doc: JourneyDoc): Layout {
  const bands = laneBands(doc.lanes);
  const rank = new Map(bands.map((b, i) => [b.lane.id, i]));
  const kind = new Map(bands.map((b) => [b.lane.id, b.lane.kind as string]));
  const steps = new Map(doc.steps.filter((s) => rank.has(s.lane)).map((s) => [s.id, s]));
  return { bands, rank, kind, steps };
}

function byLaneThenTime(layout: Layout) {
  return (a: Step, b: Step) =>
    layout.rank.get(a.lane)! - layout.rank.get(b.lane)! ||
    a.x - b.x ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function byTimeThenLane(layout: Layout) {
  return (a: Step, b: Step) =>
    a.x - b.x ||
    layout.rank.get(a.lane)! - layout.rank.get(b.lane)! ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function customerActions(layout: Layout): Step[] {
  return [...layout.steps.values()]
    .filter((s) => layout.kind.get(s.lane) === 'customer')
    .sort(byTimeThenLane(layout));
}

/** The visible customer actions (every customer-kind lane) in time order. */
export function journeySteps(doc: JourneyDoc): Step[] {
  return customerActions(layoutOf(doc));
}

/** Each visible step's neighbours along flows, whichever way the arrow points. */
function neighbours(doc: JourneyDoc, layout: Layout): Map<string, string[]> {
  const links = new Map<string, string[]>();
  const add = (a: string, b: string) => {
    const list = links.get(a);
    if (list) list.push(b);
    else links.set(a, [b]);
  };
  for (const flow of doc.flows) {
    if (!layout.steps.has(flow.from) || !layout.steps.has(flow.to)) continue;
    add(flow.from, flow.to);
    add(flow.to, flow.from);
  }
  return links;
}

/** The evidence steps that belong to `customer` (rule 1). */
function evidenceOf(
  customer: Step,
  layout: Layout,
  links: Map<string, string[]>,
  journey: Step[],
): Step[] {
  const isCustomer = (id: string) => layout.kind.get(layout.steps.get(id)!.lane) === 'customer';
  const centre = (s: Step) => s.x + STEP_WIDTH / 2;
  const result: Step[] = [];
  for (const step of layout.steps.values()) {
    if (layout.kind.get(step.lane) !== 'evidence') continue;
    const linkedCustomers = (links.get(step.id) ?? []).filter(isCustomer);
    if (linkedCustomers.length) {
      if (linkedCustomers.includes(customer.id)) result.push(step);
      continue;
    }
    let nearest: Step | undefined;
    for (const action of journey) {
      const distance = Math.abs(centre(action) - centre(step));
      if (distance >= STEP_WIDTH) continue;
      if (!nearest || distance < Math.abs(centre(nearest) - centre(step))) nearest = action;
    }
    if (nearest?.id === customer.id) result.push(step);
  }
  return result;
}

/** The steps that belong to customer action `stepId`'s moment (see the rules above), C excluded. */
export function linkedSteps(doc: JourneyDoc, stepId: string): Step[] {
  const layout = layoutOf(doc);
  const customer = layout.steps.get(stepId);
  if (!customer || layout.kind.get(customer.lane) !== 'customer') return [];
  const links = neighbours(doc, layout);
  const customerRank = layout.rank.get(customer.lane)!;
  const rankOf = (s: Step) => layout.rank.get(s.lane)!;

  const found = new Map<string, Step>();
  for (const step of evidenceOf(customer, layout, links, customerActions(layout)))
    found.set(step.id, step);
  for (const id of links.get(customer.id) ?? []) {
    const step = layout.steps.get(id)!;
    if (rankOf(step) < customerRank && layout.kind.get(step.lane) !== 'customer')
      found.set(id, step);
  }

  const queue: Step[] = [customer, ...found.values()];
  for (let i = 0; i < queue.length; i++) {
    const from = queue[i]!;
    for (const id of links.get(from.id) ?? []) {
      const step = layout.steps.get(id)!;
      if (found.has(id) || id === customer.id) continue;
      if (layout.kind.get(step.lane) === 'customer') continue;
      if (rankOf(step) <= customerRank || rankOf(step) <= rankOf(from)) continue;
      found.set(id, step);
      queue.push(step);
    }
  }
  return [...found.values()].sort(byLaneThenTime(layout));
}

/**
 * The box around the given steps' cards on the canvas, or undefined when none is drawn.
 * `heightOf` gives a card's measured height (cards grow with their text).
 */
export function stepsBounds(
  doc: Pick<Blueprint, 'lanes' | 'steps'>,
  ids: readonly string[],
  heightOf: (id: string) => number | undefined = () => undefined,
): Bounds | undefined {
  const tops = new Map(laneBands(doc.lanes).map((b) => [b.lane.id, b.top + STEP_TOP_PADDING]));
  const wanted = new Set(ids);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const step of doc.steps) {
    const top = tops.get(step.lane);
    if (!wanted.has(step.id) || top === undefined) continue;
    minX = Math.min(minX, step.x);
    maxX = Math.max(maxX, step.x + STEP_WIDTH);
    minY = Math.min(minY, top);
    maxY = Math.max(maxY, top + (heightOf(step.id) ?? STEP_MIN_HEIGHT));
  }
  if (minX === Infinity) return undefined;
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
