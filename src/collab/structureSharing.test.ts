import { describe, expect, it } from 'vitest';
import { ops } from '../model';
import { writeBlueprint } from './writeBlueprint';
import { largeBlueprint } from './testing/blueprints';
import { edited } from './testing/edited';
import { clientsOf, LOCAL_EDIT, localOf, readOk, syncAll } from './testing/rooms';

describe('reading the room after someone else changed one step', () => {
  const doc = largeBlueprint(300);

  function afterRemoteEdit(recipe: Parameters<typeof edited>[1]) {
    const [mine, theirs] = clientsOf(doc, 2);
    const before = readOk(mine!, localOf(doc), null).value;
    const next = edited(readOk(theirs!, localOf(doc)).value, recipe);
    writeBlueprint(theirs!, next, readOk(theirs!, localOf(doc)).value, LOCAL_EDIT);
    syncAll([mine!, theirs!]);
    return { before, after: readOk(mine!, localOf(doc), before).value };
  }

  it('returns the previous document itself when nothing changed', () => {
    const [mine] = clientsOf(doc, 1);
    const before = readOk(mine!, localOf(doc), null).value;
    expect(readOk(mine!, localOf(doc), before).value).toBe(before);
  });

  it('keeps every other step, the lanes and the flows as the same objects', () => {
    const { before, after } = afterRemoteEdit((d) => ops.updateStep(d, 's42', { label: 'New' }));
    expect(after).not.toBe(before);
    expect(after.steps).not.toBe(before.steps);
    const changed = after.steps.filter((step, i) => step !== before.steps[i]);
    expect(changed.map((step) => step.id)).toEqual(['s42']);
    expect(changed[0]!.failPoint).toBe(before.steps[42]!.failPoint);
    expect(after.lanes).toBe(before.lanes);
    expect(after.flows).toBe(before.flows);
    expect(after.improvements).toBe(before.improvements);
    expect(after.meta).toBe(before.meta);
    expect(after.view).toBe(before.view);
  });

  it('keeps the steps after a deleted one as the same objects', () => {
    const { before, after } = afterRemoteEdit((d) => ops.deleteSteps(d, ['s0']));
    expect(after.steps).toHaveLength(299);
    after.steps.forEach((step, i) => expect(step).toBe(before.steps[i + 1]));
    expect(after.lanes).toBe(before.lanes);
  });

  it('gives a new fail point object but keeps the step’s wait when one fail-point field changed', () => {
    const { before, after } = afterRemoteEdit((d) => ops.setFailPoint(d, 's0', { risk: 'Lost' }));
    expect(after.steps[0]!.failPoint).toEqual({ ...before.steps[0]!.failPoint, risk: 'Lost' });
    expect(after.steps[0]!.wait).toBe(before.steps[0]!.wait);
    expect(after.steps[1]).toBe(before.steps[1]);
  });
});
