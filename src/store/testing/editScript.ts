import {
  ops,
  type Blueprint,
  type BlueprintMeta,
  type Economics,
  type FailPoint,
  type GuideStep,
  type Improvement,
  type StandardLaneKind,
  type View,
  type Wait,
} from '../../model';
import type { EditorStoreApi } from '../createEditorStore';
import type { fakeClock } from './world';

/**
 * An edit script: named store actions whose targets are picked from the document as it is
 * when each action runs (so a script stays meaningful after steps are added or removed), and
 * the player that runs one action on a store. The arbitraries are in arbitraries.ts.
 */

/** An item of the document when the action runs: the nth one (wrapping), or an id that is not there. */
export type Ref = { nth: number } | { missing: string };

export type ImprovementScript = Partial<Omit<Improvement, 'id' | 'addresses'>> & {
  addresses?: Ref[];
};

export type EditAction =
  | { kind: 'addStep'; lane: Ref; x: number; label?: string }
  | { kind: 'addLinkedStep'; lane: Ref; x: number; label?: string; from?: Ref; to?: Ref }
  | {
      kind: 'updateStep';
      step: Ref;
      fields: {
        label?: string;
        description?: string;
        durationMin?: number;
        x?: number;
        lane?: Ref;
        selfService?: boolean;
      };
      key?: string;
    }
  | { kind: 'moveSteps'; moves: { step: Ref; x: number; lane: Ref }[] }
  | { kind: 'deleteSteps'; steps: Ref[] }
  | { kind: 'setFailPoint'; step: Ref; failPoint: Partial<FailPoint> | null; key?: string }
  | { kind: 'setWait'; step: Ref; wait: Partial<Wait> | null; key?: string }
  | { kind: 'addFlow'; from: Ref; to: Ref }
  | { kind: 'addLoop'; step: Ref }
  | { kind: 'updateFlow'; flow: Ref; fields: { label?: string; twoWay?: boolean }; key?: string }
  | { kind: 'deleteFlows'; flows: Ref[] }
  | { kind: 'select'; steps: Ref[]; flows: Ref[] }
  | { kind: 'deleteSelection' }
  | { kind: 'setEditingStep'; step: Ref | null }
  | { kind: 'renameLane'; lane: Ref; label: string; key?: string }
  | { kind: 'resizeLane'; lane: Ref; height: number; key?: string }
  | { kind: 'setLaneHidden'; lane: Ref; hidden: boolean }
  | { kind: 'addLane'; label: string; index?: number }
  | { kind: 'moveLane'; lane: Ref; toIndex: number }
  | { kind: 'removeLane'; lane: Ref }
  | { kind: 'relabelStandardLanes'; from: LaneLabels; to: LaneLabels }
  | { kind: 'setEconomics'; fields: Partial<Economics>; key?: string }
  | { kind: 'addImprovement'; fields?: ImprovementScript }
  | { kind: 'updateImprovement'; improvement: Ref; fields: ImprovementScript; key?: string }
  | { kind: 'deleteImprovement'; improvement: Ref }
  | { kind: 'setGuideStep'; step: number }
  | { kind: 'setGuideDone'; step: number; done: boolean }
  | { kind: 'setTitle'; title: string; key?: string }
  | { kind: 'setMeta'; fields: Partial<BlueprintMeta>; key?: string }
  | { kind: 'setView'; view: View }
  /** Copies the steps and pastes them back; `lostLanes` renames their lanes in the clip first. */
  | { kind: 'pasteSteps'; steps: Ref[]; placement: ops.PastePlacement; lostLanes: boolean }
  | { kind: 'duplicateSteps'; steps: Ref[] }
  | { kind: 'nudgeSteps'; steps: Ref[]; dx: number; lanes: -1 | 0 | 1 }
  | { kind: 'toggleFailPoint'; steps: Ref[] }
  | { kind: 'toggleWait'; steps: Ref[] }
  | { kind: 'selectAll' }
  | { kind: 'alignSteps'; steps: Ref[] }
  | { kind: 'distributeSteps'; steps: Ref[] }
  | { kind: 'tidyUp' }
  | { kind: 'reverseFlows'; flows: Ref[] }
  | {
      kind: 'setStepsFields';
      steps: Ref[];
      fields: Omit<ops.StepsFields, 'lane'> & { lane?: Ref };
      key?: string;
    }
  | { kind: 'undo' }
  | { kind: 'redo' }
  /** Time passing between edits, so that typing bursts sometimes coalesce and sometimes not. */
  | { kind: 'wait'; ms: number };

export type LaneLabels = Record<StandardLaneKind, string>;

function pick(ids: readonly string[], r: Ref): string {
  if ('missing' in r) return r.missing;
  return ids.length ? ids[r.nth % ids.length]! : 'ghost';
}

