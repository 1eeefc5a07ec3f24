import { useEffect } from 'react';
import type { EditorStoreApi } from '../../store/createEditorStore';
import { leftSharedView, openSharedBlueprint } from './sharedView';

/**
 * A share link pasted into the address bar of an open tab changes only the fragment: open it
 * too. And whatever ends the read-only view (an editable copy, New, Open), the link goes.
 */
export function useShareLink(store: EditorStoreApi): void {
  useEffect(() => {
    const onHashChange = () => void openSharedBlueprint(store, window.location.hash);
    window.addEventListener('hashchange', onHashChange);
    const unsubscribe = store.subscribe((state, prev) => {
      if (prev.readOnly && !state.readOnly) leftSharedView();
    });
    return () => {
      window.removeEventListener('hashchange', onHashChange);
      unsubscribe();
    };
  }, [store]);
}
