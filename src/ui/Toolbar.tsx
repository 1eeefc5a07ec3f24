import { useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import {
  LANE_HEADER_WIDTH,
  laneBands,
  STEP_MIN_HEIGHT,
  STEP_TOP_PADDING,
  STEP_WIDTH,
  ops,
} from '../model';
import { useEditor, useEditorApi } from '../store/useEditor';
import { selectCanRedo, selectCanUndo } from '../store/selectors';
import { t } from '../i18n/t';
import { openWithPicker, saveFile } from '../session/fileSession';
import { placeForNewStep } from './addStepAction';
import { ExportMenu } from './ExportMenu';
import { FileMenu } from './menus/FileMenu';
import { TableViewButton } from './table/TableViewButton';
import { PresentButton } from './present/PresentButton';
import { ArrangeTools } from './arrange/ArrangeTools';
import './versions/versionTag.css';

interface ToolbarProps {
  onNew: () => void;
  onLibrary: () => void;
  onOpenFile: (file: File) => void;
  onGuide: () => void;
  onExamples: () => void;
  onCompare: () => void;
  onClassOverview: () => void;
  guideOpen: boolean;
  onReport: () => void;
  reportOpen: boolean;
}

export function Toolbar({
  onNew,
  onLibrary,
  onOpenFile,
  onGuide,
  onExamples,
  onCompare,
  onClassOverview,
  guideOpen,
  onReport,
  reportOpen,
}: ToolbarProps) {
  const api = useEditorApi();
  const title = useEditor((s) => s.doc.title);
  const version = useEditor((s) => ops.currentVersion(s.doc));
  const readOnly = useEditor((s) => s.readOnly);
  const canUndo = useEditor(selectCanUndo);
  const canRedo = useEditor(selectCanRedo);
  const fileInput = useRef<HTMLInputElement>(null);
  const { setCenter, getViewport, flowToScreenPosition } = useReactFlow();

  /** Pans only when the new card would be out of sight: a view that jumps is disorienting. */
  const revealCard = (x: number, y: number) => {
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!pane) return;
    const topLeft = flowToScreenPosition({ x, y });
    const bottomRight = flowToScreenPosition({ x: x + STEP_WIDTH, y: y + STEP_MIN_HEIGHT });
    const inside =
      topLeft.x >= pane.left + LANE_HEADER_WIDTH &&
      topLeft.y >= pane.top &&
      bottomRight.x <= pane.right &&
      bottomRight.y <= pane.bottom;
    if (!inside)
      setCenter(x + STEP_WIDTH / 2, y + STEP_MIN_HEIGHT / 2, {
        zoom: getViewport().zoom,
        duration: 200,
      });
  };

  const addStep = () => {
    const { doc, selection } = api.getState();
    const place = placeForNewStep(doc, selection);
    if (!place) return;
    const id = api.getState().addStep(place.lane, place.x);
    api.getState().setEditingStep(id);
    const band = laneBands(api.getState().doc.lanes).find((b) => b.lane.id === place.lane);
    if (band) revealCard(place.x, band.top + STEP_TOP_PADDING);
  };

  return (
    // The banner landmark holds the toolbar; the app's name is the page's heading.
    <header className="app-banner">
      <div className="toolbar" role="toolbar" aria-label={t('canvas.mainToolbar')}>
        <h1 className="app-name">{t('app.name')}</h1>
        <input
          className="title-input"
          aria-label={t('toolbar.title')}
          value={title}
          readOnly={readOnly}
          onChange={(e) => api.getState().setTitle(e.target.value, 'title')}
        />
        {version && (
          <span
            className={`version-tag is-${version.kind}`}
            data-testid="version-tag"
            title={t('versions.name')}
          >
            {version.name || t('versions.untitled')}
          </span>
        )}
        <div className="toolbar-group">
          <button type="button" onClick={onLibrary}>
            {t('library.button')}
          </button>
          <button type="button" onClick={onNew}>
            {t('toolbar.new')}
          </button>
          <button
            type="button"
            onClick={() => void openWithPicker(api, () => fileInput.current?.click())}
          >
            {t('toolbar.open')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,.blueprint.json,application/json,.png,image/png"
            hidden
            data-testid="open-file-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) onOpenFile(file);
            }}
          />
          <button type="button" title={t('printing.saveHint')} onClick={() => void saveFile(api)}>
            {t('toolbar.save')}
          </button>
          <FileMenu
            onExamples={onExamples}
            onCompare={onCompare}
            onClassOverview={onClassOverview}
          />
          <ExportMenu />
        </div>
        <div className="toolbar-group">
          <button
            type="button"
            onClick={() => api.getState().undo()}
            disabled={!canUndo}
            className="icon-button"
            aria-label={t('toolbar.undo')}
            title={`${t('toolbar.undo')} (Ctrl+Z)`}
          >
            <span aria-hidden="true">↶</span>
          </button>
          <button
            type="button"
            onClick={() => api.getState().redo()}
            disabled={!canRedo}
            className="icon-button"
            aria-label={t('toolbar.redo')}
            title={`${t('toolbar.redo')} (Ctrl+Shift+Z)`}
          >
            <span aria-hidden="true">↷</span>
          </button>
        </div>
        <ArrangeTools />
        <div className="toolbar-group">
          <button type="button" aria-pressed={guideOpen} onClick={onGuide}>
            {t('toolbar.guide')}
          </button>
          <button type="button" aria-pressed={reportOpen} onClick={onReport}>
            {t('toolbar.report')}
          </button>
          <TableViewButton />
          <PresentButton />
        </div>
        <div className="toolbar-group">
          <button
            type="button"
            className="primary"
            onClick={addStep}
            disabled={reportOpen || readOnly}
          >
            {t('toolbar.addStep')}
          </button>
        </div>
      </div>
    </header>
  );
}
