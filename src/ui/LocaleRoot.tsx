import { App } from './App';
import { useLocale } from './localeState';
import type { EditorStoreApi } from '../store/createEditorStore';

/**
 * Remounts the app when the language changes, so every string is read again. The document
 * lives in the store, outside, and is untouched by it.
 */
export function LocaleRoot({ store }: { store: EditorStoreApi }) {
  const locale = useLocale();
  return <App key={locale} store={store} />;
}
