/** English strings of arranging steps (align, distribute, tidy up, snap) and multi-step editing. */
export const arrange = {
  group: 'Arrange',
  align: 'Align to column',
  distribute: 'Distribute evenly',
  tidy: 'Tidy up',
  snap: 'Snap to grid',
  heading: '{count} steps selected',
  hint: 'A change here applies to every selected step. “Mixed”: the steps differ.',
  mixed: 'Mixed',
  mixedLane: '— Mixed —',
  selfService: 'Self-service (no staff involved)',
  aligned: 'Aligned {count} steps',
  distributed: 'Distributed {count} steps',
  tidied: 'Tidied up the blueprint',
};
