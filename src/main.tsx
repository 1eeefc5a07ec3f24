import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/base.css';
import './ui/styles.css';
import { App } from './ui/App';
import { createEditorStore } from './store/createEditorStore';
import { readAutosave } from './io/storage';
import { showAlert } from './ui/notices';
import { t } from './i18n/t';

const saved = readAutosave();
const store = createEditorStore();
if (saved.kind === 'ok') {
  store.getState().loadDocument(saved.doc, { fromFile: saved.meta?.savedToFile ?? false });
} else if (saved.kind === 'corrupt') {
  showAlert(t('errors.corruptAutosave', { reason: saved.reason, key: saved.keptAs ?? '—' }));
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
