/** English strings of autosave snapshots and the History list. */
export const history = {
  title: 'History',
  tab: 'History',
  intro:
    'Earlier versions of this blueprint, kept in this browser a moment after each change. Older ones are thinned out; up to 20 are kept.',
  listLabel: 'Earlier versions, newest first',
  empty: 'No versions yet. One is kept a couple of seconds after each change.',
  loading: 'Loading versions…',
  noBlueprint:
    'A blueprint opened from a link has no history here. Make an editable copy to start keeping versions of it.',
  unavailable:
    'History is not available in this browser: it does not let this page keep earlier versions (some private windows do this). Your blueprint is still saved automatically.',
  full: 'New versions cannot be kept: the browser’s storage is full. The versions listed are still there.',
  steps: '{count, plural, one {# step} other {# steps}}',
  untitled: 'Untitled',
  current: 'Current',
  currentHint: 'The same as the blueprint on the canvas now',
  restore: 'Restore',
  restoreLabel: 'Restore version from {time}',
  restored: 'Restored the version from {time}. Undo brings back what you had before.',
  damaged:
    'The version from {time} could not be restored ({reason}). Your blueprint was not changed.',
  missing: 'The version from {time} is no longer kept. Your blueprint was not changed.',
  unavailableRestore:
    'The version from {time} could not be read: this browser no longer lets the page reach its earlier versions. Your blueprint was not changed.',
};
