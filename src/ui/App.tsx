import { useCallback, useMemo, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { BlueprintCanvas } from '../canvas/BlueprintCanvas';
import { EditorContext } from '../store/useEditor';
import type { EditorStoreApi } from '../store/createEditorStore';
import type { Blueprint } from '../model';
import { t, type MessageKey } from '../i18n/t';
import { AlertBanner } from './AlertBanner';
import { Inspector } from './Inspector';
import { LanesPanel } from './LanesPanel';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';
import { openAsNewBlueprint, readFileToOpen, saveFile, startNew } from './fileActions';
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
import { makeEditableCopy } from './share/sharedView';
import { LibraryView } from './library/LibraryView';
import { ConflictBanner } from './library/ConflictBanner';
import { useOtherTabs } from './library/otherTabs';
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
/** Wiring only: the store, the shell, and the hooks that keep work safe. */
export function App({ store }: { store: EditorStoreApi }) {
  const [galleryOpen, setGalleryOpen] = useState(false);
  const [libraryOpen, setLibraryOpen] = useState(false);
  const chooseExample = (doc: Blueprint) => {
    setGalleryOpen(false);
    setLibraryOpen(false);
    openAsNewBlueprint(store, doc, false);
  };
  const [tab, setTab] = useState<SideTab>('inspector');
  const [reportOpen, setReportOpen] = useState(false);
  const guideStep = useStore(store, (s) => s.doc.guide.step);
  const readOnly = useStore(store, (s) => s.readOnly);

  useAutosave(store);
  useSnapshots(store);
  useOtherTabs();
  useShareLink(store);
  const requestOpen = useCallback(
    async (file: File) => {
      const doc = await readFileToOpen(file);
      if (doc) openAsNewBlueprint(store, doc);
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

  return (
    <EditorContext.Provider value={store}>
      <ReactFlowProvider>
        <div className="app">
          <Toolbar
            onNew={() => startNew(store)}
            onLibrary={() => setLibraryOpen(true)}
            onOpenFile={onFile}
            onGuide={() => setTab('guide')}
            onExamples={() => setGalleryOpen(true)}
            guideOpen={tab === 'guide'}
            onReport={() => setReportOpen((open) => !open)}
            reportOpen={reportOpen}
          />
          <AlertBanner />
          <ConflictBanner />
          <ShareBanner onMakeEditable={() => makeEditableCopy(store)} />
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
        {libraryOpen && (
          <LibraryView
            onClose={() => setLibraryOpen(false)}
            onExamples={() => setGalleryOpen(true)}
          />
        )}
        {galleryOpen && (
          <ExampleGallery onChoose={chooseExample} onClose={() => setGalleryOpen(false)} />
        )}
      </ReactFlowProvider>
    </EditorContext.Provider>
  );
}
