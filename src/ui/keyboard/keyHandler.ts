import type { ReactFlowInstance } from '@xyflow/react';
import type { EditorStoreApi } from '../../store/createEditorStore';
import type { HandlerName } from './shortcuts';

/**
 * `handled`: the key did its job here; its default action and other listeners are stopped.
 * `pass`: the key goes on as if it were not bound (nothing to act on, or the browser's own
 * action is wanted: Tab out of the canvas, the clipboard events, Escape for an open report).
 */
export type KeyOutcome = 'handled' | 'pass';

export type KeyHandler = (event: KeyboardEvent) => KeyOutcome;

export type KeyHandlers = Record<HandlerName, KeyHandler>;

/** What the handlers work with. */
export interface KeyboardContext {
  store: EditorStoreApi;
  flow: ReactFlowInstance;
  openSheet: () => void;
  /** Says something to screen-reader users (a polite live region). */
  announce: (text: string) => void;
}
