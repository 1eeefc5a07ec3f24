import { describeErrors } from '../model';
import { readShareData, shareDataFromHash, type ShareReadResult } from '../io/shareLink';
import { documentForSaving, type EditorStoreApi } from '../store/createEditorStore';
import { t } from '../i18n/t';
import { showAlert } from './notices';
import { detachForReadOnly, startBlueprint } from './librarySession';

/** Opening a share link read-only, and leaving it: the glue between URL, store and banners. */

function reasonFor(result: Exclude<ShareReadResult, { ok: true }>): string {
  if ('errors' in result) return describeErrors(result.errors);
  if (result.reason === 'tooLarge')
    return t('share.tooLarge', { limit: result.limit / 1024 / 1024 });
  return t('share.damaged');
}

/** Drops `#share=…` from the address without reloading or adding a history entry. */
export function removeShareFragment(): void {
  if (shareDataFromHash(window.location.hash) === null) return;
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
}

/**
 * Shows the blueprint in `hash` (if it holds a share link) read-only. The user's own blueprint
 * stays in the library as it was; a link that does not decode leaves it on screen, with an alert.
 */
export async function openSharedBlueprint(store: EditorStoreApi, hash: string): Promise<void> {
  const data = shareDataFromHash(hash);
  if (data === null) return;
  const result = await readShareData(data);
  if (!result.ok) {
    showAlert(t('share.openFailed', { reason: reasonFor(result) }));
    if (!store.getState().readOnly) removeShareFragment();
    return;
  }
  detachForReadOnly();
  store.getState().loadDocument(result.value, { readOnly: true });
}

/** The shared blueprint becomes a new blueprint of the user's own: editable, in the library. */
export function makeEditableCopy(store: EditorStoreApi): void {
  const state = store.getState();
  if (!state.readOnly) return;
  startBlueprint(store, documentForSaving(state), { fromFile: false });
  leftSharedView();
}

/** Whatever replaced the shared view (copy, New, Open), the link no longer describes the page. */
export function leftSharedView(): void {
  removeShareFragment();
}

/**
 * A share link pasted into the address bar of an open tab changes only the fragment: open it
 * too. And whatever ends the read-only view (an editable copy, New, Open), the link goes.
 */
export function watchShareLink(store: EditorStoreApi): () => void {
  const onHashChange = () => void openSharedBlueprint(store, window.location.hash);
  window.addEventListener('hashchange', onHashChange);
  const unsubscribe = store.subscribe((state, prev) => {
    if (prev.readOnly && !state.readOnly) leftSharedView();
  });
  return () => {
    window.removeEventListener('hashchange', onHashChange);
    unsubscribe();
  };
}
