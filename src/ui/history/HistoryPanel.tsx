/** The History tab: autosave snapshots of the current blueprint, each restorable (placeholder). */
export function HistoryPanel() {
  return null;
}
