import { describe, expect, it } from 'vitest';
import { failPoint, testDoc, wait } from '../analysis/testDoc';
import { loadBlueprint } from '../load';
import { stringifyBlueprint } from '../serialise';
import * as ops from '../ops';
import type { Blueprint, Improvement } from '../types';
import { applyImprovements } from './applyImprovements';
import { versionChanges } from './changes';
import { versionFigures } from './figures';
import { asIsAndToBe, defaultBaseVersion } from './pair';

const spec: ops.NewVersion = {
  firstName: 'As-is',
  firstKind: 'as-is',
  name: 'To-be',
  kind: 'to-be',
  createdAt: '2026-12-07T09:00:00.000Z',
};

function improvement(fields: Partial<Improvement>): Improvement {
  return {
    id: 'imp',
    title: 'Fix',
    addresses: [],
    oneOffCost: 0,
    runningCostPerMonth: 0,
    status: 'planned',
    ...fields,
  };
}

/** A café: order (fail point 20 %), wait for the coffee (10 min), pay (fail point 10 %). */
function cafe(): Blueprint {
  const doc = testDoc(
    [
      ['order', 'customer', 0, { durationMin: 2, failPoint: failPoint({ probability: 0.2 }) }],
      ['coffee', 'customer', 240, { durationMin: 1, wait: wait(10, 5) }],
      ['pay', 'customer', 480, { durationMin: 1, failPoint: failPoint({ probability: 0.1 }) }],
      ['brew', 'backstage', 240],
    ],
    [
      ['order', 'coffee'],
      ['coffee', 'pay'],
    ],
  );
  doc.economics.customersPerMonth = 1000;
  doc.improvements = [
    improvement({ id: 'menu', addresses: ['order'], newProbability: 0.05 }),
    improvement({ id: 'barista', addresses: ['coffee'], newWaitMin: 3, status: 'done' }),
    improvement({ id: 'app', addresses: ['pay'], newProbability: 0, status: 'idea' }),
  ];
  doc.comments = [
    {
      id: 'c1',
      on: 'step',
      target: 'order',
      author: 'T',
      text: 'Why?',
      createdAt: spec.createdAt,
      resolved: false,
    },
  ];
  return doc;
}

/** A changed copy (immer is for the store; the model's ops edit plain objects). */
function produce(doc: Blueprint, edit: (d: Blueprint) => void): Blueprint {
  const copy = structuredClone(doc);
  edit(copy);
  return copy;
}

const roundTrip = (doc: Blueprint) => loadBlueprint(JSON.parse(stringifyBlueprint(doc)));

describe('applyImprovements', () => {
  it('applies planned and done improvements, not ideas, and keeps the ideas to weigh', () => {
    const doc = cafe();
    const { content, applied } = applyImprovements(ops.currentContent(doc));
    expect(applied).toEqual(['menu', 'barista']);
    const byId = new Map(content.steps.map((s) => [s.id, s]));
    expect(byId.get('order')!.failPoint!.probability).toBe(0.05);
    expect(byId.get('coffee')!.wait!.expectedMin).toBe(3);
    expect(byId.get('pay')!.failPoint!.probability).toBe(0.1);
    expect(content.improvements.map((i) => i.id)).toEqual(['app']);
    expect(content.comments).toEqual([]);
    // The source is untouched.
    expect(doc.steps[0]!.failPoint!.probability).toBe(0.2);
    expect(doc.improvements).toHaveLength(3);
  });

  it('takes a fail point or a wait away at 0 and the lowest value when two address a step', () => {
    const doc = cafe();
    doc.improvements = [
      improvement({ id: 'a', addresses: ['order', 'coffee'], newProbability: 0.1, newWaitMin: 0 }),
      improvement({ id: 'b', addresses: ['order'], newProbability: 0.02 }),
      improvement({ id: 'c', addresses: ['pay'], newProbability: 0 }),
    ];
    const { content } = applyImprovements(ops.currentContent(doc));
    const byId = new Map(content.steps.map((s) => [s.id, s]));
    expect(byId.get('order')!.failPoint!.probability).toBe(0.02);
    expect(byId.get('coffee')!.wait).toBeUndefined();
    expect(byId.get('pay')!.failPoint).toBeUndefined();
  });
});

