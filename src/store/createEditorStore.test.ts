import { describe, expect, it } from 'vitest';
import { newBlueprint, type Blueprint } from '../model';
import { createEditorStore, documentForSaving, type EditorStoreApi } from './createEditorStore';
import { COALESCE_MS, HISTORY_LIMIT } from './history';
import { selectCanRedo, selectCanUndo, selectHasUnsavedFileChanges } from './selectors';

/** A clock the test moves by hand, so coalescing does not depend on real time. */
function fakeClock(start = 1_000_000) {
  let t = start;
  return {
    now: () => t,
    advance(ms: number) {
      t += ms;
    },
  };
}

interface World {
  store: EditorStoreApi;
  clock: ReturnType<typeof fakeClock>;
  /** Step ids: a, b in customer actions, c in onstage. */
  a: string;
  b: string;
  c: string;
  /** Flow ids: ab (a→b), bc (b→c). */
  ab: string;
  bc: string;
  /** Ids made by a case's own `given` (e.g. an improvement), for its `when` and `then`. */
  ids: Record<string, string>;
}

/** A fresh store with an empty blueprint. */
function emptyStore() {
  const clock = fakeClock();
  const store = createEditorStore(newBlueprint(), clock.now);
  return { store, clock };
}

/** Given: a store whose document has three steps and two flows, made by store actions. */
function given(): World {
  const { store, clock } = emptyStore();
  const s = store.getState();
  const a = s.addStep('customer', 0, 'Arrive');
  const b = s.addStep('customer', 240, 'Check in');
  const c = s.addStep('onstage', 240, 'Register guest');
  const ab = s.addFlow(a, b)!;
  const bc = s.addFlow(b, c)!;
  s.select({});
  return { store, clock, a, b, c, ab, bc, ids: {} };
}

const doc = (w: { store: EditorStoreApi }): Blueprint => w.store.getState().doc;
const pastLength = (w: { store: EditorStoreApi }): number => w.store.getState().history.past.length;
const stepById = (w: World, id: string) => doc(w).steps.find((s) => s.id === id);

interface ActionCase {
  name: string;
  /** Extra setup after the shared given (may itself record history). */
  given?: (w: World) => void;
  when: (w: World) => void;
  /** Checked after the action and again after redo. */
  then: (d: Blueprint, w: World) => void;
}

