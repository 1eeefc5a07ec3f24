import { blueprintBounds, STEP_MIN_HEIGHT } from '../../model';
import type { KeyboardContext, KeyHandlers } from './keyHandler';
import { contentBounds, FIT_INSETS, fitViewport } from './fitViewport';

/** Zoom keys, Shift+1 to fit, Space to pan, and "?" for the shortcuts sheet. */

type ViewHandlers = Pick<
  KeyHandlers,
  'zoomIn' | 'zoomOut' | 'zoomReset' | 'fitBlueprint' | 'panWithSpace' | 'showShortcuts'
>;

/** The pane's size and zoom limits, from the canvas. */
export interface PaneInfo {
  width: number;
  height: number;
  minZoom: number;
  maxZoom: number;
}

/** While Space is held, a drag that starts on a card pans too (see keyboard.css). */
export const SPACE_PANNING_CLASS = 'is-space-panning';

export function setSpacePanning(on: boolean): void {
  document.querySelector('.react-flow')?.classList.toggle(SPACE_PANNING_CLASS, on);
}

export function viewKeys(ctx: KeyboardContext, pane: () => PaneInfo): ViewHandlers {
  /** The viewport is saved with the document (but never an undo step). */
  const keepView = () => ctx.store.getState().setView(ctx.flow.getViewport());
  return {
    zoomIn() {
      void ctx.flow.zoomIn({ duration: 0 }).then(keepView);
      return 'handled';
    },
    zoomOut() {
      void ctx.flow.zoomOut({ duration: 0 }).then(keepView);
      return 'handled';
    },
    zoomReset() {
      void ctx.flow.zoomTo(1, { duration: 0 }).then(keepView);
      return 'handled';
    },
    fitBlueprint() {
      const { doc } = ctx.store.getState();
      const height = (id: string) =>
        ctx.flow.getInternalNode(id)?.measured.height ?? STEP_MIN_HEIGHT;
      const bounds = contentBounds(blueprintBounds(doc, (step) => height(step.id)));
      const { width, height: paneHeight, minZoom, maxZoom } = pane();
      const view = fitViewport(bounds, { width, height: paneHeight }, FIT_INSETS, {
        min: minZoom,
        max: maxZoom,
      });
      void ctx.flow.setViewport(view, { duration: 0 }).then(keepView);
      return 'handled';
    },
    panWithSpace() {
      setSpacePanning(true);
      // React Flow pans while Space is down; it needs to see the key too.
      return 'pass';
    },
    showShortcuts() {
      ctx.openSheet();
      return 'handled';
    },
  };
}
