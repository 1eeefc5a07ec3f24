import { useCallback, useEffect, useMemo, useState } from 'react';
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
import {
  openAsNewBlueprint,
  openFile,
  openWithPicker,
  saveFile,
  saveFileAs,
  startNew,
} from '../session/fileSession';
import { useLeaveWarning } from './useLeaveWarning';
import { useAutosave } from './useAutosave';
import { useFileDrop } from './useFileDrop';
import { KeyboardShortcuts } from './keyboard/KeyboardShortcuts';
import { ContextMenuHost } from './contextMenu/ContextMenuHost';
import { canvasMenuFor } from './contextMenu/openMenus';
import { EmptyHint } from './EmptyHint';
import { useStore } from 'zustand';
import { ShareBanner } from './share/ShareBanner';
import { useShareLink } from './share/useShareLink';
import { makeEditableCopy } from '../session/sharedView';
import { ConflictBanner } from './library/ConflictBanner';
import { useOtherTabs } from './library/otherTabs';
import {
  ClassOverview,
  CompareDialog,
  ComparePanel,
  ExampleGallery,
  GuidePanel,
  HistoryPanel,
  ImportDialog,
  LibraryView,
  ReportView,
  VersionsPanel,
} from './lazyViews';
import { useSnapshots } from './history/useSnapshots';
import { PrintView } from './print/PrintView';
import { PanelBoundary } from './crash/PanelBoundary';
import { TableView } from './table/TableView';
import { useTableViewOpen } from './table/tableViewState';
import { useThemeChoice } from './theme/themeState';
import { PresentMode } from './present/PresentMode';
import { stopPresenting, usePresenting } from './present/presentState';
import { SearchBox } from './search/SearchBox';
import { RoomBar } from './room/RoomBar';
import { ShareLiveDialog } from './room/ShareLiveDialog';
import { NameDialog } from './room/NameDialog';
import { useRoomLinks } from './room/useRoomLinks';
import { compareWith, comparisonStore } from '../session/comparison';
import { CommentsPanel } from './comments/CommentsPanel';
import { useImportOpen } from './import/importState';
import { commentsUiStore } from '../session/commentsUi';