const actionCases: ActionCase[] = [
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

describe('every document action: do / undo / redo', () => {
  describe.each(actionCases)('$name', ({ given: extra, when, then }) => {
    function act() {
      const w = given();
      extra?.(w);
      const before = doc(w);
      const pastBefore = pastLength(w);
      const revisionBefore = w.store.getState().revision;
      when(w);
      return { w, before, pastBefore, revisionBefore, after: doc(w) };
    }

    it('do: changes the document, records one undo step and bumps the revision', () => {
      const { w, before, pastBefore, revisionBefore, after } = act();
      expect(after).not.toBe(before);
      then(after, w);
      expect(pastLength(w)).toBe(pastBefore + 1);
      expect(w.store.getState().history.past.at(-1)).toBe(before);
      expect(w.store.getState().history.future).toEqual([]);
      expect(w.store.getState().revision).toBe(revisionBefore + 1);
    });

    it('undo: restores the document as it was', () => {
      const { w, before, pastBefore } = act();
      w.store.getState().undo();
      expect(doc(w)).toBe(before);
      expect(pastLength(w)).toBe(pastBefore);
      expect(selectCanRedo(w.store.getState())).toBe(true);
    });

    it('redo: applies the change again', () => {
      const { w, after, pastBefore } = act();
      w.store.getState().undo();
      w.store.getState().redo();
      expect(doc(w)).toBe(after);
      then(doc(w), w);
      expect(pastLength(w)).toBe(pastBefore + 1);
      expect(selectCanRedo(w.store.getState())).toBe(false);
    });
  });
});

describe('actions that change nothing record nothing', () => {
  const noOps: [string, (w: World) => void][] = [
    ['updateStep of an unknown step', (w) => w.store.getState().updateStep('zz', { label: 'x' })],
    [
      'updateStep to the same label',
      (w) => w.store.getState().updateStep(w.a, { label: 'Arrive' }),
    ],
    ['addFlow that is refused (self)', (w) => void w.store.getState().addFlow(w.a, w.a)],
    ['addFlow that is refused (duplicate)', (w) => void w.store.getState().addFlow(w.a, w.b)],
    [
      'renameLane to the same label',
      (w) => w.store.getState().renameLane('customer', 'Customer actions'),
    ],
    ['removeLane of an unknown lane', (w) => w.store.getState().removeLane('zz')],
    ['deleteSelection with nothing selected', (w) => w.store.getState().deleteSelection()],
    ['deleteFlows of unknown ids', (w) => w.store.getState().deleteFlows(['zz'])],
    ['deleteImprovement of an unknown id', (w) => w.store.getState().deleteImprovement('zz')],
    [
      'updateImprovement of an unknown id',
      (w) => w.store.getState().updateImprovement('zz', { title: 'x' }),
    ],
    [
      'setEconomics to the same currency',
      (w) => w.store.getState().setEconomics({ currency: 'USD' }),
    ],
    [
      'setEconomics clearing a number that is not set',
      (w) => w.store.getState().setEconomics({ customersPerMonth: undefined }),
    ],
    ['setGuideDone(false) of a step not done', (w) => w.store.getState().setGuideDone(3, false)],
    ['setGuideStep to the current step', (w) => w.store.getState().setGuideStep(1)],
  ];
  it.each(noOps)('%s', (_name, when) => {
    const w = given();
    const before = w.store.getState();
    when(w);
    const after = w.store.getState();
    expect(after.doc).toBe(before.doc);
    expect(after.history).toBe(before.history);
    expect(after.revision).toBe(before.revision);
  });

  it('setGuideDone of a step already done records nothing', () => {
    const w = given();
    w.store.getState().setGuideDone(2, true);
    const before = w.store.getState();
    w.store.getState().setGuideDone(2, true);
    expect(w.store.getState().doc).toBe(before.doc);
    expect(w.store.getState().history).toBe(before.history);
  });

  it('a refused addFlow returns undefined', () => {
    const w = given();
    expect(w.store.getState().addFlow(w.b, w.b)).toBeUndefined();
  });
});

describe('undo and redo with nothing to undo or redo', () => {
  it('change nothing', () => {
    const { store } = emptyStore();
    const before = store.getState();
    store.getState().undo();
    store.getState().redo();
    expect(store.getState().doc).toBe(before.doc);
    expect(store.getState().revision).toBe(0);
    expect(selectCanUndo(store.getState())).toBe(false);
  });

  it('a new edit after undo drops the redo stack', () => {
    const w = given();
    w.store.getState().setTitle('one');
    w.store.getState().undo();
    expect(selectCanRedo(w.store.getState())).toBe(true);
    w.store.getState().setTitle('two');
    expect(selectCanRedo(w.store.getState())).toBe(false);
    w.store.getState().redo();
    expect(doc(w).title).toBe('two');
  });

  it('several undos then redos walk the history in order', () => {
    const { store } = emptyStore();
    for (const title of ['t1', 't2', 't3']) store.getState().setTitle(title);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().doc.title).toBe('t1');
    store.getState().redo();
    expect(store.getState().doc.title).toBe('t2');
    store.getState().redo();
    expect(store.getState().doc.title).toBe('t3');
  });
});

