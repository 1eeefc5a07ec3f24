/** English strings of presentation mode: a walk through the customer journey. */
export const present = {
  button: 'Present',
  buttonHint: 'Walk through the customer journey, full screen',
  dialog: 'Presentation',
  previous: 'Previous',
  next: 'Next',
  exit: 'Exit presentation',
  counterSpoken: 'Customer action {n} of {m}',
  keys: '→ or Space: next · ←: back · Home / End: first / last · Esc: exit',
  noJourney:
    'This blueprint has no customer actions yet: add steps to the customer actions lane to walk through the journey.',
  notesHeading: 'Fail points and waits',
  noNotes: 'No fail points or waits here.',
  failNote: 'Fail point: {risk}',
  riskUnknown: 'what goes wrong is not described yet',
  recovery: 'Recovery: {recovery}',
  waitNote: 'Wait: about {expected} min; customers accept {tolerance} min',
  waitTooLong: 'Longer than customers accept.',
  linkedHeading: 'Linked steps',
  noLinked: 'No steps are linked to this action yet.',
};
