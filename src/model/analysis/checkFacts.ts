import type { CheckItem, CheckKey } from './checkTypes';
import type { BlueprintFacts } from './facts';
import { filled } from './num';

const FACTS: [keyof BlueprintFacts, string, CheckKey][] = [
  ['title', 'title', 'check.titleNamed'],
  ['service', 'service', 'check.serviceNamed'],
  ['customerSegment', 'segment', 'check.segmentNamed'],
  ['scenarioStart', 'scenarioStart', 'check.scenarioStartStated'],
  ['scenarioEnd', 'scenarioEnd', 'check.scenarioEndStated'],
];

/** Guide step 1: the process and the customers it serves are named. One item per fact. */
export function checkFacts(facts: BlueprintFacts): CheckItem[] {
  return FACTS.map(([field, id, key]) => {
    const value = facts[field];
    return { id, ok: typeof value === 'string' && filled(value), message: { key } };
  });
}