describe('typing coalescing', () => {
  // Each entry: [ms since the previous edit, coalesce key].
  const cases: [string, [number, string | undefined][], number][] = [
    [
      'same key within 1.5 s → one step',
      [
        [0, 'label'],
        [500, 'label'],
        [500, 'label'],
      ],
      1,
    ],
    [
      'same key, just under 1.5 s apart → one step',
      [
        [0, 'label'],
        [COALESCE_MS - 1, 'label'],
      ],
      1,
    ],
    [
      'same key, each edit within 1.5 s of the last (a long burst) → one step',
      [
        [0, 'label'],
        [1400, 'label'],
        [1400, 'label'],
        [1400, 'label'],
      ],
      1,
    ],
    [
      'same key, exactly 1.5 s apart → two steps',
      [
        [0, 'label'],
        [COALESCE_MS, 'label'],
      ],
      2,
    ],
    [
      'same key, after a pause of 3 s → two steps',
      [
        [0, 'label'],
        [100, 'label'],
        [3000, 'label'],
      ],
      2,
    ],
    [
      'another key → separate steps',
      [
        [0, 'label'],
        [100, 'description'],
      ],
      2,
    ],
    [
      'back to the first key after another → three steps',
      [
        [0, 'k1'],
        [100, 'k2'],
        [100, 'k1'],
      ],
      3,
    ],
    [
      'no key → every edit is a step',
      [
        [0, undefined],
        [10, undefined],
        [10, undefined],
      ],
      3,
    ],
    [
      'no key then a key → two steps',
      [
        [0, undefined],
        [10, 'label'],
      ],
      2,
    ],
  ];
  it.each(cases)('%s', (_name, edits, expectedSteps) => {
    const w = given();
    const original = stepById(w, w.a)!.label;
    const pastBefore = pastLength(w);
    edits.forEach(([ms, key], i) => {
      w.clock.advance(ms);
      w.store.getState().updateStep(w.a, { label: `Arrive ${i}` }, key);
    });
    expect(stepById(w, w.a)!.label).toBe(`Arrive ${edits.length - 1}`);
    expect(pastLength(w) - pastBefore).toBe(expectedSteps);
    for (let i = 0; i < expectedSteps; i++) w.store.getState().undo();
    expect(stepById(w, w.a)!.label).toBe(original);
  });

  it('one undo takes back a whole burst', () => {
    const w = given();
    for (const text of ['H', 'Ho', 'Hot', 'Hote', 'Hotel']) {
      w.clock.advance(200);
      w.store.getState().setTitle(text, 'title');
    }
    expect(doc(w).title).toBe('Hotel');
    w.store.getState().undo();
    expect(doc(w).title).toBe('Untitled blueprint');
    w.store.getState().redo();
    expect(doc(w).title).toBe('Hotel');
  });

  it('an undo ends the burst: typing again with the same key is a new step', () => {
    const w = given();
    w.store.getState().updateStep(w.a, { label: 'x' }, 'label');
    w.store.getState().undo();
    w.clock.advance(100);
    w.store.getState().updateStep(w.a, { label: 'y' }, 'label');
    w.clock.advance(100);
    w.store.getState().updateStep(w.a, { label: 'yz' }, 'label');
    w.store.getState().undo();
    expect(stepById(w, w.a)!.label).toBe('Arrive');
  });

  it('an unkeyed edit in between ends the burst', () => {
    const w = given();
    const pastBefore = pastLength(w);
    w.store.getState().updateStep(w.a, { label: 'x' }, 'label');
    w.clock.advance(100);
    w.store.getState().moveSteps([{ id: w.b, x: 300, lane: 'customer' }]);
    w.clock.advance(100);
    w.store.getState().updateStep(w.a, { label: 'xy' }, 'label');
    expect(pastLength(w) - pastBefore).toBe(3);
  });

  it('coalesces setFailPoint, setWait, updateFlow, renameLane, resizeLane, setMeta, setEconomics and updateImprovement keys too', () => {
    const w = given();
    const s = () => w.store.getState();
    const imp = s().addImprovement();
    const pastBefore = pastLength(w);
    const bursts: (() => void)[][] = [
      [
        () => s().setFailPoint(w.c, { risk: 'R' }, 'risk'),
        () => s().setFailPoint(w.c, { risk: 'Ro' }, 'risk'),
      ],
      [
        () => s().setWait(w.b, { expectedMin: 1 }, 'wait'),
        () => s().setWait(w.b, { expectedMin: 12 }, 'wait'),
      ],
      [
        () => s().updateFlow(w.ab, { label: 'w' }, 'flow'),
        () => s().updateFlow(w.ab, { label: 'wa' }, 'flow'),
      ],
      [() => s().renameLane('support', 'S', 'lane'), () => s().renameLane('support', 'Sy', 'lane')],
      [() => s().resizeLane('support', 200, 'h'), () => s().resizeLane('support', 220, 'h')],
      [() => s().setMeta({ service: 'H' }, 'meta'), () => s().setMeta({ service: 'Ho' }, 'meta')],
      [
        () => s().setEconomics({ customersPerMonth: 1 }, 'cpm'),
        () => s().setEconomics({ customersPerMonth: 12 }, 'cpm'),
        () => s().setEconomics({ customersPerMonth: 120 }, 'cpm'),
      ],
      [
        () => s().updateImprovement(imp, { title: 'K' }, 'imp-title'),
        () => s().updateImprovement(imp, { title: 'Ki' }, 'imp-title'),
      ],
    ];
    for (const burst of bursts) {
      for (const edit of burst) {
        w.clock.advance(100);
        edit();
      }
    }
    expect(pastLength(w) - pastBefore).toBe(bursts.length);
  });
});

