import fc from 'fast-check';
import * as Y from 'yjs';
import type { Blueprint } from '../../model';
import { readBlueprint, type RoomRead } from '../readBlueprint';
import { writeBlueprint } from '../writeBlueprint';
import { applyEdit, editArbitrary, type Edit } from './randomEdits';
import { clientsOf, LOCAL_EDIT, localOf, REMOTE } from './rooms';

/**
 * A room of clients behind an unreliable relay, for the convergence property. Each client edits
 * its own Blueprint and writes the difference, as the editor does; every update it emits waits in
 * the other clients' inboxes until a `deliver` action hands one over, in any order, sometimes
 * twice, sometimes dropped (and re-sent by `settle`). After every delivery the client reads
 * the room into its Blueprint, as the editor does.
 */
export type RoomAction =
  | { kind: 'edit'; client: number; edit: Edit }
  | { kind: 'deliver'; client: number; pick: number; fate: 'once' | 'twice' | 'drop' }
  /** Everything waiting for one client, in the order `picks` shuffles it. */
  | { kind: 'flush'; client: number; picks: number[] };

export function roomActionArbitrary(clientCount: number): fc.Arbitrary<RoomAction> {
  const client = fc.nat(clientCount - 1);
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({ kind: fc.constant('edit' as const), client, edit: editArbitrary }),
    },
    fc.record({
      kind: fc.constant('deliver' as const),
      client,
      pick: fc.nat(1000),
      fate: fc.constantFrom('once' as const, 'once' as const, 'twice' as const, 'drop' as const),
    }),
    fc.record({
      kind: fc.constant('flush' as const),
      client,
      picks: fc.array(fc.nat(1000), { maxLength: 40 }),
    }),
  );
}

interface Client {
  ydoc: Y.Doc;
  doc: Blueprint;
  inbox: Uint8Array[];
  dropped: Uint8Array[];
}

/** A read that did not come out ok, or a write that did not read back as written. */
export class RoomFailure extends Error {}

export class SimulatedRoom {
  readonly clients: Client[];
  private ids = 0;

  constructor(seed: Blueprint, clientCount: number) {
    this.clients = clientsOf(seed, clientCount).map((ydoc) => ({
      ydoc,
      doc: seed,
      inbox: [],
      dropped: [],
    }));
    this.clients.forEach((client, index) => {
      client.doc = this.read(client, null);
      client.ydoc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== LOCAL_EDIT) return;
        this.clients.forEach((other, i) => {
          if (i !== index) other.inbox.push(update);
        });
      });
    });
  }

  run(action: RoomAction): void {
    const client = this.clients[action.client % this.clients.length]!;
    if (action.kind === 'edit') this.edit(client, action.client, action.edit);
    else if (action.kind === 'deliver') this.deliver(client, action.pick, action.fate);
    else {
      for (const pick of action.picks) this.deliver(client, pick, 'once');
      while (client.inbox.length) this.deliver(client, 0, 'once');
    }
  }

  /** Hands every update still held back to every client, then reads them all. */
  settle(): void {
    for (const client of this.clients) {
      const late = [...client.inbox, ...client.dropped].reverse();
      client.inbox = [];
      client.dropped = [];
      for (const update of late) Y.applyUpdate(client.ydoc, update, REMOTE);
      client.doc = this.read(client, client.doc);
    }
  }

  private edit(client: Client, index: number, edit: Edit): void {
    const next = applyEdit(client.doc, edit, (prefix) => `${prefix}-${index}-${this.ids++}`);
    writeBlueprint(client.ydoc, next, client.doc, LOCAL_EDIT);
    const back = this.read(client, next, next);
    if (back !== next) {
      throw new RoomFailure(`a ${edit.kind} edit did not read back as written`);
    }
    client.doc = next;
  }

  private deliver(client: Client, pick: number, fate: 'once' | 'twice' | 'drop'): void {
    if (!client.inbox.length) return;
    const [update] = client.inbox.splice(pick % client.inbox.length, 1);
    if (fate === 'drop') {
      client.dropped.push(update!);
      return;
    }
    if (fate === 'twice') client.inbox.push(update!);
    Y.applyUpdate(client.ydoc, update!, REMOTE);
    client.doc = this.read(client, client.doc);
  }

  private read(client: Client, previous: Blueprint | null, local = client.doc): Blueprint {
    const result: RoomRead = readBlueprint(client.ydoc, localOf(local), previous);
    if (!result.ok) {
      const detail = result.errors.map((e) => `${e.path}: ${e.message}`).join('; ');
      throw new RoomFailure(`a read failed: ${detail}`);
    }
    return result.value;
  }
}
