import { useCallback, useMemo, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { BlueprintCanvas } from '../canvas/BlueprintCanvas';
import { EditorContext } from '../store/useEditor';
import type { EditorStoreApi } from '../store/createEditorStore';
import type { Blueprint } from '../model';
import { t, type MessageKey } from '../i18n/t';
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
import { ExampleGallery } from './gallery/ExampleGallery';
import { GuidePanel } from '../wizard/GuidePanel';
import { ReportView } from './report/ReportView';
import { useStore } from 'zustand';
import { ShareBanner } from './share/ShareBanner';
import { useShareLink } from './share/useShareLink';
import { makeEditableCopy, saveBeforeReplacing } from './share/sharedView';
import { HistoryPanel } from './history/HistoryPanel';
import { useSnapshots } from './history/useSnapshots';
import { PrintView } from './print/PrintView';

type SideTab = 'inspector' | 'lanes' | 'guide' | 'history';
const SIDE_TABS: [SideTab, MessageKey][] = [
  ['inspector', 'inspector.tab'],
  ['lanes', 'inspector.lanesTab'],
  ['guide', 'guide.tab'],
  ['history', 'history.tab'],
];
type PendingReplacement =
  | { kind: 'new' }
  | { kind: 'open'; fileName: string; doc: Blueprint; fromFile: boolean }
  | { kind: 'share' };

function confirmTexts(pending: PendingReplacement): { title: string; discardLabel: string } {
  if (pending.kind === 'new')
    return { title: t('dialog.newTitle'), discardLabel: t('dialog.discard') };
  if (pending.kind === 'share')
    return { title: t('share.confirmTitle'), discardLabel: t('share.discard') };
  return {
    title: t('dialog.openTitle', { file: pending.fileName }),
    discardLabel: t('dialog.discardOpen'),
  };
}

/** Wiring only: the store, the shell, and the hooks that keep work safe. */
export function App({ store }: { store: EditorStoreApi }) {
  const [pending, setPending] = useState<PendingReplacement | null>(null);
  const [galleryOpen, setGalleryOpen] = useState(false);
  const chooseExample = (doc: Blueprint) => {
    setGalleryOpen(false);
    if (needsConfirmBeforeReplacing(store))
      setPending({ kind: 'open', fileName: doc.title, doc, fromFile: false });
    else loadOpenedFile(store, doc, false);
  };
  const [tab, setTab] = useState<SideTab>('inspector');
  const [reportOpen, setReportOpen] = useState(false);
  const guideStep = useStore(store, (s) => s.doc.guide.step);
  const readOnly = useStore(store, (s) => s.readOnly);

  useAutosave(store);
  useSnapshots(store);
  useShareLink(store);
  const requestOpen = useCallback(
    async (file: File) => {
      const doc = await readFileToOpen(file);
      if (!doc) return;
      if (needsConfirmBeforeReplacing(store))
        setPending({ kind: 'open', fileName: file.name, doc, fromFile: true });
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
  const requestEditableCopy = () => {
    if (needsConfirmBeforeReplacing(store)) setPending({ kind: 'share' });
    else makeEditableCopy(store);
  };
  const replace = (replacement: PendingReplacement) => {
    if (replacement.kind === 'new') startNew(store);
    else if (replacement.kind === 'share') makeEditableCopy(store);
    else loadOpenedFile(store, replacement.doc, replacement.fromFile);
    setPending(null);
  };

  return (
    <EditorContext.Provider value={store}>
      <ReactFlowProvider>
        <div className="app">
          <Toolbar
            onNew={requestNew}
            onOpenFile={onFile}
            onGuide={() => setTab('guide')}
            onExamples={() => setGalleryOpen(true)}
            guideOpen={tab === 'guide'}
            onReport={() => setReportOpen((open) => !open)}
            reportOpen={reportOpen}
          />
          <AlertBanner />
          <ShareBanner onMakeEditable={requestEditableCopy} />
          <main className={`workspace${tab === 'guide' ? ' is-wide-panel' : ''}`}>
            <div
              className={`canvas-area${tab === 'guide' ? ` guide-focus guide-step-${guideStep}` : ''}`}
            >
              <BlueprintCanvas />
              <EmptyHint onExamples={() => setGalleryOpen(true)} />
            </div>
            <aside className="side-panel">
              <div role="tablist" className="tabs">
                {SIDE_TABS.map(([id, label]) => (
                  <button
                    key={id}
                    type="button"
                    role="tab"
                    aria-selected={tab === id}
                    onClick={() => setTab(id)}
                  >
                    {t(label)}
                  </button>
                ))}
              </div>
              <div role="tabpanel" className="tab-body">
                <fieldset className="read-only-fields" disabled={readOnly}>
                  {tab === 'inspector' && <Inspector />}
                  {tab === 'lanes' && <LanesPanel />}
                  {tab === 'guide' && <GuidePanel />}
                  {tab === 'history' && <HistoryPanel />}
                </fieldset>
              </div>
            </aside>
            {reportOpen && <ReportView onClose={() => setReportOpen(false)} />}
          </main>
          <StatusBar />
        </div>
        <PrintView />
        {galleryOpen && (
          <ExampleGallery onChoose={chooseExample} onClose={() => setGalleryOpen(false)} />
        )}
        {pending && (
          <ConfirmReplaceDialog
            {...confirmTexts(pending)}
            onSaveFirst={() => {
              saveBeforeReplacing(store);
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
