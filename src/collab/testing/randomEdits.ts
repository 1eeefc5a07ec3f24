import fc from 'fast-check';
import { ops, type Blueprint, type GuideStep } from '../../model';
import { edited } from './edited';

/**
 * Random edits as data, for the convergence tests. An edit names what to do and carries a few
 * numbers and a text; `applyEdit` reads them against the editing client's own document (the
 * n-th step, lane… taken modulo the count), so every edit is one a person could make from
 * what they see, and goes through the model's own operations.
 */
export const EDIT_KINDS = [
  'addStep',
  'moveStep',
  'relabelStep',
  'describeStep',
  'setDuration',
  'toggleSelfService',
  'deleteStep',
  'addFlow',
  'deleteFlow',
  'reverseFlow',
  'editFlow',
  'addLane',
  'deleteLane',
  'moveLane',
  'renameLane',
  'resizeLane',
  'hideLane',
  'setFailPoint',
  'clearFailPoint',
  'setWait',
  'clearWait',
  'setEconomics',
  'addImprovement',
  'editImprovement',
  'addressStep',
  'unaddressStep',
  'deleteImprovement',
  'setTitle',
  'setMeta',
  'markGuideStep',
  'goToGuideStep',
  'pan',
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

export interface Edit {
  kind: EditKind;
  pick: number;
  other: number;
  amount: number;
  text: string;
  flag: boolean;
}

// Few texts, so that two people often type the same thing or the same field at once.
const TEXTS = ['', 'Check in', 'Pay', 'Wait', '排队', 'Late', 'Owner A', 'Owner B'];

// The edits that break links when they cross: drawn more often, so that they do cross.
const CLASHING_KINDS: readonly EditKind[] = [
  'deleteStep',
  'deleteLane',
  'moveLane',
  'moveStep',
  'addFlow',
  'addressStep',
  'addStep',
  'clearFailPoint',
  'setFailPoint',
];

export const editArbitrary: fc.Arbitrary<Edit> = fc.record({
  kind: fc.oneof(fc.constantFrom(...EDIT_KINDS), fc.constantFrom(...CLASHING_KINDS)),
  pick: fc.nat(1000),
  other: fc.nat(1000),
  amount: fc.double({ min: 0, max: 1, noNaN: true }),
  text: fc.oneof(fc.constantFrom(...TEXTS), fc.string({ maxLength: 8 })),
  flag: fc.boolean(),
});

function nth<T>(list: readonly T[], n: number): T | undefined {
  return list.length ? list[n % list.length] : undefined;
}

const FAIL_POINT_FIELDS = [
  'risk',
  'probability',
  'costPerFailure',
  'recovery',
  'owner',
  'lostShare',
];
const META_FIELDS = ['service', 'customerSegment', 'scenario', 'scenarioStart', 'scenarioEnd'];
const ECONOMIC_FIELDS = ['customersPerMonth', 'spendPerVisit', 'visitsPerYear', 'yearsRetained'];
const CURRENCIES = ['USD', 'EUR', 'CNY'];
const STATUSES = ['idea', 'planned', 'done'] as const;

/**
 * `doc` after the edit, as a new document sharing every unchanged part (as immer would), or
 * `doc` itself when the edit does not apply. `newId` makes ids for new records.
 */
export function applyEdit(
  doc: Blueprint,
  edit: Edit,
  newId: (prefix: string) => string,
): Blueprint {
  return edited(doc, (d) => editDraft(d, edit, newId));
}

function editDraft(d: Blueprint, e: Edit, newId: (prefix: string) => string): void {
  const step = nth(d.steps, e.pick);
  const lane = nth(d.lanes, e.pick);
  const flow = nth(d.flows, e.pick);
  const improvement = nth(d.improvements, e.pick);
  const minutes = Math.round(e.amount * 30);
  switch (e.kind) {
    case 'addStep': {
      const target = nth(d.lanes, e.other);
      if (target)
        ops.addStep(d, { lane: target.id, x: minutes * 40, label: e.text, id: newId('step') });
      return;
    }
    case 'moveStep': {
      const target = nth(d.lanes, e.other);
      if (step && target) ops.updateStep(d, step.id, { lane: target.id, x: e.other });
      return;
    }
    case 'relabelStep':
      if (step) ops.updateStep(d, step.id, { label: e.text });
      return;
    case 'describeStep':
      if (step) ops.updateStep(d, step.id, { description: e.text });
      return;
    case 'setDuration':
      if (step) ops.updateStep(d, step.id, { durationMin: e.flag ? minutes : undefined });
      return;
    case 'toggleSelfService':
      if (step) ops.updateStep(d, step.id, { selfService: e.flag });
      return;
    case 'deleteStep':
      if (step) ops.deleteSteps(d, [step.id]);
      return;
    case 'addFlow': {
      const to = nth(d.steps, e.other);
      if (step && to) ops.addFlow(d, step.id, to.id, newId('flow'));
      return;
    }
    case 'deleteFlow':
      if (flow) ops.deleteFlows(d, [flow.id]);
      return;
    case 'reverseFlow':
      if (flow) ops.reverseFlows(d, [flow.id]);
      return;
    case 'editFlow':
      if (flow) ops.updateFlow(d, flow.id, e.flag ? { label: e.text } : { twoWay: !flow.twoWay });
      return;
    case 'addLane':
      ops.addLane(d, e.text, e.other % (d.lanes.length + 1), newId('lane'));
      return;
    case 'deleteLane':
      if (lane) ops.removeLane(d, lane.id);
      return;
    case 'moveLane':
      if (lane) ops.moveLane(d, lane.id, e.other % d.lanes.length);
      return;
    case 'renameLane':
      if (lane) ops.renameLane(d, lane.id, e.text);
      return;
    case 'resizeLane':
      if (lane) ops.resizeLane(d, lane.id, 40 + e.amount * 400);
      return;
    case 'hideLane':
      if (lane) ops.setLaneHidden(d, lane.id, e.flag);
      return;
    case 'setFailPoint': {
      if (!step) return;
      const key = nth(FAIL_POINT_FIELDS, e.other)!;
      const text = key === 'risk' || key === 'recovery' || key === 'owner';
      const value = text ? e.text : key === 'costPerFailure' ? minutes * 10 : e.amount;
      ops.setFailPoint(d, step.id, { [key]: key === 'lostShare' && !e.flag ? undefined : value });
      return;
    }
    case 'clearFailPoint':
      if (step) ops.setFailPoint(d, step.id, null);
      return;
    case 'setWait':
      if (step) ops.setWait(d, step.id, { [e.flag ? 'expectedMin' : 'toleranceMin']: minutes });
      return;
    case 'clearWait':
      if (step) ops.setWait(d, step.id, null);
      return;
    case 'setEconomics':
      if (e.other % 5 === 4) ops.setEconomics(d, { currency: nth(CURRENCIES, e.pick)! });
      else
        ops.setEconomics(d, {
          [nth(ECONOMIC_FIELDS, e.other)!]: e.flag ? minutes * 100 : undefined,
        });
      return;
    case 'addImprovement':
      ops.addImprovement(d, { title: e.text, oneOffCost: minutes * 50 }, newId('imp'));
      return;
    case 'editImprovement':
      if (improvement) editImprovement(d, improvement.id, e, minutes);
      return;
    case 'addressStep': {
      const target = nth(d.steps, e.other);
      if (improvement && target && !improvement.addresses.includes(target.id)) {
        ops.updateImprovement(d, improvement.id, {
          addresses: [...improvement.addresses, target.id],
        });
      }
      return;
    }
    case 'unaddressStep': {
      const target = improvement && nth(improvement.addresses, e.other);
      if (improvement && target) {
        const addresses = improvement.addresses.filter((id) => id !== target);
        ops.updateImprovement(d, improvement.id, { addresses });
      }
      return;
    }
    case 'deleteImprovement':
      if (improvement) ops.deleteImprovement(d, improvement.id);
      return;
    case 'setTitle':
      d.title = e.text;
      return;
    case 'setMeta':
      if (e.other % 6 === 5) ops.setMeta(d, { toleranceMin: e.flag ? minutes : undefined });
      else ops.setMeta(d, { [nth(META_FIELDS, e.other)!]: e.text });
      return;
    case 'markGuideStep':
      ops.setGuideDone(d, ((e.other % 6) + 1) as GuideStep, e.flag);
      return;
    case 'goToGuideStep':
      ops.setGuideStep(d, ((e.other % 6) + 1) as GuideStep);
      return;
    case 'pan':
      d.view = { x: e.pick, y: e.other, zoom: 0.5 + e.amount };
      return;
  }
}

function editImprovement(d: Blueprint, id: string, e: Edit, minutes: number): void {
  switch (e.other % 6) {
    case 0:
      return ops.updateImprovement(d, id, { title: e.text });
    case 1:
      return ops.updateImprovement(d, id, { oneOffCost: minutes * 100 });
    case 2:
      return ops.updateImprovement(d, id, { runningCostPerMonth: minutes });
    case 3:
      return ops.updateImprovement(d, id, { newProbability: e.flag ? e.amount : undefined });
    case 4:
      return ops.updateImprovement(d, id, { newWaitMin: e.flag ? minutes : undefined });
    default:
      return ops.updateImprovement(d, id, { status: nth(STATUSES, e.pick)! });
  }
}
