import { describeErrors, type Blueprint } from '../model';
import { localizedNewBlueprint } from './localeState';
import { readBlueprintFile, saveBlueprintFile } from '../io/files';
import { documentForSaving, type EditorStoreApi } from '../store/createEditorStore';
import { t } from '../i18n/t';
import { showAlert } from './notices';
import { startBlueprint } from './library/session';
import { leftSharedView } from './share/sharedView';

/** Open, Save and New: the glue between the store, the library, the file helpers and the banners. */

/** Reads and checks a file; on failure says why in a banner and returns undefined. */
export async function readFileToOpen(file: File): Promise<Blueprint | undefined> {
  const result = await readBlueprintFile(file);
  if (result.ok) return result.value;
  let reason: string;
  if ('errors' in result) reason = describeErrors(result.errors);
  else if (result.reason === 'tooLarge')
    reason = t('errors.tooLarge', { size: result.sizeMb, limit: result.limitMb });
  else if (result.reason === 'noBlueprint') reason = t('exporting.noBlueprint');
  else if (result.reason === 'damagedBlueprint') reason = t('exporting.damagedBlueprint');
  else if (result.reason === 'notPng') reason = t('exporting.notPng');
  else reason = t('errors.unreadable');
  showAlert(t('errors.openFailed', { file: file.name, reason }));
  return undefined;
}

/**
 * An opened file or a chosen example becomes a new blueprint in the library; the one on screen
 * stays there as it was. An example is not a file, so it counts as unsaved work.
 */
export function openAsNewBlueprint(store: EditorStoreApi, doc: Blueprint, fromFile = true): void {
  startBlueprint(store, doc, { fromFile });
  leftSharedView();
}

export function saveFile(store: EditorStoreApi): void {
  saveBlueprintFile(documentForSaving(store.getState()));
  store.getState().markSavedToFile();
}

/** True when the document is exactly what New makes: nothing to lose. */
export function isPristine(doc: Blueprint): boolean {
  const withoutView = (d: Blueprint) => JSON.stringify({ ...d, view: null });
  return withoutView(doc) === withoutView(localizedNewBlueprint());
}

export function startNew(store: EditorStoreApi): void {
  startBlueprint(store, localizedNewBlueprint(), { storeNow: false });
  leftSharedView();
}
