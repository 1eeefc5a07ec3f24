import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/base.css';
import './ui/styles.css';
import { createEditorStore } from './store/createEditorStore';
import { readAutosave } from './io/storage';
import { showAlert } from './ui/notices';
import { t } from './i18n/t';
import { activateLocale, initialLocale, rememberedLocale } from './i18n/locale';
import { localeStore, localizedNewBlueprint } from './ui/localeState';
import { LocaleRoot } from './ui/LocaleRoot';
import { openSharedBlueprint } from './ui/share/sharedView';

const locale = initialLocale(
  window.location.search,
  rememberedLocale(),
  navigator.languages ?? [navigator.language],
);
await activateLocale(locale);
localeStore.setState({ locale });

const saved = readAutosave();
const store = createEditorStore(localizedNewBlueprint());
if (saved.kind === 'ok') {
  store.getState().loadDocument(saved.doc, { fromFile: saved.meta?.savedToFile ?? false });
} else if (saved.kind === 'corrupt') {
  showAlert(t('errors.corruptAutosave', { reason: saved.reason, key: saved.keptAs ?? '—' }));
}
// A share link shows its blueprint read-only; the one just restored is set aside, untouched.
await openSharedBlueprint(store, window.location.hash);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LocaleRoot store={store} />
  </StrictMode>,
);
