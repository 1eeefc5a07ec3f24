import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { ops } from '../model';
import { writeBlueprint } from './writeBlueprint';
import { tinyBlueprint } from './testing/blueprints';
import { edited } from './testing/edited';
import { clientsOf, LOCAL_EDIT, localOf, readOk } from './testing/rooms';

describe('an update that arrives before the one it builds on', () => {
  const tiny = tinyBlueprint();

  /** A edits twice; B gets the second update first. Yjs applies its deletion at once but holds its new value back. */
  function secondFirst() {
    const [a, b] = clientsOf(tiny, 2);
    const updates: Uint8Array[] = [];
    a!.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === LOCAL_EDIT) updates.push(update);
    });
    const first = edited(tiny, (d) => ops.addStep(d, { lane: 'onstage', x: 0, id: 'new' }));
    const second = edited(first, (d) => {
      ops.updateStep(d, 'b', { x: 720 });
      ops.resizeLane(d, 'customer', 200);
    });
    writeBlueprint(a!, first, tiny, LOCAL_EDIT);
    writeBlueprint(a!, second, first, LOCAL_EDIT);
    const before = readOk(b!, localOf(tiny)).value;
    Y.applyUpdate(b!, updates[1]!);
    return { b: b!, before, first: updates[0]!, second };
  }

  it('keeps the fields it changes at the values this client showed, meanwhile', () => {
    const { b, before } = secondFirst();
    const read = readOk(b, localOf(tiny), before);
    expect(read.value).toBe(before);
  });

  it('reads the whole edit once the missing update arrives', () => {
    const { b, before, first, second } = secondFirst();
    Y.applyUpdate(b, first);
    expect(readOk(b, localOf(tiny), before).value).toEqual(second);
  });

  it('leaves records it cannot complete out of a first read, with what sits in them, rather than failing', () => {
    const { b } = secondFirst();
    const read = readOk(b, localOf(tiny));
    expect(read.value.lanes.map((lane) => lane.id)).toEqual(['onstage']);
    expect(read.value.steps.map((s) => s.id)).toEqual(['c']);
  });
});
