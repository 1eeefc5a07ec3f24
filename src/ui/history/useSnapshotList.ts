import { useEffect, useState } from 'react';
import { listSnapshots, snapshotHealth, subscribeSnapshots } from '../../io/snapshotArchive';
import type { SnapshotHealth, SnapshotList, SnapshotSummary } from '../../io/snapshots';

export type SnapshotListView =
  | { kind: 'noBlueprint' }
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'ready'; snapshots: SnapshotSummary[] };

/**
 * The versions of a blueprint, newest first, read again when one is recorded or deleted, when
 * the blueprint changes, and when the window regains focus (another tab may have added some).
 */
export function useSnapshotList(blueprintId: string | null): {
  view: SnapshotListView;
  health: SnapshotHealth;
} {
  const [loaded, setLoaded] = useState<{ blueprintId: string; list: SnapshotList } | null>(null);
  const [health, setHealth] = useState<SnapshotHealth>(snapshotHealth);

  useEffect(() => {
    const unsubscribe = subscribeSnapshots((event) => {
      if (event.kind === 'health') setHealth(event.health);
    });
    return unsubscribe;
  }, []);

  useEffect(() => {
    if (!blueprintId) return;
    let live = true;
    const load = () =>
      void listSnapshots(blueprintId).then((list) => {
        if (live) setLoaded({ blueprintId, list });
      });
    load();
    const unsubscribe = subscribeSnapshots((event) => {
      if (event.kind === 'health' || event.blueprintId === blueprintId) load();
    });
    window.addEventListener('focus', load);
    return () => {
      live = false;
      unsubscribe();
      window.removeEventListener('focus', load);
    };
  }, [blueprintId]);

  if (!blueprintId) return { view: { kind: 'noBlueprint' }, health };
  if (loaded?.blueprintId !== blueprintId) return { view: { kind: 'loading' }, health };
  if (!loaded.list.ok) return { view: { kind: 'unavailable' }, health };
  return { view: { kind: 'ready', snapshots: loaded.list.snapshots }, health };
}
