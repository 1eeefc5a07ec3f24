import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { ops, type Blueprint } from '../model';
import { rootOf } from './layout';
import { writeBlueprint } from './writeBlueprint';
import { largeBlueprint } from './testing/blueprints';
import { edited } from './testing/edited';
import { localOf, readOk } from './testing/rooms';

/** A seeded room and a recorder of what each later write sends and touches. */
function seeded(doc: Blueprint) {
  const ydoc = new Y.Doc();
  writeBlueprint(ydoc, doc, null);
  const updates: Uint8Array[] = [];
  const changed: string[] = [];
  ydoc.on('update', (update: Uint8Array) => updates.push(update));
  rootOf(ydoc).observeDeep((events) => {
    for (const event of events) {
      const keys = [...event.changes.keys.keys()];
      changed.push(`${event.path.join('.') || '(root)'}: ${keys.join(',') || 'items'}`);
    }
  });
  return { ydoc, updates, changed };
}

describe('writeBlueprint after an edit', () => {
  const doc = largeBlueprint(300);

  it('writes one field of one step when one step of 300 was relabelled', () => {
    const room = seeded(doc);
    const next = edited(doc, (d) => ops.updateStep(d, 's150', { label: 'Renamed' }));
    writeBlueprint(room.ydoc, next, doc);
    expect(room.changed).toEqual(['steps.s150: label']);
    expect(room.updates).toHaveLength(1);
    expect(room.updates[0]!.length).toBeLessThan(64);
    expect(readOk(room.ydoc, localOf(next), next).value).toBe(next);
  });

  it('writes nothing when the document is the same object, or only this person’s view changed', () => {
    const room = seeded(doc);
    writeBlueprint(room.ydoc, doc, doc);
    const panned = edited(doc, (d) => {
      d.view = { x: 5, y: 5, zoom: 2 };
      ops.setGuideStep(d, 5);
    });
    writeBlueprint(room.ydoc, panned, doc);
    expect(room.updates).toEqual([]);
    expect(room.changed).toEqual([]);
  });

  it('does not set a field again to the value the room already holds', () => {
    const room = seeded(doc);
    const same = edited(doc, (d) => {
      d.steps[3] = { ...d.steps[3]! };
    });
    expect(same).toBe(doc);
    const copied = { ...doc, steps: doc.steps.map((step) => ({ ...step })) };
    writeBlueprint(room.ydoc, copied, doc);
    expect(room.updates).toEqual([]);
  });

  it('changes one fail-point field in the nested map, not the whole fail point', () => {
    const room = seeded(doc);
    const next = edited(doc, (d) => ops.setFailPoint(d, 's7', { owner: 'Night manager' }));
    writeBlueprint(room.ydoc, next, doc);
    expect(room.changed).toEqual(['steps.s7.failPoint: owner']);
  });

  it('moves a lane as one delete and one insert of its id', () => {
    const room = seeded(doc);
    const order = rootOf(room.ydoc).get('laneOrder') as Y.Array<string>;
    const deltas: unknown[] = [];
    order.observe((event) => deltas.push(event.changes.delta));
    const next = edited(doc, (d) => ops.moveLane(d, 'support', 0));
    writeBlueprint(room.ydoc, next, doc);
    expect(deltas).toEqual([[{ insert: ['support'] }, { retain: 4 }, { delete: 1 }]]);
    expect(order.toArray()).toEqual(next.lanes.map((lane) => lane.id));
  });

  it('deletes a step with its flows and its improvement address in one update', () => {
    const withImprovement = edited(doc, (d) => {
      ops.addImprovement(d, { title: 'Faster', addresses: ['s7', 's14'] }, 'imp-1');
    });
    const room = seeded(withImprovement);
    const next = edited(withImprovement, (d) => ops.deleteSteps(d, ['s7']));
    writeBlueprint(room.ydoc, next, withImprovement);
    expect(room.updates).toHaveLength(1);
    expect(room.changed.sort()).toEqual([
      'flowOrder: items',
      'flows: f7,f8',
      'improvements.imp-1.addresses: items',
      'stepOrder: items',
      'steps: s7',
    ]);
  });
});
