import {
  newBlueprint,
  STANDARD_LANE_KINDS,
  type Blueprint,
  type Flow,
  type Step,
} from '../../model';

/**
 * A blueprint of `stepCount` steps over the five standard lanes, about one flow per step, every
 * seventh step a fail point and every eleventh a wait: the size a big class exercise reaches.
 */
export function largeBlueprint(stepCount: number): Blueprint {
  const doc = newBlueprint(`Large, ${stepCount} steps`);
  const steps: Step[] = [];
  const flows: Flow[] = [];
  for (let i = 0; i < stepCount; i++) {
    const step: Step = {
      id: `s${i}`,
      lane: STANDARD_LANE_KINDS[i % 5]!,
      x: Math.floor(i / 5) * 240,
      label: `Step ${i}`,
      description: '',
      durationMin: i % 4,
    };
    if (i % 7 === 0) {
      step.failPoint = {
        risk: 'Late',
        probability: 0.1,
        costPerFailure: 20,
        recovery: '',
        owner: '',
      };
    }
    if (i % 11 === 0) step.wait = { expectedMin: 5, toleranceMin: 10 };
    steps.push(step);
    if (i > 0)
      flows.push({ id: `f${i}`, from: `s${i - 1}`, to: `s${i}`, label: '', twoWay: false });
  }
  return { ...doc, steps, flows };
}

/** Two lanes and three steps: small enough that random edits soon collide. */
export function tinyBlueprint(): Blueprint {
  const doc = newBlueprint('Tiny');
  return {
    ...doc,
    lanes: doc.lanes.slice(1, 3),
    steps: [
      { id: 'a', lane: 'customer', x: 0, label: 'Arrive', description: '' },
      { id: 'b', lane: 'customer', x: 240, label: 'Order', description: '', durationMin: 2 },
      { id: 'c', lane: 'onstage', x: 240, label: 'Take order', description: '' },
    ],
    flows: [
      { id: 'ab', from: 'a', to: 'b', label: '', twoWay: false },
      { id: 'bc', from: 'b', to: 'c', label: '', twoWay: true },
    ],
  };
}
