import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/** Whether the spreadsheet import dialog is open: File ▾ opens it, the dialog closes itself. */
const importStore = createStore<{ open: boolean }>()(() => ({ open: false }));

export const openImport = () => importStore.setState({ open: true });
export const closeImport = () => importStore.setState({ open: false });
export const useImportOpen = () => useStore(importStore, (s) => s.open);