describe('moveSteps', () => {
  it('moving several steps is one undo step', () => {
    const w = given();
    const before = doc(w);
    const pastBefore = pastLength(w);
    w.store.getState().moveSteps([
      { id: w.a, x: 100, lane: 'evidence' },
      { id: w.b, x: 340, lane: 'evidence' },
      { id: w.c, x: 340, lane: 'support' },
    ]);
    expect(pastLength(w)).toBe(pastBefore + 1);
    expect(doc(w).steps.map((s) => [s.lane, s.x])).toEqual([
      ['evidence', 100],
      ['evidence', 340],
      ['support', 340],
    ]);
    w.store.getState().undo();
    expect(doc(w)).toBe(before);
    expect(doc(w).steps.map((s) => [s.lane, s.x])).toEqual([
      ['customer', 0],
      ['customer', 240],
      ['onstage', 240],
    ]);
  });
});

describe('selection, editing and the viewport stay out of history', () => {
  it('select, setEditingStep and setView change neither the document, the history nor the revision', () => {
    const w = given();
    const before = w.store.getState();
    w.store.getState().select({ steps: [w.a, w.b], flows: [w.ab] });
    w.store.getState().setEditingStep(w.a);
    w.store.getState().setView({ x: -200, y: 40, zoom: 0.5 });
    const after = w.store.getState();
    expect(after.selection).toEqual({ steps: [w.a, w.b], flows: [w.ab] });
    expect(after.editingStepId).toBe(w.a);
    expect(after.view).toEqual({ x: -200, y: 40, zoom: 0.5 });
    expect(after.doc).toBe(before.doc);
    expect(after.history).toBe(before.history);
    expect(after.revision).toBe(before.revision);
  });

  it('undo does not undo a selection or a view change', () => {
    const w = given();
    w.store.getState().setTitle('T');
    w.store.getState().select({ steps: [w.a] });
    w.store.getState().setView({ x: 10, y: 10, zoom: 2 });
    w.store.getState().undo();
    expect(doc(w).title).toBe('Untitled blueprint');
    expect(w.store.getState().selection.steps).toEqual([w.a]);
    expect(w.store.getState().view).toEqual({ x: 10, y: 10, zoom: 2 });
  });

  it('select fills in missing parts with empty lists', () => {
    const w = given();
    w.store.getState().select({ steps: [w.a], flows: [w.ab] });
    w.store.getState().select({ flows: [w.bc] });
    expect(w.store.getState().selection).toEqual({ steps: [], flows: [w.bc] });
  });

  it('selecting away from the step being edited stops the editing', () => {
    const w = given();
    w.store.getState().select({ steps: [w.a] });
    w.store.getState().setEditingStep(w.a);
    w.store.getState().select({ steps: [w.a, w.b] });
    expect(w.store.getState().editingStepId).toBe(w.a);
    w.store.getState().select({ steps: [w.b] });
    expect(w.store.getState().editingStepId).toBeNull();
  });

  it('addStep selects the new step', () => {
    const w = given();
    const id = w.store.getState().addStep('backstage', 0, 'Prepare key');
    expect(w.store.getState().selection).toEqual({ steps: [id], flows: [] });
  });

  it('documentForSaving takes the current viewport, not the one loaded with the document', () => {
    const w = given();
    w.store.getState().setView({ x: 5, y: 6, zoom: 1.5 });
    const saved = documentForSaving(w.store.getState());
    expect(saved.view).toEqual({ x: 5, y: 6, zoom: 1.5 });
    expect(doc(w).view).toEqual(newBlueprint().view);
    expect(doc(w).view).not.toEqual(saved.view);
    expect(saved.steps).toBe(doc(w).steps);
  });
});