type SideTab = 'inspector' | 'lanes' | 'guide' | 'history' | 'comments' | 'versions' | 'compare';
const SIDE_TABS: [SideTab, MessageKey][] = [
  ['inspector', 'inspector.tab'],
  ['lanes', 'inspector.lanesTab'],
  ['guide', 'guide.tab'],
  ['history', 'history.tab'],
  ['comments', 'comments.tab'],
  ['versions', 'versions.tab'],
];
/** Tabs that work in a view-only blueprint too (reading comments and changes, comparing): not in the fieldset. */
const OUTSIDE_FIELDSET: ReadonlySet<SideTab> = new Set(['comments', 'versions', 'compare']);
/** Wiring only: the store, the shell, and the hooks that keep work safe. */
export function App({ store }: { store: EditorStoreApi }) {
  const [galleryOpen, setGalleryOpen] = useState(false);
  const [libraryOpen, setLibraryOpen] = useState(false);
  const chooseExample = (doc: Blueprint) => {
    setGalleryOpen(false);
    setLibraryOpen(false);
    openAsNewBlueprint(store, doc, false);
  };
  const [chosenTab, setTab] = useState<SideTab>('inspector');
  // A badge, a pin or a menu's "Comment…" asks for the Comments tab.
  useEffect(
    () =>
      commentsUiStore.subscribe((next, before) => {
        if (next.openRequest !== before.openRequest) setTab('comments');
      }),
    [],
  );
  const openComments = useStore(store, (s) => s.doc.comments.filter((c) => !c.resolved).length);
  const [compareOpen, setCompareOpen] = useState(false);
  const [classOpen, setClassOpen] = useState(false);
  const reference = useStore(comparisonStore, (s) => s.reference);
  const comparing = reference !== null;
  const openClassOverview = () => {
    // The open blueprint is the reference unless one is already chosen: open the answer first.
    if (!comparisonStore.getState().reference) compareWith(store.getState().doc);
    setClassOpen(true);
  };
  const tab = chosenTab === 'compare' && !comparing ? 'inspector' : chosenTab;
  const sideTabs: [SideTab, MessageKey][] = comparing
    ? [...SIDE_TABS, ['compare', 'compare.tab']]
    : SIDE_TABS;
  const [reportOpen, setReportOpen] = useState(false);
  const importOpen = useImportOpen();
  const guideStep = useStore(store, (s) => s.doc.guide.step);
  const readOnly = useStore(store, (s) => s.readOnly);
  const tableOpen = useTableViewOpen();
  const theme = useThemeChoice();
  const presenting = usePresenting();

  useAutosave(store);
  useSnapshots(store);
  useOtherTabs();
  useShareLink(store);
  useRoomLinks(store);
  const onFile = useCallback(
    (file: File, handle?: FileSystemFileHandle) => void openFile(store, file, handle),
    [store],
  );
  useFileDrop(onFile);
  useLeaveWarning();
  const canvasMenu = useMemo(() => canvasMenuFor(store), [store]);
  const shortcuts = useMemo(
    () => ({
      save: () => void saveFile(store),
      saveAs: () => void saveFileAs(store),
      open: () =>
        void openWithPicker(store, () =>
          document.querySelector<HTMLInputElement>('[data-testid="open-file-input"]')?.click(),
        ),
    }),
    [store],
  );

  return (
    <EditorContext.Provider value={store}>
      <ReactFlowProvider>
        <KeyboardShortcuts files={shortcuts} />
        <ContextMenuHost />
        <div className={`app${presenting ? ' is-presenting' : ''}`} inert={presenting}>
          <Toolbar
            onNew={() => startNew(store)}
            onLibrary={() => setLibraryOpen(true)}
            onOpenFile={onFile}
            onGuide={() => setTab('guide')}
            onExamples={() => setGalleryOpen(true)}
            onCompare={() => setCompareOpen(true)}
            onClassOverview={openClassOverview}
            guideOpen={tab === 'guide'}
            onReport={() => setReportOpen((open) => !open)}
            reportOpen={reportOpen}
          />
          <RoomBar />
          <AlertBanner />
          <ConflictBanner />
          <ShareBanner onMakeEditable={() => makeEditableCopy(store)} />
          <main className={`workspace${tab === 'guide' ? ' is-wide-panel' : ''}`}>
            <div
              className={`canvas-area${tab === 'guide' ? ` guide-focus guide-step-${guideStep}` : ''}`}
            >
              {tableOpen && !presenting ? (
                <TableView />
              ) : (
                <>
                  <BlueprintCanvas colorMode={theme} menu={canvasMenu} />
                  <EmptyHint onExamples={() => setGalleryOpen(true)} />
                  <SearchBox />
                </>
              )}
            </div>
            <aside className="side-panel">
              <div role="tablist" className="tabs">
                {sideTabs.map(([id, label]) => (
                  <button
                    key={id}
                    type="button"
                    role="tab"
                    aria-selected={tab === id}
                    onClick={() => setTab(id)}
                  >
                    {t(label)}
                    {id === 'comments' && openComments > 0 && (
                      <span className="tab-count"> ({openComments})</span>
                    )}
                  </button>
                ))}
              </div>
              <div role="tabpanel" className="tab-body">
                {tab === 'compare' && (
                  <PanelBoundary area="compare">
                    <ComparePanel />
                  </PanelBoundary>
                )}
                {tab === 'comments' && (
                  <PanelBoundary area="comments">
                    <CommentsPanel />
                  </PanelBoundary>
                )}
                {tab === 'versions' && (
                  <PanelBoundary area="versions">
                    <VersionsPanel />
                  </PanelBoundary>
                )}
                <fieldset
                  className="read-only-fields"
                  disabled={readOnly}
                  hidden={OUTSIDE_FIELDSET.has(tab)}
                >
                  <PanelBoundary key={tab} area={tab}>
                    {tab === 'inspector' && <Inspector />}
                    {tab === 'lanes' && <LanesPanel />}
                    {tab === 'guide' && <GuidePanel />}
                    {tab === 'history' && <HistoryPanel />}
                  </PanelBoundary>
                </fieldset>
              </div>
            </aside>
            {reportOpen && (
              <PanelBoundary area="report" onClose={() => setReportOpen(false)}>
                <ReportView onClose={() => setReportOpen(false)} />
              </PanelBoundary>
            )}
          </main>
          <StatusBar />
        </div>
        {presenting && <PresentMode onExit={stopPresenting} />}
        <PrintView />
        <ShareLiveDialog />
        <NameDialog />
        {libraryOpen && (
          <LibraryView
            onClose={() => setLibraryOpen(false)}
            onExamples={() => setGalleryOpen(true)}
          />
        )}
        {classOpen && reference && (
          <ClassOverview
            reference={reference}
            onChangeReference={() => setCompareOpen(true)}
            onOpen={(doc) => {
              openAsNewBlueprint(store, doc);
              setClassOpen(false);
              setTab('compare');
            }}
            onClose={() => setClassOpen(false)}
          />
        )}
        {compareOpen && (
          <CompareDialog
            onChoose={(reference) => {
              compareWith(reference);
              setCompareOpen(false);
              if (!classOpen) setTab('compare');
            }}
            onClose={() => setCompareOpen(false)}
          />
        )}
        {importOpen && <ImportDialog />}
        {galleryOpen && (
          <ExampleGallery onChoose={chooseExample} onClose={() => setGalleryOpen(false)} />
        )}
      </ReactFlowProvider>
    </EditorContext.Provider>
  );
}
