/** English strings of autosave snapshots and the History list. */
export const history = {
  title: 'History',
  tab: 'History',
};