describe('deleteSelection', () => {
  it('removes selected steps, selected flows and flows attached to the selected steps, as one step', () => {
    const w = given();
    const extra = w.store.getState().addStep('support', 480, 'Billing');
    const cx = w.store.getState().addFlow(w.c, extra)!;
    w.store.getState().select({ steps: [w.a], flows: [cx] });
    const pastBefore = pastLength(w);
    w.store.getState().deleteSelection();
    expect(doc(w).steps.map((s) => s.id)).toEqual([w.b, w.c, extra]);
    // ab went with a; cx was selected; bc stays
    expect(doc(w).flows.map((f) => f.id)).toEqual([w.bc]);
    expect(pastLength(w)).toBe(pastBefore + 1);
    expect(w.store.getState().selection).toEqual({ steps: [], flows: [] });
  });

  it('stops editing a deleted step', () => {
    const w = given();
    w.store.getState().select({ steps: [w.a] });
    w.store.getState().setEditingStep(w.a);
    w.store.getState().deleteSelection();
    expect(w.store.getState().editingStepId).toBeNull();
  });

  it('undo brings everything back', () => {
    const w = given();
    const before = doc(w);
    w.store.getState().select({ steps: [w.b], flows: [] });
    w.store.getState().deleteSelection();
    expect(doc(w).flows).toEqual([]);
    w.store.getState().undo();
    expect(doc(w)).toBe(before);
    expect(doc(w).flows.map((f) => f.id)).toEqual([w.ab, w.bc]);
  });
});

describe('selection pruning', () => {
  it('undo prunes selected steps that no longer exist and keeps those that do', () => {
    const w = given();
    const added = w.store.getState().addStep('support', 0, 'New');
    w.store.getState().select({ steps: [w.a, added] });
    w.store.getState().undo();
    expect(w.store.getState().selection.steps).toEqual([w.a]);
  });

  it('undo prunes a selected flow that no longer exists', () => {
    const w = given();
    const flow = w.store.getState().addFlow(w.a, w.c)!;
    w.store.getState().select({ flows: [flow, w.ab] });
    w.store.getState().undo();
    expect(w.store.getState().selection).toEqual({ steps: [], flows: [w.ab] });
  });

  it('redo prunes too (redo of a delete)', () => {
    const w = given();
    w.store.getState().deleteSteps([w.c]);
    w.store.getState().undo();
    w.store.getState().select({ steps: [w.c], flows: [w.bc] });
    w.store.getState().redo();
    expect(w.store.getState().selection).toEqual({ steps: [], flows: [] });
  });

  it('undo and redo stop in-place editing', () => {
    const w = given();
    w.store.getState().setTitle('x');
    w.store.getState().setEditingStep(w.a);
    w.store.getState().undo();
    expect(w.store.getState().editingStepId).toBeNull();
  });

  it('deleteSteps, deleteFlows and removeLane prune the selection', () => {
    const w = given();
    w.store.getState().select({ steps: [w.a, w.c], flows: [w.ab, w.bc] });
    w.store.getState().deleteSteps([w.a]);
    expect(w.store.getState().selection).toEqual({ steps: [w.c], flows: [w.bc] });
    w.store.getState().deleteFlows([w.bc]);
    expect(w.store.getState().selection).toEqual({ steps: [w.c], flows: [] });
    w.store.getState().removeLane('onstage');
    expect(w.store.getState().selection).toEqual({ steps: [], flows: [] });
  });
});

describe('loadDocument', () => {
  function loaded() {
    const next = newBlueprint('Bank visit');
    next.view = { x: 30, y: 40, zoom: 0.8 };
    return next;
  }

  it('replaces the document and resets history, selection, editing and view', () => {
    const w = given();
    w.store.getState().setTitle('old');
    w.store.getState().setTitle('older');
    w.store.getState().undo();
    w.store.getState().select({ steps: [w.a] });
    w.store.getState().setEditingStep(w.a);
    const next = loaded();
    w.store.getState().loadDocument(next);
    const s = w.store.getState();
    expect(s.doc).toEqual(next);
    expect(s.history.past).toEqual([]);
    expect(s.history.future).toEqual([]);
    expect(selectCanUndo(s)).toBe(false);
    expect(selectCanRedo(s)).toBe(false);
    expect(s.selection).toEqual({ steps: [], flows: [] });
    expect(s.editingStepId).toBeNull();
    expect(s.view).toEqual({ x: 30, y: 40, zoom: 0.8 });
  });

  it('undo after loading does not bring back the old document', () => {
    const w = given();
    w.store.getState().loadDocument(loaded());
    w.store.getState().undo();
    expect(doc(w).title).toBe('Bank visit');
  });

  it('bumps the revision and counts as saved (from a file, the default)', () => {
    const w = given();
    const revision = w.store.getState().revision;
    w.store.getState().loadDocument(loaded());
    expect(w.store.getState().revision).toBe(revision + 1);
    expect(w.store.getState().fileRevision).toBe(revision + 1);
    expect(selectHasUnsavedFileChanges(w.store.getState())).toBe(false);
  });

  it('with fromFile: false (restored from the browser) counts as not saved to a file', () => {
    const w = given();
    w.store.getState().loadDocument(loaded(), { fromFile: false });
    expect(w.store.getState().fileRevision).toBe(-1);
    expect(selectHasUnsavedFileChanges(w.store.getState())).toBe(true);
  });
});

