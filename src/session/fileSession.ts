import { describeErrors, type Blueprint } from '../model';
import { localizedNewBlueprint } from './newDocument';
import {
  fileNameFor,
  readBlueprintFile,
  serializeBlueprint,
  startsLikePng,
  type OpenResult,
} from '../io/files';
import {
  canWriteToFiles,
  pickFileToOpen,
  writeTextFile,
  type FileHandle,
  type FileKindNames,
} from '../io/fileSystem';
import { documentForSaving, type EditorStoreApi } from '../store/createEditorStore';
import { t } from '../i18n/t';
import { showAlert } from './notices';
import { startBlueprint } from './librarySession';
import { currentBlueprintStore } from './currentDocument';
import { linkFile, linkedFile } from './fileLinks';
import { leftSharedView } from './sharedView';
import { downloadFile } from './download';

/** Open, Save and New: the document comes from or goes to a file, and the library keeps it. */

/** Reads and checks a file; on failure says why in a banner and returns undefined. */
export async function readFileToOpen(file: File): Promise<Blueprint | undefined> {
  const result = await readBlueprintFile(file);
  if (result.ok) return result.value;
  showAlert(t('errors.openFailed', { file: file.name, reason: openFailureReason(result) }));
  return undefined;
}

/** What is wrong with a file that did not open, in words a person can act on. */
export function openFailureReason(result: Exclude<OpenResult, { ok: true }>): string {
  if ('errors' in result) return describeErrors(result.errors);
  if (result.reason === 'tooLarge')
    return t('errors.tooLarge', { size: result.sizeMb, limit: result.limitMb });
  if (result.reason === 'noBlueprint') return t('exporting.noBlueprint');
  if (result.reason === 'damagedBlueprint') return t('exporting.damagedBlueprint');
  if (result.reason === 'notPng') return t('exporting.notPng');
  return t('errors.unreadable');
}

/**
 * An opened file or a chosen example becomes a new blueprint in the library; the one on screen
 * stays there as it was. An example is not a file, so it counts as unsaved work.
 */
export function openAsNewBlueprint(store: EditorStoreApi, doc: Blueprint, fromFile = true): string {
  const id = startBlueprint(store, doc, { fromFile });
  leftSharedView();
  return id;
}

const fileKindNames = (): FileKindNames => ({
  blueprint: t('printing.blueprintFiles'),
  png: t('printing.pngFiles'),
});

/**
 * Opens a chosen or dropped file as a new library blueprint. With the file's handle, Save later
 * writes back to it — unless it is a PNG: Save writes JSON and must never replace the picture.
 */
export async function openFile(store: EditorStoreApi, file: File, handle?: FileHandle) {
  const doc = await readFileToOpen(file);
  if (!doc) return;
  const id = openAsNewBlueprint(store, doc);
  if (handle && !(await startsLikePng(file))) linkFile(id, handle);
}

/** Open: the browser's own file picker where it can hand back a file to save to, else `fallback`. */
export async function openWithPicker(store: EditorStoreApi, fallback: () => void): Promise<void> {
  if (!canWriteToFiles()) return fallback();
  const picked = await pickFileToOpen(fileKindNames());
  if (picked.kind === 'failed') showAlert(t('printing.pickerFailed', { reason: picked.detail }));
  if (picked.kind === 'picked') await openFile(store, picked.file, picked.handle);
}

/** Save: back to the blueprint's file if it has one, else to a file the user picks (or a download). */
export async function saveFile(store: EditorStoreApi): Promise<void> {
  if (!canWriteToFiles()) return downloadFile(store);
  await writeToFile(store, linkedFile(currentBlueprintStore.getState().currentId));
}

/** Save as…: always to a newly picked file (or a download), which Save then writes to. */
export async function saveFileAs(store: EditorStoreApi): Promise<void> {
  if (!canWriteToFiles()) return downloadFile(store);
  await writeToFile(store, null);
}

async function writeToFile(store: EditorStoreApi, handle: FileHandle | null): Promise<void> {
  const state = store.getState();
  const doc = documentForSaving(state);
  const { currentId } = currentBlueprintStore.getState();
  const name = fileNameFor(doc.title, '.blueprint.json');
  const result = await writeTextFile(serializeBlueprint(doc), name, handle, fileKindNames());
  if (result.ok) {
    if (currentId) linkFile(currentId, result.handle);
    // Edits made while the file picker was open are not in the file.
    store.getState().markSavedToFile(state.revision);
  } else if (result.reason === 'failed')
    showAlert(t('printing.writeFailed', { file: handle?.name ?? name, reason: result.detail }));
}

export function startNew(store: EditorStoreApi): void {
  startBlueprint(store, localizedNewBlueprint(), { storeNow: false });
  leftSharedView();
}
