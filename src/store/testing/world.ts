import { newBlueprint, type Blueprint } from '../../model';
import { createEditorStore, type EditorStoreApi } from '../createEditorStore';

/** Shared fixtures for the store's tests: a fake clock and a small given document. */

/** A clock the test moves by hand, so coalescing does not depend on real time. */
export function fakeClock(start = 1_000_000) {
  let t = start;
  return {
    now: () => t,
    advance(ms: number) {
      t += ms;
    },
  };
}

export interface World {
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
export function emptyStore() {
  const clock = fakeClock();
  const store = createEditorStore(newBlueprint(), clock.now);
  return { store, clock };
}

/** Given: a store whose document has three steps and two flows, made by store actions. */
export function given(): World {
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

export const doc = (w: { store: EditorStoreApi }): Blueprint => w.store.getState().doc;
export const pastLength = (w: { store: EditorStoreApi }): number =>
  w.store.getState().history.past.length;
export const stepById = (w: World, id: string) => doc(w).steps.find((s) => s.id === id);
