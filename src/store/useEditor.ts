import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { EditorStore, EditorStoreApi } from './createEditorStore';

export const EditorContext = createContext<EditorStoreApi | null>(null);

export function useEditorApi(): EditorStoreApi {
  const api = useContext(EditorContext);
  if (!api) throw new Error('useEditor must be used inside <EditorContext.Provider>');
  return api;
}

/** Subscribes to the smallest slice a component needs. */
export function useEditor<T>(selector: (state: EditorStore) => T): T {
  return useStore(useEditorApi(), selector);
}
