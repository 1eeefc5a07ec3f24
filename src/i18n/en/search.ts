/** English strings of the search box (Ctrl+F). */
export const search = {
  label: 'Search steps',
  placeholder: 'Find steps…',
  hint: 'Finds steps by their label or notes. Enter: next match; Shift+Enter: previous; Escape: close. Ctrl+F again in this box opens the browser’s own find.',
  position: '{n} of {m}',
  count: '{count, plural, one {# match} other {# matches}}',
  noMatches: 'No matches',
  previous: 'Previous match',
  next: 'Next match',
  close: 'Close search',
};
