import { describeErrors } from '../../model';
import { readShareData, shareDataFromHash, type ShareReadResult } from '../../io/shareLink';
import { saveBlueprintFile } from '../../io/files';
import { documentForSaving, type EditorStoreApi } from '../../store/createEditorStore';
import { t } from '../../i18n/t';
import { needsConfirmBeforeReplacing, saveFile } from '../fileActions';
import { clearAlerts, showAlert } from '../notices';
import { shareStore } from './shareState';

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
 * is set aside first; a link that does not decode leaves it on screen, with an alert.
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
  if (!store.getState().readOnly) {
    shareStore.setState({
      own: {
        doc: documentForSaving(store.getState()),
        unsaved: needsConfirmBeforeReplacing(store),
      },
    });
  }
  store.getState().loadDocument(result.value, { readOnly: true });
}

/** The shared blueprint becomes the user's own: editable, autosaved, not yet in a file. */
export function makeEditableCopy(store: EditorStoreApi): void {
  const state = store.getState();
  if (!state.readOnly) return;
  state.loadDocument(documentForSaving(state), { fromFile: false });
  leftSharedView();
  clearAlerts();
}

/** Whatever replaced the shared view (copy, New, Open), the link no longer describes the page. */
export function leftSharedView(): void {
  shareStore.setState({ own: null });
  removeShareFragment();
}

/** "Save to file first" saves the user's own blueprint, not the shared one on screen. */
export function saveBeforeReplacing(store: EditorStoreApi): void {
  const own = shareStore.getState().own;
  if (store.getState().readOnly) {
    if (own) saveBlueprintFile(own.doc);
  } else saveFile(store);
}