/** Plays one action on the store, resolving its references against the current document. */
export function play(
  store: EditorStoreApi,
  clock: ReturnType<typeof fakeClock>,
  action: EditAction,
): void {
  const s = store.getState();
  const { doc } = s;
  const lane = (r: Ref) =>
    pick(
      doc.lanes.map((l) => l.id),
      r,
    );
  const step = (r: Ref) =>
    pick(
      doc.steps.map((x) => x.id),
      r,
    );
  const flow = (r: Ref) =>
    pick(
      doc.flows.map((f) => f.id),
      r,
    );
  const improvement = (r: Ref) =>
    pick(
      doc.improvements.map((i) => i.id),
      r,
    );
  const improvementFieldsNow = ({ addresses, ...rest }: ImprovementScript) =>
    addresses ? { ...rest, addresses: addresses.map(step) } : rest;

  switch (action.kind) {
    case 'addStep':
      s.addStep(lane(action.lane), action.x, action.label);
      return;
    case 'addLinkedStep':
      s.addLinkedStep({
        lane: lane(action.lane),
        x: action.x,
        label: action.label,
        from: action.from && step(action.from),
        to: action.to && step(action.to),
      });
      return;
    case 'updateStep': {
      const { lane: laneRef, ...fields } = action.fields;
      s.updateStep(
        step(action.step),
        laneRef ? { ...fields, lane: lane(laneRef) } : fields,
        action.key,
      );
      return;
    }
    case 'moveSteps':
      s.moveSteps(action.moves.map((m) => ({ id: step(m.step), x: m.x, lane: lane(m.lane) })));
      return;
    case 'deleteSteps':
      s.deleteSteps(action.steps.map(step));
      return;
    case 'setFailPoint':
      s.setFailPoint(step(action.step), action.failPoint, action.key);
      return;
    case 'setWait':
      s.setWait(step(action.step), action.wait, action.key);
      return;
    case 'addFlow':
      s.addFlow(step(action.from), step(action.to));
      return;
    case 'addLoop': {
      const id = step(action.step);
      s.addFlow(id, id);
      return;
    }
    case 'updateFlow':
      s.updateFlow(flow(action.flow), action.fields, action.key);
      return;
    case 'deleteFlows':
      s.deleteFlows(action.flows.map(flow));
      return;
    case 'select': {
      // The canvas selects only what it shows: ids that exist.
      const steps = new Set(doc.steps.map((x) => x.id));
      const flows = new Set(doc.flows.map((f) => f.id));
      s.select({
        steps: action.steps.map(step).filter((id) => steps.has(id)),
        flows: action.flows.map(flow).filter((id) => flows.has(id)),
      });
      return;
    }
    case 'deleteSelection':
      s.deleteSelection();
      return;
    case 'setEditingStep': {
      const id = action.step && step(action.step);
      s.setEditingStep(id && doc.steps.some((x) => x.id === id) ? id : null);
      return;
    }
    case 'renameLane':
      s.renameLane(lane(action.lane), action.label, action.key);
      return;
    case 'resizeLane':
      s.resizeLane(lane(action.lane), action.height, action.key);
      return;
    case 'setLaneHidden':
      s.setLaneHidden(lane(action.lane), action.hidden);
      return;
    case 'addLane':
      s.addLane(action.label, action.index);
      return;
    case 'moveLane':
      s.moveLane(lane(action.lane), action.toIndex);
      return;
    case 'removeLane':
      s.removeLane(lane(action.lane));
      return;
    case 'relabelStandardLanes':
      s.relabelStandardLanes(action.from, action.to);
      return;
    case 'setEconomics':
      s.setEconomics(action.fields, action.key);
      return;
    case 'addImprovement':
      s.addImprovement(action.fields && improvementFieldsNow(action.fields));
      return;
    case 'updateImprovement':
      s.updateImprovement(
        improvement(action.improvement),
        improvementFieldsNow(action.fields),
        action.key,
      );
      return;
    case 'deleteImprovement':
      s.deleteImprovement(improvement(action.improvement));
      return;
    case 'setGuideStep':
      s.setGuideStep(action.step as GuideStep);
      return;
    case 'setGuideDone':
      s.setGuideDone(action.step as GuideStep, action.done);
      return;
    case 'setTitle':
      s.setTitle(action.title, action.key);
      return;
    case 'setMeta':
      s.setMeta(action.fields, action.key);
      return;
    case 'setView':
      s.setView(action.view);
      return;
    case 'pasteSteps': {
      const clip = ops.copySteps(doc, action.steps.map(step));
      if (!clip) return;
      if (action.lostLanes) {
        const renamed = new Map(clip.lanes.map((l) => [l.id, `lost-${l.id}`]));
        for (const l of clip.lanes) l.id = renamed.get(l.id)!;
        for (const x of clip.steps) x.lane = renamed.get(x.lane) ?? x.lane;
      }
      s.pasteSteps(clip, action.placement);
      return;
    }
    case 'duplicateSteps':
      s.duplicateSteps(action.steps.map(step));
      return;
    case 'nudgeSteps':
      s.nudgeSteps(action.steps.map(step), { dx: action.dx, lanes: action.lanes });
      return;
    case 'toggleFailPoint':
      s.toggleFailPoint(action.steps.map(step));
      return;
    case 'toggleWait':
      s.toggleWait(action.steps.map(step));
      return;
    case 'selectAll':
      s.selectAll();
      return;
    case 'alignSteps':
      s.alignSteps(action.steps.map(step));
      return;
    case 'distributeSteps':
      s.distributeSteps(action.steps.map(step));
      return;
    case 'tidyUp':
      s.tidyUp();
      return;
    case 'reverseFlows':
      s.reverseFlows(action.flows.map(flow));
      return;
    case 'setStepsFields': {
      const { lane: laneRef, ...fields } = action.fields;
      const ids = action.steps.map(step);
      s.setStepsFields(ids, laneRef ? { ...fields, lane: lane(laneRef) } : fields, action.key);
      return;
    }
    case 'undo':
      s.undo();
      return;
    case 'redo':
      s.redo();
      return;
    case 'wait':
      clock.advance(action.ms);
      return;
  }
}

/** Adding a step to a lane that is not there: the store refuses it and changes nothing. */
export function addsToMissingLane(doc: Blueprint, action: EditAction): boolean {
  if (action.kind !== 'addStep' && action.kind !== 'addLinkedStep') return false;
  const { lane } = action;
  return 'missing' in lane && !doc.lanes.some((l) => l.id === lane.missing);
}
