import { useCallback, useMemo, useState } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEditorApi } from '../../store/useEditor';
import { useClipboard } from '../clipboard/useClipboard';
import { fileKeys, useShortcuts, type FileShortcuts } from '../useShortcuts';
import { editKeys } from './editKeys';
import { arrangeKeys } from './arrangeKeys';
import type { KeyboardContext, KeyHandlers } from './keyHandler';
import { navigationKeys } from './navigationKeys';
import { ShortcutsSheet } from './ShortcutsSheet';
import { useKeyboardFocusKeeping } from './useKeyboardFocusKeeping';
import { viewKeys } from './viewKeys';
import { searchKeys } from '../search/searchKeys';
import { contextMenuKeys } from '../contextMenu/contextMenuKeys';
import './keyboard.css';

/**
 * The editor's keyboard: every binding of the shortcut table wired to its handler, the "?"
 * sheet, and a live region that tells screen-reader users what copy and paste did. Lives inside
 * the canvas's provider, since moving the selection pans and zooms the canvas.
 */
export function KeyboardShortcuts({ files }: { files: FileShortcuts }) {
  const store = useEditorApi();
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const [sheetOpen, setSheetOpen] = useState(false);
  const [message, setMessage] = useState('');
  // The same words twice in a row are still said twice: the text must change.
  const announce = useCallback(
    (text: string) => setMessage((previous) => (previous === text ? `${text}\u00a0` : text)),
    [],
  );
  const ctx = useMemo<KeyboardContext>(
    () => ({ store, flow, openSheet: () => setSheetOpen(true), announce }),
    [store, flow, announce],
  );
  const clipboard = useClipboard(ctx);
  const handlers = useMemo<KeyHandlers>(() => {
    const pane = () => {
      const { width, height, minZoom, maxZoom } = flowStore.getState();
      return { width, height, minZoom, maxZoom };
    };
    return {
      ...navigationKeys(ctx),
      ...editKeys(ctx),
      ...arrangeKeys(ctx),
      ...viewKeys(ctx, pane),
      ...clipboard,
      ...fileKeys(files),
      ...searchKeys(),
      ...contextMenuKeys(ctx),
    };
  }, [ctx, clipboard, files, flowStore]);
  useShortcuts(handlers);
  useKeyboardFocusKeeping();

  return (
    <>
      {sheetOpen && <ShortcutsSheet onClose={() => setSheetOpen(false)} />}
      <div className="sr-only" role="status" aria-live="polite">
        {message}
      </div>
    </>
  );
}
