import { App } from './App';
import { AppErrorBoundary } from './crash/CrashScreen';
import { useLocale } from './localeState';
import type { EditorStoreApi } from '../store/createEditorStore';

/**
 * Remounts the app when the language changes, so every string is read again. The document
 * lives in the store, outside, and is untouched by it. An error that escapes every panel shows
 * the crash screen instead of a blank page.
 */
export function LocaleRoot({ store }: { store: EditorStoreApi }) {
  const locale = useLocale();
  return (
    <AppErrorBoundary key={locale} store={store}>
      <App store={store} />
    </AppErrorBoundary>
  );
}