describe('version ops', () => {
  it('makes a to-be: the drawing so far becomes the as-is, and the to-be is edited', () => {
    let made = { id: '', applied: [] as string[] };
    const doc = produce(cafe(), (d) => {
      made = ops.makeToBe(d, spec);
    });
    expect(made.applied).toEqual(['menu', 'barista']);
    expect(doc.versions.map((v) => [v.name, v.kind, Boolean(v.content)])).toEqual([
      ['As-is', 'as-is', true],
      ['To-be', 'to-be', false],
    ]);
    expect(doc.meta.versionId).toBe(made.id);
    expect(doc.steps[0]!.failPoint!.probability).toBe(0.05);
    expect(doc.comments).toEqual([]);
    const asIs = doc.versions[0]!.content!;
    expect(asIs.steps[0]!.failPoint!.probability).toBe(0.2);
    expect(asIs.comments).toHaveLength(1);
    expect(asIs.improvements).toHaveLength(3);
    const loaded = roundTrip(doc);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.value).toEqual(doc);
  });

  it('switches back and forth without losing either drawing', () => {
    const start = produce(cafe(), (d) => void ops.makeToBe(d, spec));
    const asIsId = start.versions[0]!.id;
    const toBeId = start.meta.versionId!;
    const edited = produce(start, (d) => {
      ops.deleteSteps(d, ['brew']);
      ops.switchVersion(d, asIsId);
    });
    expect(edited.meta.versionId).toBe(asIsId);
    expect(edited.steps.map((s) => s.id)).toContain('brew');
    expect(edited.steps[0]!.failPoint!.probability).toBe(0.2);
    expect(edited.comments).toHaveLength(1);
    expect(edited.versions[1]!.content!.steps.map((s) => s.id)).not.toContain('brew');
    expect(edited.versions[0]!.content).toBeUndefined();
    expect(roundTrip(edited).ok).toBe(true);
    const back = produce(edited, (d) => ops.switchVersion(d, toBeId));
    expect(back.steps.map((s) => s.id)).not.toContain('brew');
    expect(back.versions[0]!.content!.steps.map((s) => s.id)).toContain('brew');
  });

  it('names a second to-be apart, copies, renames, and deletes all but the one edited', () => {
    let doc = produce(cafe(), (d) => void ops.makeToBe(d, spec));
    doc = produce(doc, (d) => void ops.makeToBe(d, spec));
    expect(doc.versions.map((v) => v.name)).toEqual(['As-is', 'To-be', 'To-be 2']);
    doc = produce(doc, (d) => void ops.copyVersion(d, { ...spec, name: 'Idea' }));
    expect(doc.versions.map((v) => v.name)).toEqual(['As-is', 'To-be', 'To-be 2', 'Idea']);
    const [asIs, toBe, toBe2] = doc.versions;
    doc = produce(doc, (d) => {
      ops.renameVersion(d, asIs!.id, 'Today');
      ops.setVersionKind(d, toBe!.id, 'as-is');
      ops.deleteVersion(d, d.meta.versionId!); // the edited one cannot be deleted
      ops.deleteVersion(d, toBe!.id);
      ops.deleteVersion(d, toBe2!.id);
    });
    expect(doc.versions.map((v) => v.name)).toEqual(['Today', 'Idea']);
    doc = produce(doc, (d) => ops.deleteVersion(d, asIs!.id));
    expect(doc.versions.map((v) => [v.name, v.id])).toEqual([['Idea', doc.meta.versionId]]);
    expect(roundTrip(doc).ok).toBe(true);
  });
});

