import { saveBlueprintFile } from '../io/files';
import { documentForSaving, type EditorStoreApi } from '../store/createEditorStore';

/** Always a download (the "Download my blueprint" offered when browser storage fails). */
export function downloadFile(store: EditorStoreApi): void {
  saveBlueprintFile(documentForSaving(store.getState()));
  store.getState().markSavedToFile();
}