describe('revision, fileRevision and markSavedToFile', () => {
  it('tracks unsaved work through edits, saves, undo and redo', () => {
    const { store } = emptyStore();
    const s = () => store.getState();
    expect([s().revision, s().fileRevision]).toEqual([0, 0]);
    expect(selectHasUnsavedFileChanges(s())).toBe(false);

    s().setTitle('a');
    expect(s().revision).toBe(1);
    expect(selectHasUnsavedFileChanges(s())).toBe(true);

    s().markSavedToFile();
    expect(s().fileRevision).toBe(1);
    expect(selectHasUnsavedFileChanges(s())).toBe(false);

    s().undo();
    expect(s().revision).toBe(2);
    expect(selectHasUnsavedFileChanges(s())).toBe(true);

    s().redo();
    expect(s().revision).toBe(3);
    expect(s().fileRevision).toBe(1);

    s().setView({ x: 1, y: 1, zoom: 1 });
    s().select({ steps: [] });
    expect(s().revision).toBe(3);
  });
});

describe('HISTORY_LIMIT', () => {
  it('caps the past at HISTORY_LIMIT entries, dropping the oldest', () => {
    const { store } = emptyStore();
    const extra = 5;
    for (let i = 0; i < HISTORY_LIMIT + extra; i++) store.getState().setTitle(`t${i}`);
    expect(store.getState().history.past).toHaveLength(HISTORY_LIMIT);
    for (let i = 0; i < HISTORY_LIMIT + 10; i++) store.getState().undo();
    // The oldest snapshot kept is the one before edit number `extra`.
    expect(store.getState().doc.title).toBe(`t${extra - 1}`);
    expect(selectCanUndo(store.getState())).toBe(false);
    expect(store.getState().history.future).toHaveLength(HISTORY_LIMIT);
  });
});

describe('addLinkedStep', () => {
  it('adds a step and a flow as one undo step, and selects the new step', () => {
    const w = given();
    const before = doc(w);
    const pastBefore = pastLength(w);
    const id = w.store.getState().addLinkedStep({
      lane: 'backstage',
      x: 240,
      label: 'Assign room',
      from: w.c,
    });
    expect(pastLength(w)).toBe(pastBefore + 1);
    expect(stepById(w, id)).toMatchObject({ lane: 'backstage', label: 'Assign room' });
    expect(doc(w).flows.filter((f) => f.from === w.c && f.to === id)).toHaveLength(1);
    expect(w.store.getState().selection).toEqual({ steps: [id], flows: [] });
    w.store.getState().undo();
    expect(doc(w)).toBe(before);
    expect(stepById(w, id)).toBeUndefined();
    expect(doc(w).flows.map((f) => f.id)).toEqual([w.ab, w.bc]);
    expect(w.store.getState().selection.steps).toEqual([]);
  });

  it('links into the "to" step as well when given both ends', () => {
    const w = given();
    const pastBefore = pastLength(w);
    const id = w.store.getState().addLinkedStep({ lane: 'customer', x: 120, from: w.a, to: w.b });
    const pairs = doc(w).flows.map((f) => [f.from, f.to]);
    expect(pairs).toContainEqual([w.a, id]);
    expect(pairs).toContainEqual([id, w.b]);
    expect(pastLength(w)).toBe(pastBefore + 1);
  });
});

