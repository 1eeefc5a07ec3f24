/** English strings of the theme control, the table view and the canvas's accessible names. */
export const a11y = {
  theme: {
    label: 'Theme',
    system: 'System theme',
    light: 'Light theme',
    dark: 'Dark theme',
  },
  lane: {
    header: '{name} lane',
    rename: '{name} lane, rename',
  },
  table: {
    button: 'Table view',
    caption: 'The blueprint as a table: one row per lane, one column per moment in time.',
    hint: 'Each column holds the steps that sit at about the same place in time. Edit a label in its box; F marks a fail point, W a wait step.',
    laneHeader: 'Lane',
    column: 'Column {n}',
    newColumn: 'New column',
    stepLabel: 'Label of step in {lane}, {column}',
    addStep: 'Add step',
    addStepIn: 'Add step in {lane}, {column}',
    failPoint: "Fail point: '{label}'",
    wait: "Wait step: '{label}'",
    noLanes: 'Every lane is hidden. Show lanes in the Lanes tab.',
  },
};
