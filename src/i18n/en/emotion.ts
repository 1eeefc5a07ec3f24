/** English strings of the emotion lane: how the customer feels along the journey. */
export const emotion = {
  addLane: 'Add emotion lane',
  hasLane: 'This blueprint has its emotion lane.',
  laneHint:
    'The emotion lane shows how the customer feels at each customer action, from −2 (very unhappy) to +2 (delighted). Drag a point up or down, or focus it and use the arrow keys.',
  point: 'Feeling at “{label}”',
  unset: 'not set',
  levels: {
    m2: '−2: very unhappy',
    m1: '−1: unhappy',
    z0: '0: neutral',
    p1: '+1: pleased',
    p2: '+2: delighted',
  },
  failDip: 'at a fail point',
  inspectorFeeling: 'Customer feeling',
  inspectorNone: '— not set —',
  inspectorNote: 'Why they feel so',
};
