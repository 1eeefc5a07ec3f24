/** English strings of live rooms: one blueprint edited by a class or a team at once. */
export const room = {
  shareLive: 'Share live…',
  leave: 'Leave live room',
  dialogTitle: 'Share live',
  dialogHint:
    'Everyone who opens the edit link edits this blueprint with you, live. The view-only link lets people watch; the room server refuses their edits.',
  editLink: 'Edit link',
  viewLink: 'View-only link',
  copyEditLink: 'Copy edit link',
  copyViewLink: 'Copy view-only link',
  copied: 'Copied',
  showQr: 'QR code for',
  qrEdit: 'QR code of the edit link',
  qrView: 'QR code of the view-only link',
  close: 'Close',
  namePrompt: 'Your name in the room',
  nameHint: 'Others in the room see it beside your cursor. It is remembered in this browser.',
  nameField: 'Name',
  join: 'Join',
  cancel: 'Cancel',
  nameRequired: 'Type a name to join.',
  joining: 'Joining the live room…',
  peopleMore: '+{count} more',
  defaultName: 'Guest {n}',
  status: {
    connecting: 'Live room: connecting…',
    connected: 'Live room',
    offline:
      'Live room: offline. Your edits are kept in this browser and merge when the connection returns.',
    unreachable:
      'The live room server cannot be reached right now. You can keep editing; your edits merge when it is back.',
    refused: 'The live room refused this link: {reason}',
  },
  viewOnly: 'Live room — view only',
  viewOnlyDetail: 'You are watching. Edits are made by the people with the edit link.',
  people: '{count} in the room',
  peopleList: 'People in the room',
  you: '{name} (you)',
  watching: 'watching',
  editedStepDeleted: 'Someone in the room deleted the step you were editing.',
  versionSwitched:
    'Someone in the room switched to the version “{name}”. Everyone in the room sees the same version.',
  invalidDocument:
    'The live room sent a blueprint that is not valid ({reason}). It was not shown, and your library copy is unchanged.',
  emptyRoom:
    'This live room has no blueprint (the link may be wrong or incomplete). Your own blueprint is shown, unchanged.',
  badLink: 'This live room link is damaged or incomplete. Your own blueprint is shown, unchanged.',
  left: 'You left the live room. A copy of the blueprint is kept in your library.',
  cursorOf: '{name}’s cursor',
  selectedBy: 'selected by {name}',
};
