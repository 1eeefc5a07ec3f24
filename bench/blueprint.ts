import {
  loadBlueprint,
  newBlueprint,
  STANDARD_LANE_KINDS,
  type Blueprint,
  type Flow,
  type Step,
} from '../src/model';

/** Horizontal distance between columns of cards: a card is 176 wide, plus a gap for arrows. */
export const COLUMN_SPACING = 240;

const LANE_NOUN: Record<(typeof STANDARD_LANE_KINDS)[number], string> = {
  evidence: 'Evidence',
  customer: 'Customer action',
  onstage: 'Onstage action',
  backstage: 'Backstage action',
  support: 'Support process',
};

/**
 * A large blueprint for the benchmark: the five standard lanes filled column by column, so
 * step i sits in lane i mod 5 and column ⌊i / 5⌋. Flows join neighbours: down each column
 * (evidence → customer → onstage → backstage → support) and along the customer lane from one
 * column to the next, about one flow per step. Every tenth step is a fail point and every
 * tenth (a different one) a wait.
 */
export function benchBlueprint(stepCount: number): Blueprint {
  const doc = newBlueprint(`Benchmark, ${stepCount} steps`);
  const idAt = (column: number, lane: number) => `s${column * 5 + lane}`;
  const steps: Step[] = [];
  for (let i = 0; i < stepCount; i++) {
    const laneIndex = i % 5;
    const column = Math.floor(i / 5);
    const kind = STANDARD_LANE_KINDS[laneIndex]!;
    const step: Step = {
      id: idAt(column, laneIndex),
      lane: kind,
      x: column * COLUMN_SPACING,
      label: `${LANE_NOUN[kind]} ${column + 1}`,
      description: '',
      durationMin: 1 + (i % 4),
    };
    if (i % 10 === 3)
      step.failPoint = {
        risk: `Risk at step ${i + 1}`,
        probability: 0.05,
        costPerFailure: 20,
        recovery: 'Apologise and fix it',
        owner: 'Shift lead',
      };
    if (i % 10 === 6) step.wait = { expectedMin: 5, toleranceMin: 10 };
    steps.push(step);
  }
  const exists = (column: number, lane: number) => column * 5 + lane < stepCount;
  const flows: Flow[] = [];
  const link = (from: string, to: string) =>
    flows.push({ id: `f${flows.length}`, from, to, label: '', twoWay: false });
  for (let column = 0; column * 5 < stepCount; column++) {
    for (let lane = 0; lane < 4; lane++)
      if (exists(column, lane + 1)) link(idAt(column, lane), idAt(column, lane + 1));
    if (exists(column + 1, 1)) link(idAt(column, 1), idAt(column + 1, 1));
  }
  return { ...doc, steps, flows };
}

/** The generated document, checked by the editor's own loader: a bad generator fails loudly. */
export function checkedBenchBlueprint(stepCount: number): Blueprint {
  const loaded = loadBlueprint(JSON.parse(JSON.stringify(benchBlueprint(stepCount))));
  if (!loaded.ok)
    throw new Error(`benchmark blueprint does not load: ${JSON.stringify(loaded.errors)}`);
  return loaded.value;
}