describe('versionChanges', () => {
  it('finds steps added, removed, moved and renamed, and markers gone or changed', () => {
    const before = ops.currentContent(cafe());
    const after = structuredClone(before);
    after.steps = after.steps.filter((s) => s.id !== 'brew');
    after.steps.push({
      id: 'app',
      lane: 'customer',
      x: 720,
      label: 'Order in app',
      description: '',
    });
    const pay = after.steps.find((s) => s.id === 'pay')!;
    pay.lane = 'onstage';
    delete pay.failPoint;
    const order = after.steps.find((s) => s.id === 'order')!;
    order.label = 'Order at the counter';
    order.failPoint!.probability = 0.05;
    after.steps.find((s) => s.id === 'coffee')!.wait!.expectedMin = 3;
    after.steps.find((s) => s.id === 'coffee')!.x += 20; // less than half a card: not moved
    after.flows.push({ id: 'f', from: 'pay', to: 'app', label: '', twoWay: false });

    const { changes, byStep, flowsAdded, flowsRemoved } = versionChanges(before, after);
    const kinds = changes.map((c) => `${c.kind}:${c.stepId}`);
    expect(kinds.sort()).toEqual(
      [
        'added:app',
        'removed:brew',
        'moved:pay',
        'relabelled:order',
        'failPointGone:pay',
        'failPointLess:order',
        'waitShorter:coffee',
      ].sort(),
    );
    const removed = changes.find((c) => c.kind === 'removed');
    expect(removed).toMatchObject({ lane: 'backstage', x: 240, label: 'BREW' });
    expect(byStep.get('pay')).toEqual(['moved', 'failPointGone']);
    expect(byStep.has('brew')).toBe(false);
    expect([flowsAdded, flowsRemoved]).toEqual([1, 0]);
  });

  it('places a removed step in a lane of the same kind when its lane is gone', () => {
    const before = ops.currentContent(cafe());
    const after = structuredClone(before);
    after.lanes = after.lanes.map((l) => (l.id === 'backstage' ? { ...l, id: 'kitchen' } : l));
    after.steps = after.steps.filter((s) => s.id !== 'brew');
    const removed = versionChanges(before, after).changes.find((c) => c.kind === 'removed');
    expect(removed).toMatchObject({ lane: 'kitchen' });
  });
});

describe('versionFigures and the pair the report compares', () => {
  it('gives customer time and expected failure cost before and after', () => {
    const doc = produce(cafe(), (d) => void ops.makeToBe(d, spec));
    const pair = asIsAndToBe(doc)!;
    expect(pair.asIs.version.kind).toBe('as-is');
    const before = versionFigures(pair.asIs.content, doc.economics);
    const after = versionFigures(pair.toBe.content, doc.economics);
    // 2 + (1 + 10) + 1 before; 2 + (1 + 3) + 1 after.
    expect([before.customerMin, after.customerMin]).toEqual([14, 7]);
    expect([before.waitMin, after.waitMin]).toEqual([10, 3]);
    // 1000 × (0.2 × 20 + 0.1 × 20) before; 1000 × (0.05 × 20 + 0.1 × 20) after.
    expect(before.failureCostPerMonth).toBeCloseTo(6000);
    expect(after.failureCostPerMonth).toBeCloseTo(3000);
    expect(defaultBaseVersion(doc)?.id).toBe(pair.asIs.version.id);
    expect(asIsAndToBe(cafe())).toBeUndefined();
  });
});

describe('the schema of versions', () => {
  const made = () => produce(cafe(), (d) => void ops.makeToBe(d, spec));
  const messages = (raw: unknown) => {
    const result = loadBlueprint(raw);
    return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
  };

  it('names what is wrong with a version', () => {
    const doc = JSON.parse(stringifyBlueprint(made())) as Record<string, never> & Blueprint;
    const broken = structuredClone(doc);
    broken.versions[0]!.content!.steps[0]!.lane = 'nowhere';
    expect(messages(broken)).toEqual(['versions[0].content.steps[0].lane: no lane "nowhere"']);
    const noCopy = structuredClone(doc);
    delete noCopy.versions[0]!.content;
    expect(messages(noCopy)).toEqual(['versions[0].content: is missing']);
    const twoCopies = structuredClone(doc);
    twoCopies.versions[1]!.content = twoCopies.versions[0]!.content;
    expect(messages(twoCopies)).toEqual([
      'versions[1].content: is the version being edited: its drawing is the document itself',
    ]);
    const unnamed = structuredClone(doc);
    delete unnamed.meta.versionId;
    expect(messages(unnamed)).toEqual([
      'versions[1].content: is missing',
      'meta.versionId: is missing: say which version is drawn',
    ]);
    const badKind = structuredClone(doc) as unknown as { versions: { kind: string }[] };
    badKind.versions[0]!.kind = 'maybe';
    expect(messages(badKind)).toEqual(['versions[0].kind: must be "as-is" or "to-be"']);
  });

  it('reads a version 4 file written before versions as one with none', () => {
    const raw = JSON.parse(stringifyBlueprint(cafe())) as Record<string, unknown>;
    delete raw.versions;
    const result = loadBlueprint(raw);
    expect(result.ok && result.value.versions).toEqual([]);
  });
});