describe('improvements follow deleted steps', () => {
  it("deleting a step removes it from improvements' addresses, and undo brings it back", () => {
    const w = given();
    const s = () => w.store.getState();
    const imp = s().addImprovement({ title: 'Express check-in', addresses: [w.b, w.c] });
    const other = s().addImprovement({ title: 'Valet', addresses: [w.a] });
    s().deleteSteps([w.c]);
    expect(doc(w).improvements.map((i) => [i.id, i.addresses])).toEqual([
      [imp, [w.b]],
      [other, [w.a]],
    ]);
    s().undo();
    expect(doc(w).improvements.map((i) => [i.id, i.addresses])).toEqual([
      [imp, [w.b, w.c]],
      [other, [w.a]],
    ]);
    s().redo();
    expect(doc(w).improvements[0]!.addresses).toEqual([w.b]);
  });

  it('deleteSelection and removeLane prune addresses in the same single undo step', () => {
    const w = given();
    const s = () => w.store.getState();
    s().addImprovement({ addresses: [w.a, w.b, w.c] });
    const pastBefore = pastLength(w);
    s().select({ steps: [w.a] });
    s().deleteSelection();
    expect(doc(w).improvements[0]!.addresses).toEqual([w.b, w.c]);
    s().removeLane('onstage');
    expect(doc(w).improvements[0]!.addresses).toEqual([w.b]);
    expect(pastLength(w)).toBe(pastBefore + 2);
    s().undo();
    s().undo();
    expect(doc(w).improvements[0]!.addresses).toEqual([w.a, w.b, w.c]);
  });
});

describe('setGuideStep: where the user is in the guide, saved but never undone', () => {
  it('changes the document and the revision (so it is autosaved) but records no undo step', () => {
    const w = given();
    const before = w.store.getState();
    w.store.getState().setGuideStep(3);
    const after = w.store.getState();
    expect(after.doc.guide).toEqual({ step: 3, done: [] });
    expect(after.doc).not.toBe(before.doc);
    expect(after.doc.steps).toBe(before.doc.steps);
    expect(after.history).toBe(before.history);
    expect(after.revision).toBe(before.revision + 1);
    expect(selectHasUnsavedFileChanges(after)).toBe(true);
    expect(documentForSaving(after).guide.step).toBe(3);
  });

  it('is not undone: undo takes back the last edit and stays on the current guide step', () => {
    const w = given();
    const s = () => w.store.getState();
    s().setTitle('Hotel');
    s().setGuideStep(2);
    s().undo();
    expect(doc(w).title).toBe('Untitled blueprint');
    expect(doc(w).guide.step).toBe(2);
  });

  it('undo with nothing else to undo leaves the guide step alone', () => {
    const { store } = emptyStore();
    store.getState().setGuideStep(5);
    store.getState().undo();
    expect(store.getState().doc.guide.step).toBe(5);
    expect(selectCanUndo(store.getState())).toBe(false);
  });

  it('undo and redo keep the current guide step, whatever step the snapshots were taken at', () => {
    const w = given();
    const s = () => w.store.getState();
    s().setGuideStep(2);
    s().setTitle('one'); // snapshot before this edit is at step 2
    s().setGuideStep(4);
    s().setTitle('two'); // snapshot before this edit is at step 4
    s().setGuideStep(6);
    s().undo();
    expect([doc(w).title, doc(w).guide.step]).toEqual(['one', 6]);
    s().undo();
    expect([doc(w).title, doc(w).guide.step]).toEqual(['Untitled blueprint', 6]);
    s().setGuideStep(1);
    s().redo();
    expect([doc(w).title, doc(w).guide.step]).toEqual(['one', 1]);
    s().redo();
    expect([doc(w).title, doc(w).guide.step]).toEqual(['two', 1]);
  });

  it('does not drop the redo stack (it is not an edit)', () => {
    const w = given();
    const s = () => w.store.getState();
    s().setTitle('x');
    s().undo();
    s().setGuideStep(3);
    expect(selectCanRedo(s())).toBe(true);
    s().redo();
    expect(doc(w).title).toBe('x');
    expect(doc(w).guide.step).toBe(3);
  });

  it('undo of setGuideDone restores the done list but not the step', () => {
    const w = given();
    const s = () => w.store.getState();
    s().setGuideDone(1, true);
    s().setGuideStep(2);
    s().setGuideDone(2, true);
    s().undo();
    expect(doc(w).guide).toEqual({ step: 2, done: [1] });
    s().undo();
    expect(doc(w).guide).toEqual({ step: 2, done: [] });
  });

  it('a loaded document brings its own guide step', () => {
    const w = given();
    w.store.getState().setGuideStep(4);
    const next = newBlueprint('Bank visit');
    next.guide = { step: 6, done: [1, 2, 3, 4, 5, 6] };
    w.store.getState().loadDocument(next);
    expect(doc(w).guide).toEqual({ step: 6, done: [1, 2, 3, 4, 5, 6] });
  });
});
