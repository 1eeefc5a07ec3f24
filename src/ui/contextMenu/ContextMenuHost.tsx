import { useCallback, useEffect, useMemo, useState } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEditorApi } from '../../store/useEditor';
import type { KeyboardContext } from '../keyboard/keyHandler';
import { ContextMenu } from './ContextMenu';
import { hasStepsToPaste } from './menuActions';
import { menuContent, type MenuEntry } from './menuEntries';
import { closeMenu, useMenuRequest } from './menuRequest';

/**
 * Shows the context menu that was asked for (menuRequest.ts) with the commands for what it was
 * opened on, and says what some of them did to screen-reader users. Lives inside the canvas's
 * provider: the commands place things on the canvas and pan it.
 */
export function ContextMenuHost() {
  const request = useMenuRequest();
  const store = useEditorApi();
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const [message, setMessage] = useState('');
  const announce = useCallback(
    (text: string) => setMessage((previous) => (previous === text ? `${text}\u00a0` : text)),
    [],
  );
  const ctx = useMemo<KeyboardContext>(
    () => ({ store, flow, openSheet: () => undefined, announce }),
    [store, flow, announce],
  );
  const pane = useCallback(() => {
    const { width, height, minZoom, maxZoom } = flowStore.getState();
    return { width, height, minZoom, maxZoom };
  }, [flowStore]);

  // Whether Paste can do anything is known only after asking the clipboard (per opening).
  const [pasteFor, setPasteFor] = useState<number | null>(null);
  const serial = request?.serial;
  useEffect(() => {
    if (serial === undefined) return;
    let live = true;
    void hasStepsToPaste().then((yes) => live && yes && setPasteFor(serial));
    return () => {
      live = false;
    };
  }, [serial]);

  // A closed menu stays closed when the editor is drawn anew (another language, another file).
  useEffect(() => closeMenu, []);

  const dismiss = useCallback(
    (returnFocus: boolean) => {
      const target = request?.returnFocus;
      closeMenu();
      if (returnFocus && target?.isConnected) target.focus({ preventScroll: true });
    },
    [request],
  );

  const activate = useCallback(
    (entry: MenuEntry) => {
      // Focus goes back first, so that a command which moves it (a new card's label, a lane's
      // name, a pasted card) has the last word.
      dismiss(true);
      entry.run();
    },
    [dismiss],
  );

  const content =
    request && menuContent({ ctx, pane, canPaste: pasteFor === request.serial }, request);
  return (
    <>
      {request && content && (
        <ContextMenu
          key={request.serial}
          label={content.label}
          entries={content.entries}
          x={request.x}
          y={request.y}
          onActivate={activate}
          onDismiss={dismiss}
        />
      )}
      <div className="sr-only" role="status" aria-live="polite">
        {message}
      </div>
    </>
  );
}
