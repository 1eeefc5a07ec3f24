import { stringifyBlueprint, type Blueprint } from '../../src/model';

/** The generated class of `npm run bench:classroom`, shared by its Node and Chromium parts. */

export const CLASS_SIZE = 40;

/** A student's version: some steps left out, some relabelled with a slip, some in another lane. */
export function handIn(reference: Blueprint, seed: number): Blueprint {
  const doc = structuredClone(reference);
  let state = seed * 2654435761;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  doc.steps = doc.steps.filter(() => random() > 0.05);
  const kept = new Set(doc.steps.map((s) => s.id));
  doc.flows = doc.flows.filter((f) => kept.has(f.from) && kept.has(f.to));
  for (const improvement of doc.improvements)
    improvement.addresses = improvement.addresses.filter((id) => kept.has(id));
  for (const step of doc.steps) {
    const roll = random();
    if (roll < 0.1)
      step.label = step.label.replace(/action/, 'actoin').replace(/ (\d+)$/, ' no. $1');
    else if (roll < 0.15)
      step.lane = doc.lanes[(doc.lanes.findIndex((l) => l.id === step.lane) + 1) % 5]!.id;
    else if (roll < 0.2) delete step.failPoint;
  }
  return doc;
}

/** The class's hand-ins as file texts, as the teacher's folder holds them. */
export function classTexts(reference: Blueprint): string[] {
  return Array.from({ length: CLASS_SIZE }, (_, i) => stringifyBlueprint(handIn(reference, i + 2)));
}
