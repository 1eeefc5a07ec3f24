import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/** Whether the table view stands in for the canvas: view state, never in the document. */
export const tableViewStore = createStore<{ open: boolean }>()(() => ({ open: false }));

export function useTableViewOpen(): boolean {
  return useStore(tableViewStore, (s) => s.open);
}

export function toggleTableView(): void {
  tableViewStore.setState((s) => ({ open: !s.open }));
}
