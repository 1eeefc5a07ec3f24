import { expect } from 'vitest';
import type { Blueprint } from '../../model';
import type { World } from './world';

/** Every document action as a given / when / then case, run do / undo / redo by the tests. */

export interface ActionCase {
  name: string;
  /** Extra setup after the shared given (may itself record history). */
  given?: (w: World) => void;
  when: (w: World) => void;
  /** Checked after the action and again after redo. */
  then: (d: Blueprint, w: World) => void;
}

export const actionCases: ActionCase[] = [
  {
    name: 'addStep',
    when: (w) => void w.store.getState().addStep('support', 480, 'Kitchen'),
    then: (d) => {
      expect(d.steps).toHaveLength(4);
      expect(d.steps[3]).toMatchObject({
        lane: 'support',
        x: 480,
        label: 'Kitchen',
        description: '',
      });
    },
  },
  {
    name: 'updateStep',
    when: (w) => w.store.getState().updateStep(w.b, { label: 'Check in at desk', durationMin: 5 }),
    then: (d, w) =>
      expect(d.steps.find((s) => s.id === w.b)).toMatchObject({
        label: 'Check in at desk',
        durationMin: 5,
      }),
  },
  {
    name: 'moveSteps',
    when: (w) =>
      w.store.getState().moveSteps([
        { id: w.a, x: 480, lane: 'customer' },
        { id: w.c, x: 720, lane: 'backstage' },
      ]),
    then: (d, w) => {
      expect(d.steps.find((s) => s.id === w.a)).toMatchObject({ x: 480, lane: 'customer' });
      expect(d.steps.find((s) => s.id === w.c)).toMatchObject({ x: 720, lane: 'backstage' });
    },
  },
  {
    name: 'deleteSteps (and the flows attached to them)',
    when: (w) => w.store.getState().deleteSteps([w.b]),
    then: (d, w) => {
      expect(d.steps.map((s) => s.id)).toEqual([w.a, w.c]);
      expect(d.flows).toEqual([]);
    },
  },
  {
    name: 'setFailPoint',
    when: (w) => w.store.getState().setFailPoint(w.c, { risk: 'Room not ready', probability: 0.1 }),
    then: (d, w) =>
      expect(d.steps.find((s) => s.id === w.c)!.failPoint).toEqual({
        risk: 'Room not ready',
        probability: 0.1,
        costPerFailure: 0,
        recovery: '',
        owner: '',
      }),
  },
  {
    name: 'setFailPoint(null) clears it',
    given: (w) => w.store.getState().setFailPoint(w.c, { risk: 'x' }),
    when: (w) => w.store.getState().setFailPoint(w.c, null),
    then: (d, w) => expect(d.steps.find((s) => s.id === w.c)!.failPoint).toBeUndefined(),
  },
  {
    name: 'setWait',
    when: (w) => w.store.getState().setWait(w.b, { expectedMin: 12, toleranceMin: 8 }),
    then: (d, w) =>
      expect(d.steps.find((s) => s.id === w.b)!.wait).toEqual({ expectedMin: 12, toleranceMin: 8 }),
  },
  {
    name: 'setWait(null) clears it',
    given: (w) => w.store.getState().setWait(w.b, {}),
    when: (w) => w.store.getState().setWait(w.b, null),
    then: (d, w) => expect(d.steps.find((s) => s.id === w.b)!.wait).toBeUndefined(),
  },
  {
    name: 'addFlow',
    when: (w) => void w.store.getState().addFlow(w.a, w.c),
    then: (d, w) => {
      expect(d.flows).toHaveLength(3);
      expect(d.flows[2]).toMatchObject({ from: w.a, to: w.c, label: '', twoWay: false });
    },
  },
  {
    name: 'updateFlow',
    when: (w) => w.store.getState().updateFlow(w.bc, { label: 'asks for key', twoWay: true }),
    then: (d, w) =>
      expect(d.flows.find((f) => f.id === w.bc)).toMatchObject({
        label: 'asks for key',
        twoWay: true,
      }),
  },
  {
    name: 'deleteFlows',
    when: (w) => w.store.getState().deleteFlows([w.ab]),
    then: (d, w) => {
      expect(d.flows.map((f) => f.id)).toEqual([w.bc]);
      expect(d.steps).toHaveLength(3);
    },
  },
  {
    name: 'deleteSelection',
    given: (w) => w.store.getState().select({ steps: [w.c], flows: [w.ab] }),
    when: (w) => w.store.getState().deleteSelection(),
    then: (d, w) => {
      expect(d.steps.map((s) => s.id)).toEqual([w.a, w.b]);
      expect(d.flows).toEqual([]);
    },
  },
  {
    name: 'renameLane',
    when: (w) => w.store.getState().renameLane('onstage', 'Front desk'),
    then: (d) => expect(d.lanes[2]!.label).toBe('Front desk'),
  },
  {
    name: 'resizeLane (clamped)',
    when: (w) => w.store.getState().resizeLane('support', 5000),
    then: (d) => expect(d.lanes[4]!.height).toBe(1200),
  },
  {
    name: 'setLaneHidden',
    when: (w) => w.store.getState().setLaneHidden('evidence', true),
    then: (d) => expect(d.lanes[0]!.hidden).toBe(true),
  },
  {
    name: 'addLane',
    when: (w) => void w.store.getState().addLane('Emotions', 2),
    then: (d) => {
      expect(d.lanes.map((l) => l.label)[2]).toBe('Emotions');
      expect(d.lanes[2]!.kind).toBe('custom');
      expect(d.lanes).toHaveLength(6);
    },
  },
  {
    name: 'moveLane',
    when: (w) => w.store.getState().moveLane('evidence', 4),
    then: (d) =>
      expect(d.lanes.map((l) => l.id)).toEqual([
        'customer',
        'onstage',
        'backstage',
        'support',
        'evidence',
      ]),
  },
  {
    name: 'removeLane (with its steps and their flows)',
    when: (w) => w.store.getState().removeLane('onstage'),
    then: (d, w) => {
      expect(d.lanes.map((l) => l.id)).not.toContain('onstage');
      expect(d.steps.map((s) => s.id)).toEqual([w.a, w.b]);
      expect(d.flows.map((f) => f.id)).toEqual([w.ab]);
    },
  },
  {
    name: 'setTitle',
    when: (w) => w.store.getState().setTitle('Hotel overnight stay'),
    then: (d) => expect(d.title).toBe('Hotel overnight stay'),
  },
  {
    name: 'setMeta',
    when: (w) => w.store.getState().setMeta({ service: 'Hotel', locale: 'zh-CN' }),
    then: (d) =>
      expect(d.meta).toEqual({
        service: 'Hotel',
        customerSegment: '',
        scenario: '',
        scenarioStart: '',
        scenarioEnd: '',
        locale: 'zh-CN',
      }),
  },
  {
    name: 'setMeta (scenario start and end, overall tolerance)',
    when: (w) =>
      w.store.getState().setMeta({
        scenarioStart: 'Guest drives up',
        scenarioEnd: 'Guest drives away',
        toleranceMin: 720,
      }),
    then: (d) =>
      expect(d.meta).toMatchObject({
        scenarioStart: 'Guest drives up',
        scenarioEnd: 'Guest drives away',
        toleranceMin: 720,
      }),
  },
  {
    name: 'updateStep (selfService)',
    when: (w) => w.store.getState().updateStep(w.a, { selfService: true }),
    then: (d, w) => expect(d.steps.find((s) => s.id === w.a)!.selfService).toBe(true),
  },
  {
    name: 'addLinkedStep (a step and a flow in one edit)',
    when: (w) => {
      w.ids.linked = w.store.getState().addLinkedStep({
        lane: 'customer',
        x: 480,
        label: 'Go to room',
        from: w.b,
      });
    },
    then: (d, w) => {
      expect(d.steps).toHaveLength(4);
      expect(d.steps[3]).toMatchObject({ id: w.ids.linked, lane: 'customer', label: 'Go to room' });
      expect(d.flows).toHaveLength(3);
      expect(d.flows[2]).toMatchObject({ from: w.b, to: w.ids.linked });
    },
  },
  {
    name: 'deleteSteps (and the improvement addresses naming them)',
    given: (w) => {
      w.ids.imp = w.store.getState().addImprovement({ addresses: [w.a, w.b, w.c] });
    },
    when: (w) => w.store.getState().deleteSteps([w.b]),
    then: (d, w) => {
      expect(d.steps.map((s) => s.id)).toEqual([w.a, w.c]);
      expect(d.improvements).toHaveLength(1);
      expect(d.improvements[0]!.addresses).toEqual([w.a, w.c]);
    },
  },
  {
    name: 'setEconomics',
    when: (w) =>
      w.store.getState().setEconomics({
        customersPerMonth: 1200,
        spendPerVisit: 180,
        currency: 'EUR',
      }),
    then: (d) =>
      expect(d.economics).toEqual({ customersPerMonth: 1200, spendPerVisit: 180, currency: 'EUR' }),
  },
  {
    name: 'addImprovement',
    when: (w) => {
      w.ids.imp = w.store.getState().addImprovement({
        title: 'Mobile check-in',
        addresses: [w.b],
        oneOffCost: 5000,
      });
    },
    then: (d, w) =>
      expect(d.improvements).toEqual([
        {
          id: w.ids.imp,
          title: 'Mobile check-in',
          addresses: [w.b],
          oneOffCost: 5000,
          runningCostPerMonth: 0,
          status: 'idea',
        },
      ]),
  },
  {
    name: 'updateImprovement',
    given: (w) => {
      w.ids.imp = w.store.getState().addImprovement({ title: 'Kiosk' });
    },
    when: (w) =>
      w.store
        .getState()
        .updateImprovement(w.ids.imp!, { addresses: [w.b], newWaitMin: 3, status: 'planned' }),
    then: (d, w) =>
      expect(d.improvements[0]).toMatchObject({
        title: 'Kiosk',
        addresses: [w.b],
        newWaitMin: 3,
        status: 'planned',
      }),
  },
  {
    name: 'deleteImprovement',
    given: (w) => {
      w.ids.imp = w.store.getState().addImprovement({ title: 'Kiosk' });
      w.ids.keep = w.store.getState().addImprovement({ title: 'Signage' });
    },
    when: (w) => w.store.getState().deleteImprovement(w.ids.imp!),
    then: (d, w) => expect(d.improvements.map((i) => i.id)).toEqual([w.ids.keep]),
  },
  {
    name: 'setGuideDone',
    when: (w) => w.store.getState().setGuideDone(2, true),
    then: (d) => expect(d.guide).toEqual({ step: 1, done: [2] }),
  },
  {
    name: 'setGuideDone(false)',
    given: (w) => w.store.getState().setGuideDone(1, true),
    when: (w) => w.store.getState().setGuideDone(1, false),
    then: (d) => expect(d.guide.done).toEqual([]),
  },
];
