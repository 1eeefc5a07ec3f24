import { createStore } from 'zustand/vanilla';

/** Which library blueprint this tab is editing (null while a share link is shown read-only). */
export interface CurrentBlueprintState {
  currentId: string | null;
}

export const currentBlueprintStore = createStore<CurrentBlueprintState>(() => ({
  currentId: null,
}));
