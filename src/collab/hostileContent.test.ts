import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { readBlueprint, type RoomRead } from './readBlueprint';
import { mapAt, rootOf } from './layout';
import { writeBlueprint } from './writeBlueprint';
import { ops } from '../model';
import { edited } from './testing/edited';
import { tinyBlueprint } from './testing/blueprints';
import { localOf } from './testing/rooms';

const tiny = tinyBlueprint();

/** A seeded room, then what a hostile (or broken) client writes straight into its Y.Doc. */
function damaged(damage: (root: Y.Map<unknown>) => void): RoomRead {
  const ydoc = new Y.Doc();
  writeBlueprint(ydoc, tiny, null);
  ydoc.transact(() => damage(rootOf(ydoc)));
  return readBlueprint(ydoc, localOf(tiny));
}

function stepMap(root: Y.Map<unknown>, id: string): Y.Map<unknown> {
  return mapAt(mapAt(root, 'steps')!, id)!;
}

function messages(read: RoomRead): string[] {
  return read.ok ? [] : read.errors.map((e) => `${e.path}: ${e.message}`);
}

describe('a room holding what no editor writes', () => {
  it.each([
    [
      'a string where a step’s x belongs',
      (r: Y.Map<unknown>) => stepMap(r, 'b').set('x', 'far'),
      'steps[1].x: expected number, received string',
    ],
    [
      'a step without its lane',
      (r: Y.Map<unknown>) => stepMap(r, 'a').delete('lane'),
      'steps[0].lane: is missing',
    ],
    [
      'a step without its label',
      (r: Y.Map<unknown>) => stepMap(r, 'c').delete('label'),
      'steps[2].label: is missing',
    ],
    [
      'a fail point with a probability above 1',
      (r: Y.Map<unknown>) =>
        stepMap(r, 'a').set(
          'failPoint',
          new Y.Map([
            ['probability', 3],
            ['costPerFailure', 0],
          ]),
        ),
      'steps[0].failPoint.probability',
    ],
    [
      'a nested map where a label belongs',
      (r: Y.Map<unknown>) => stepMap(r, 'a').set('label', new Y.Map()),
      'steps[0].label: expected string',
    ],
    [
      'a number for a whole step',
      (r: Y.Map<unknown>) => mapAt(r, 'steps')!.set('a', 7),
      'steps[0]: expected object',
    ],
    [
      'a string for the steps',
      (r: Y.Map<unknown>) => r.set('steps', 'none'),
      'steps: expected array',
    ],
    [
      'a lane of an unknown kind',
      (r: Y.Map<unknown>) => mapAt(mapAt(r, 'lanes')!, 'customer')!.set('kind', 'vip'),
      'lanes[0].kind',
    ],
    [
      'a guide mark for step 9',
      (r: Y.Map<unknown>) => mapAt(r, 'guideDone')!.set('9', true),
      'guide.done[0]: must be a guide step',
    ],
    [
      'a flow from a step to itself',
      (r: Y.Map<unknown>) => mapAt(mapAt(r, 'flows')!, 'ab')!.set('to', 'a'),
      'flows[0].to: a flow cannot join a step to itself',
    ],
    [
      'another format',
      (r: Y.Map<unknown>) => r.set('format', 'spreadsheet'),
      'format: not a service blueprint',
    ],
  ])('reports %s with its path', (_, damage, expected) => {
    const read = damaged(damage);
    expect(read.ok).toBe(false);
    expect(messages(read).join('\n')).toContain(expected);
  });

  it('reads past order entries that are not ids, and plain-object records', () => {
    const read = damaged((root) => {
      (root.get('stepOrder') as Y.Array<unknown>).insert(1, [42, { id: 'x' }]);
      mapAt(root, 'flows')!.set('plain', { from: 'a', to: 'c', label: '', twoWay: false });
    });
    expect(read.ok && read.value.steps.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(read.ok && read.value.flows.map((f) => f.id)).toEqual(['ab', 'bc', 'plain']);
  });

  it('is put right by the next write where that write touches it', () => {
    const ydoc = new Y.Doc();
    writeBlueprint(ydoc, tiny, null);
    rootOf(ydoc).set('stepOrder', 'scrambled');
    rootOf(ydoc).set('meta', 3);
    const next = edited(tiny, (d) => {
      ops.addStep(d, { lane: 'onstage', x: 480, id: 'd' });
      ops.setMeta(d, { service: 'Coffee' });
    });
    writeBlueprint(ydoc, next, tiny);
    const read = readBlueprint(ydoc, localOf(next), next);
    expect(read.ok && read.value).toEqual(next);
  });

  it('never throws, however deep the nesting', () => {
    const read = damaged((root) => {
      let map = stepMap(root, 'a');
      for (let i = 0; i < 5000; i++) map = map.set('deeper', new Y.Map<unknown>());
    });
    expect(read.ok).toBe(false);
  });

  it('never throws when the collections themselves are missing', () => {
    const read = damaged((root) => {
      for (const key of [...root.keys()]) if (key !== 'format') root.delete(key);
    });
    expect(read.ok).toBe(false);
  });
});
