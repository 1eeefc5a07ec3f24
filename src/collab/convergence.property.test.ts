import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { Blueprint } from '../model';
import { readBlueprint } from './readBlueprint';
import { tinyBlueprint } from './testing/blueprints';
import { EXAMPLE_NAMES, loadExample } from './testing/examples';
import { localOf } from './testing/rooms';
import { roomActionArbitrary, SimulatedRoom } from './testing/simulatedRoom';

const seeds: Record<string, Blueprint> = { tiny: tinyBlueprint() };
for (const name of EXAMPLE_NAMES) seeds[name] = loadExample(name);

const scenario = fc
  .record({
    // The tiny blueprint half the time: with three steps and two lanes, edits soon collide.
    seed: fc.oneof(fc.constant('tiny'), fc.constantFrom(...Object.keys(seeds))),
    clients: fc.integer({ min: 2, max: 5 }),
  })
  .chain(({ seed, clients }) =>
    fc.record({
      seed: fc.constant(seed),
      clients: fc.constant(clients),
      actions: fc.array(roomActionArbitrary(clients), { minLength: 1, maxLength: 80 }),
    }),
  );

// Inside the run, SimulatedRoom fails the case when any read is not ok (schema-valid through
// loadBlueprint) or when a client's own write does not read back as exactly what it wrote.
describe('a room of 2–5 clients behind an unreliable relay', () => {
  it('ends with the same valid document on every client', () => {
    fc.assert(
      fc.property(scenario, ({ seed, clients, actions }) => {
        const room = new SimulatedRoom(seeds[seed]!, clients);
        for (const action of actions) room.run(action);
        room.settle();

        const [first, ...others] = room.clients.map((client) => client.ydoc);
        const vector = Y.encodeStateVector(first!);
        const local = localOf(room.clients[0]!.doc);
        const fresh = (ydoc: Y.Doc) => JSON.stringify(readBlueprint(ydoc, local));
        const expected = fresh(first!);
        expect(JSON.parse(expected)).toMatchObject({ ok: true });
        for (const ydoc of others) {
          expect(Y.encodeStateVector(ydoc)).toEqual(vector);
          expect(fresh(ydoc)).toBe(expected);
        }
        const final = JSON.parse(expected).value as Blueprint;
        for (const client of room.clients) {
          expect({
            ...client.doc,
            view: final.view,
            guide: { ...client.doc.guide, step: final.guide.step },
          }).toEqual(final);
        }
      }),
      { numRuns: 250 },
    );
  });
});
