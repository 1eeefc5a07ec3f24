import { useCallback, useMemo, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { BlueprintCanvas } from '../canvas/BlueprintCanvas';
import { EditorContext } from '../store/useEditor';
import type { EditorStoreApi } from '../store/createEditorStore';
import type { Blueprint } from '../model';
import { t } from '../i18n/t';
import { AlertBanner } from './AlertBanner';
import { ConfirmReplaceDialog } from './ConfirmReplaceDialog';
import { Inspector } from './Inspector';
import { LanesPanel } from './LanesPanel';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';
import {
  loadOpenedFile,
  needsConfirmBeforeReplacing,
  readFileToOpen,
  saveFile,
  startNew,
} from './fileActions';
import { useLeaveWarning } from './useLeaveWarning';
import { useAutosave } from './useAutosave';
import { useFileDrop } from './useFileDrop';
import { useShortcuts } from './useShortcuts';
import { EmptyHint } from './EmptyHint';

type SideTab = 'inspector' | 'lanes';
type PendingReplacement = { kind: 'new' } | { kind: 'open'; fileName: string; doc: Blueprint };

/** Wiring only: the store, the shell, and the hooks that keep work safe. */
export function App({ store }: { store: EditorStoreApi }) {
  const [pending, setPending] = useState<PendingReplacement | null>(null);
  const [tab, setTab] = useState<SideTab>('inspector');

  useAutosave(store);
  const requestOpen = useCallback(
    async (file: File) => {
      const doc = await readFileToOpen(file);
      if (!doc) return;
      if (needsConfirmBeforeReplacing(store))
        setPending({ kind: 'open', fileName: file.name, doc });
      else loadOpenedFile(store, doc);
    },
    [store],
  );
  const onFile = useCallback((file: File) => void requestOpen(file), [requestOpen]);
  useFileDrop(onFile);
  useLeaveWarning();
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
    if (needsConfirmBeforeReplacing(store)) setPending({ kind: 'new' });
    else startNew(store);
  };
  const replace = (replacement: PendingReplacement) => {
    if (replacement.kind === 'new') startNew(store);
    else loadOpenedFile(store, replacement.doc);
    setPending(null);
  };

  return (
    <EditorContext.Provider value={store}>
      <ReactFlowProvider>
        <div className="app">
          <Toolbar onNew={requestNew} onOpenFile={onFile} />
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
        {pending && (
          <ConfirmReplaceDialog
            title={
              pending.kind === 'new'
                ? t('dialog.newTitle')
                : t('dialog.openTitle', { file: pending.fileName })
            }
            discardLabel={pending.kind === 'new' ? t('dialog.discard') : t('dialog.discardOpen')}
            onSaveFirst={() => {
              saveFile(store);
              replace(pending);
            }}
            onDiscard={() => replace(pending)}
            onCancel={() => setPending(null)}
          />
        )}
      </ReactFlowProvider>
    </EditorContext.Provider>
  );
}
