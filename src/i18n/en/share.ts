/** English strings of share links: a blueprint in the URL, opened read-only. */
export const share = {
  copyLink: 'Copy share link',
  copied: 'Link copied',
  banner: 'Shared blueprint — read only',
  bannerDetail:
    'Opened from a link. Your own blueprint is kept in this browser as it was; nothing here changes it.',
  makeEditable: 'Make an editable copy',
  tooLong:
    'This blueprint is too long for a share link ({size} KB of link; the limit is {limit} KB). Use Save to share it as a file instead.',
  openFailed: 'Could not open the share link: {reason}. Your own blueprint is shown, unchanged.',
  damaged: 'the link is damaged or incomplete (was it cut short when it was copied?)',
  tooLarge: 'the blueprint in it is larger than {limit} MB',
  manualTitle: 'Copy the share link',
  manualHint:
    'This browser did not allow copying. The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  linkField: 'Share link',
  close: 'Close',
};
