import { useCallback, useMemo, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { BlueprintCanvas } from '../canvas/BlueprintCanvas';
import { EditorContext } from '../store/useEditor';
import type { EditorStoreApi } from '../store/createEditorStore';
import { t } from '../i18n/t';
import { AlertBanner } from './AlertBanner';
import { ConfirmNewDialog } from './ConfirmNewDialog';
import { Inspector } from './Inspector';
import { LanesPanel } from './LanesPanel';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';
import { needsConfirmBeforeNew, openFile, saveFile, startNew } from './fileActions';
import { useAutosave } from './useAutosave';
import { useFileDrop } from './useFileDrop';
import { useShortcuts } from './useShortcuts';
import { EmptyHint } from './EmptyHint';

type SideTab = 'inspector' | 'lanes';

/** Wiring only: the store, the shell, and the hooks that keep work safe. */
export function App({ store }: { store: EditorStoreApi }) {
  const [confirmingNew, setConfirmingNew] = useState(false);
  const [tab, setTab] = useState<SideTab>('inspector');

  useAutosave(store);
  const onFile = useCallback((file: File) => void openFile(store, file), [store]);
  useFileDrop(onFile);
  const shortcuts = useMemo(
    () => ({
      save: () => saveFile(store),
      open: () =>
        document.querySelector<HTMLInputElement>('[data-testid="open-file-input"]')?.click(),
    }),
    [store],
  );
  useShortcuts(store, shortcuts);

  const requestNew = () => {
    if (needsConfirmBeforeNew(store)) setConfirmingNew(true);
    else startNew(store);
  };

  return (
    <EditorContext.Provider value={store}>
      <ReactFlowProvider>
        <div className="app">
          <Toolbar onNew={requestNew} />
          <AlertBanner />
          <main className="workspace">
            <div className="canvas-area">
              <BlueprintCanvas />
              <EmptyHint />
            </div>
            <aside className="side-panel">
              <div role="tablist" className="tabs">
                <button
                  type="button"
                  role="tab"
                  aria-selected={tab === 'inspector'}
                  onClick={() => setTab('inspector')}
                >
                  {t('inspector.tab')}
                </button>
                <button
                  type="button"
                  role="tab"
                  aria-selected={tab === 'lanes'}
                  onClick={() => setTab('lanes')}
                >
                  {t('inspector.lanesTab')}
                </button>
              </div>
              <div role="tabpanel" className="tab-body">
                {tab === 'inspector' ? <Inspector /> : <LanesPanel />}
              </div>
            </aside>
          </main>
          <StatusBar />
        </div>
        {confirmingNew && (
          <ConfirmNewDialog
            onSaveFirst={() => {
              saveFile(store);
              startNew(store);
              setConfirmingNew(false);
            }}
            onDiscard={() => {
              startNew(store);
              setConfirmingNew(false);
            }}
            onCancel={() => setConfirmingNew(false)}
          />
        )}
      </ReactFlowProvider>
    </EditorContext.Provider>
  );
}
