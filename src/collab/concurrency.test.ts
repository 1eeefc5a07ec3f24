import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { checkShape, ops, validateReferences, type Blueprint } from '../model';
import { STAND_IN_LANE } from './repairReferences';
import { writeBlueprint } from './writeBlueprint';
import { tinyBlueprint } from './testing/blueprints';
import { editConcurrently } from './testing/concurrent';
import { EXAMPLE_NAMES, loadExample } from './testing/examples';
import { edited } from './testing/edited';
import { LOCAL_EDIT, localOf, readOk, syncAll } from './testing/rooms';

const tiny = tinyBlueprint();

function expectSameEverywhere(reads: readonly { value: Blueprint; repairs: string[] }[]) {
  const [first, ...others] = reads;
  for (const read of others) {
    expect(read.value).toEqual(first!.value);
    expect(read.repairs).toEqual(first!.repairs);
  }
  const shaped = checkShape(first!.value);
  expect(shaped.ok && validateReferences(shaped.value)).toEqual([]);
}

const step = (doc: Blueprint, id: string) => doc.steps.find((s) => s.id === id);

describe('two or three people editing at once', () => {
  it('keeps both edits when they touch different steps', () => {
    const { reads, result } = editConcurrently(tiny, [
      (d) => ops.updateStep(d, 'a', { label: 'Walk in' }),
      (d) => ops.updateStep(d, 'c', { x: 480 }),
    ]);
    expectSameEverywhere(reads);
    expect(step(result.value, 'a')!.label).toBe('Walk in');
    expect(step(result.value, 'c')!.x).toBe(480);
  });

  it('keeps both edits when they touch different fields of one step and of one fail point', () => {
    const withFailPoint = edited(tiny, (d) => ops.setFailPoint(d, 'b', {}));
    const { reads, result } = editConcurrently(withFailPoint, [
      (d) => {
        ops.updateStep(d, 'b', { label: 'Order coffee' });
        ops.setFailPoint(d, 'b', { owner: 'Barista' });
      },
      (d) => {
        ops.updateStep(d, 'b', { durationMin: 4 });
        ops.setFailPoint(d, 'b', { probability: 0.2 });
      },
    ]);
    expectSameEverywhere(reads);
    expect(step(result.value, 'b')).toMatchObject({
      label: 'Order coffee',
      durationMin: 4,
      failPoint: { owner: 'Barista', probability: 0.2 },
    });
  });

  it('ends with one value on every client when three people set the same field', () => {
    const { reads, result } = editConcurrently(tiny, [
      (d) => ops.updateStep(d, 'a', { label: 'One' }),
      (d) => ops.updateStep(d, 'a', { label: 'Two' }),
      (d) => ops.updateStep(d, 'a', { label: 'Three' }),
    ]);
    expectSameEverywhere(reads);
    expect(['One', 'Two', 'Three']).toContain(step(result.value, 'a')!.label);
  });

  it('deletes the step when one person deletes it while another relabels it', () => {
    const { reads, result } = editConcurrently(tiny, [
      (d) => ops.deleteSteps(d, ['b']),
      (d) => ops.updateStep(d, 'b', { label: 'Still here?' }),
    ]);
    expectSameEverywhere(reads);
    expect(step(result.value, 'b')).toBeUndefined();
    expect(result.value.flows).toEqual([]);
  });

  it('drops the step when one person deletes a lane while another adds a step to it', () => {
    const { reads, result } = editConcurrently(tiny, [
      (d) => ops.removeLane(d, 'onstage'),
      (d) => ops.addStep(d, { lane: 'onstage', x: 480, label: 'Serve', id: 'serve' }),
    ]);
    expectSameEverywhere(reads);
    expect(result.value.lanes.map((lane) => lane.id)).toEqual(['customer']);
    expect(result.value.steps.map((s) => s.id)).toEqual(['a', 'b']);
    expect(result.repairs).toEqual(['dropped step "serve": its lane "onstage" was deleted']);
  });

  it('drops a flow drawn to a step that someone else deletes', () => {
    const { reads, result } = editConcurrently(tiny, [
      (d) => ops.addFlow(d, 'a', 'c', 'ac'),
      (d) => ops.deleteSteps(d, ['c']),
    ]);
    expectSameEverywhere(reads);
    expect(result.value.flows.map((flow) => flow.id)).toEqual(['ab']);
    expect(result.repairs).toEqual(['dropped flow "ac": its step "c" was deleted']);
  });

  it('drops an improvement’s address to a step that someone else deletes, and keeps its others', () => {
    const withImprovement = edited(tiny, (d) => ops.addImprovement(d, { addresses: ['a'] }, 'i1'));
    const { reads, result } = editConcurrently(withImprovement, [
      (d) => ops.updateImprovement(d, 'i1', { addresses: ['a', 'b'] }),
      (d) => ops.updateImprovement(d, 'i1', { addresses: ['a', 'c'] }),
      (d) => ops.deleteSteps(d, ['c']),
    ]);
    expectSameEverywhere(reads);
    expect(result.value.improvements[0]!.addresses.sort()).toEqual(['a', 'b']);
  });

  it('counts a step twice ticked for one improvement once', () => {
    const withImprovement = edited(tiny, (d) => ops.addImprovement(d, {}, 'i1'));
    const { reads, result } = editConcurrently(withImprovement, [
      (d) => ops.updateImprovement(d, 'i1', { addresses: ['b'] }),
      (d) => ops.updateImprovement(d, 'i1', { addresses: ['b'] }),
    ]);
    expectSameEverywhere(reads);
    expect(result.value.improvements[0]!.addresses).toEqual(['b']);
  });

  it('keeps guide marks ticked by different people', () => {
    const { reads, result } = editConcurrently(tiny, [
      (d) => ops.setGuideDone(d, 2, true),
      (d) => ops.setGuideDone(d, 5, true),
    ]);
    expectSameEverywhere(reads);
    expect(result.value.guide.done).toEqual([2, 5]);
  });

  it('keeps every lane exactly once when three people reorder the lanes at once', () => {
    const hotel = loadExample(EXAMPLE_NAMES.find((name) => name.startsWith('hotel'))!);
    const { reads, result } = editConcurrently(hotel, [
      (d) => ops.moveLane(d, d.lanes[4]!.id, 0),
      (d) => ops.moveLane(d, d.lanes[4]!.id, 2),
      (d) => {
        ops.moveLane(d, d.lanes[0]!.id, 4);
        ops.addLane(d, 'Emotions', 1, 'emotions');
      },
    ]);
    expectSameEverywhere(reads);
    const ids = result.value.lanes.map((lane) => lane.id);
    expect([...ids].sort()).toEqual([...hotel.lanes.map((lane) => lane.id), 'emotions'].sort());
  });

  it('shows a stand-in lane when two people delete the last two lanes, and makes it real on the next edit', () => {
    const { docs, reads, result } = editConcurrently(tiny, [
      (d) => ops.removeLane(d, 'customer'),
      (d) => ops.removeLane(d, 'onstage'),
    ]);
    expectSameEverywhere(reads);
    expect(result.value.lanes).toEqual([STAND_IN_LANE]);
    expect(result.value.steps).toEqual([]);

    // Someone adds a step to the stand-in lane while another adds a lane of their own.
    const [mine, theirs] = docs;
    const minePrev = readOk(mine!, localOf(tiny)).value;
    const theirsPrev = readOk(theirs!, localOf(tiny)).value;
    const step = edited(minePrev, (d) => ops.addStep(d, { lane: STAND_IN_LANE.id, x: 0, id: 'x' }));
    const lane = edited(theirsPrev, (d) => ops.addLane(d, 'Support', 1, 'more'));
    writeBlueprint(mine!, step, minePrev, LOCAL_EDIT);
    writeBlueprint(theirs!, lane, theirsPrev, LOCAL_EDIT);
    syncAll(docs);
    const after = docs.map((ydoc) => readOk(ydoc, localOf(tiny)));
    expectSameEverywhere(after);
    expect(after[0]!.value.lanes.map((l) => l.id)).toEqual([STAND_IN_LANE.id, 'more']);
    expect(after[0]!.value.steps.map((s) => s.id)).toEqual(['x']);
    expect(after[0]!.repairs).toEqual([
      `lane "${STAND_IN_LANE.id}" was in the order twice: kept its first place`,
    ]);
  });

  it('lets a fail point added by two people at once end the same everywhere', () => {
    const { reads } = editConcurrently(tiny, [
      (d) => ops.setFailPoint(d, 'a', { risk: 'Queue' }),
      (d) => ops.setFailPoint(d, 'a', { risk: 'Closed', probability: 0.5 }),
    ]);
    expectSameEverywhere(reads);
  });

  it('reads the same whatever order three clients’ updates arrive in', () => {
    const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
    writeBlueprint(docs[0]!, tiny, null, LOCAL_EDIT);
    syncAll(docs);
    const updates: Uint8Array[] = [];
    docs.forEach((ydoc, i) => {
      ydoc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === LOCAL_EDIT) updates.push(update);
      });
      const mine = readOk(ydoc, localOf(tiny)).value;
      const next = edited(mine, (d) => {
        ops.moveLane(d, 'onstage', 0);
        ops.updateStep(d, 'a', { label: `by ${i}` });
        if (i === 2) ops.deleteSteps(d, ['b']);
      });
      writeBlueprint(ydoc, next, mine, LOCAL_EDIT);
    });
    const late = [new Y.Doc(), new Y.Doc()];
    for (const ydoc of late) Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(docs[0]!));
    [...updates].reverse().forEach((update) => Y.applyUpdate(late[0]!, update));
    updates.forEach((update) => Y.applyUpdate(late[1]!, update));
    syncAll(docs);
    expectSameEverywhere([...docs, ...late].map((ydoc) => readOk(ydoc, localOf(tiny))));
  });
});
