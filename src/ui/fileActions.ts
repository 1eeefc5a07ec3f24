import { describeErrors, newBlueprint, type Blueprint } from '../model';
import { readBlueprintFile, saveBlueprintFile, MAX_FILE_BYTES } from '../io/files';
import { documentForSaving, type EditorStoreApi } from '../store/createEditorStore';
import { t } from '../i18n/t';
import { clearAlerts, showAlert } from './notices';

/** Open, Save and New: the glue between the store, the file helpers and the banners. */

/** Reads and checks a file; on failure says why in a banner and returns undefined. */
export async function readFileToOpen(file: File): Promise<Blueprint | undefined> {
  const result = await readBlueprintFile(file);
  if (result.ok) return result.value;
  let reason: string;
  if ('errors' in result) reason = describeErrors(result.errors);
  else if (result.reason === 'tooLarge')
    reason = t('errors.tooLarge', {
      size: result.sizeMb ?? 0,
      limit: MAX_FILE_BYTES / 1024 / 1024,
    });
  else reason = t('errors.unreadable');
  showAlert(t('errors.openFailed', { file: file.name, reason }));
  return undefined;
}

/** Replaces the document with an opened file; earlier error banners no longer apply. */
export function loadOpenedFile(store: EditorStoreApi, doc: Blueprint): void {
  store.getState().loadDocument(doc);
  clearAlerts();
}

export function saveFile(store: EditorStoreApi): void {
  saveBlueprintFile(documentForSaving(store.getState()));
  store.getState().markSavedToFile();
}

/** True when the document is exactly what New makes: nothing to lose. */
export function isPristine(doc: Blueprint): boolean {
  const fresh = newBlueprint();
  return (
    doc.steps.length === 0 &&
    doc.flows.length === 0 &&
    doc.title === fresh.title &&
    JSON.stringify(doc.lanes) === JSON.stringify(fresh.lanes) &&
    JSON.stringify(doc.meta) === JSON.stringify(fresh.meta)
  );
}

export function needsConfirmBeforeReplacing(store: EditorStoreApi): boolean {
  const { doc, revision, fileRevision } = store.getState();
  return revision !== fileRevision && !isPristine(doc);
}

export function startNew(store: EditorStoreApi): void {
  store.getState().loadDocument(newBlueprint());
  clearAlerts();
}
