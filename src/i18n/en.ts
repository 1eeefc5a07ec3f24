import { guide } from './en/guide';
import { report } from './en/report';
import { share } from './en/share';
import { exporting } from './en/exporting';
import { library } from './en/library';
import { history } from './en/history';
import { printing } from './en/printing';
import { keyboard } from './en/keyboard';
import { crash } from './en/crash';
import { arrange } from './en/arrange';
import { search } from './en/search';
import { present } from './en/present';
import { contextMenu } from './en/contextMenu';
import { a11y } from './en/a11y';
import { room } from './en/room';
import { compare } from './en/compare';
import { classroom } from './en/classroom';
import { comments } from './en/comments';
import { personas } from './en/personas';
import { emotion } from './en/emotion';
import { versions } from './en/versions';
import { spreadsheet } from './en/spreadsheet';

/** English strings: the source of truth. Other locales must provide every key (checked by the compiler). */
export const en = {
  guide,
  report,
  share,
  exporting,
  library,
  history,
  printing,
  keyboard,
  crash,
  arrange,
  search,
  present,
  contextMenu,
  a11y,
  room,
  compare,
  classroom,
  comments,
  personas,
  emotion,
  versions,
  spreadsheet,
  app: {
    name: 'Service Blueprint Studio',
    emptyHint: 'Double-click a lane to add a step, or open an example.',
    openExample: 'Start from an example',
  },
  gallery: {
    button: 'New from example',
    title: 'New from example',
    hint: 'Complete blueprints to learn from. Choosing one starts a new blueprint from it; the example itself never changes. The numbers are illustrative.',
    close: 'Close',
    loading: 'Loading the examples…',
    counts:
      '{steps, plural, one {# step} other {# steps}} · {failPoints, plural, one {# fail point} other {# fail points}} · {waits, plural, one {# wait} other {# waits}}',
  },
  language: {
    label: 'Language',
    en: 'English',
    zhCN: '简体中文',
  },
  canvas: {
    mainToolbar: 'Main toolbar',
    controls: 'Zoom controls',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fitView: 'Fit View',
    minimap: 'Minimap',
    showMinimap: 'Show minimap',
    minimapHint:
      'Arrow keys move the view, Shift with an arrow by a whole screen; + and − zoom. Shift+1 shows the whole blueprint.',
    handle: 'Connection point',
    nodeHelp:
      'Arrow keys and Tab move between steps; Enter edits the label; Delete removes the step. Press ? for every keyboard shortcut.',
    edgeHelp: 'Press Enter or Space to select a flow. Delete removes it, Escape cancels.',
    moved: 'Moved the selected step {direction}. New position x: {x}, y: {y}',
    directions: { up: 'up', down: 'down', left: 'left', right: 'right' },
    flowName: "Flow from '{from}' to '{to}'",
    flowTwoWay: "Flow from '{from}' to '{to}', two-way",
    flowLabelled: "{name}, labelled '{label}'",
  },
  toolbar: {
    title: 'Blueprint title',
    new: 'New',
    open: 'Open',
    save: 'Save',
    exportPng: 'Export PNG',
    undo: 'Undo',
    redo: 'Redo',
    addStep: 'Add step',
    guide: 'Guide',
    report: 'Report',
    exporting: 'Exporting…',
    fileMenu: 'File',
  },
  lanes: {
    evidence: 'Physical evidence',
    customer: 'Customer actions',
    onstage: 'Onstage actions (visible contact employee)',
    backstage: 'Backstage actions (invisible contact employee)',
    support: 'Support processes',
    emotion: 'Customer feelings',
    newCustom: 'New lane',
    untitledBlueprint: 'Untitled blueprint',
    resize: 'Resize lane {name}',
    rename: 'Lane name',
    laneRegion: '{name} lane',
  },
  lines: {
    interaction: 'Line of interaction',
    visibility: 'Line of visibility',
    internal: 'Line of internal interaction',
  },
  step: {
    untitled: 'Untitled step',
    minutes: '{min} min',
    separator: ', ',
    labelEditor: 'Step label',
    failPoint: 'fail point',
    wait: 'wait step',
    ariaName: "Step '{label}', {lane} lane",
    failMarker: 'F',
    waitMarker: 'W',
    failMarkerTitle: 'Fail point',
    waitMarkerTitle: 'Wait step',
  },
  inspector: {
    tab: 'Inspector',
    lanesTab: 'Lanes',
    stepHeading: 'Step',
    flowHeading: 'Flow',
    blueprintHeading: 'Blueprint',
    manySelected: '{count} items selected',
    label: 'Label',
    description: 'Description',
    duration: 'Duration (min)',
    lane: 'Lane',
    failPoint: 'Fail point',
    risk: 'What goes wrong',
    probability: 'Probability (%)',
    costPerFailure: 'Cost per failure',
    recovery: 'Recovery',
    owner: 'Owner',
    wait: 'Wait step',
    expectedWait: 'Expected wait (min)',
    tolerance: 'Tolerance (min)',
    overTolerance: 'The expected wait is longer than customers tolerate.',
    flowLabel: 'Flow label',
    twoWay: 'Two-way',
    from: 'From',
    to: 'To',
    deleteStep: 'Delete step',
    deleteFlow: 'Delete flow',
    service: 'Service',
    customerSegment: 'Customer segment',
    scenario: 'Scenario',
    author: 'Drawn by',
    hint: 'Select a step or a flow to edit it.',
    invalidNumber: '{field}: enter a number from {min} to {max}.',
  },
  lanePanel: {
    heading: 'Lanes',
    name: 'Name of lane {index}',
    height: 'Height of {name}',
    show: 'Show {name}',
    moveUp: 'Move {name} up',
    moveDown: 'Move {name} down',
    remove: 'Remove {name}',
    add: 'Add lane',
    removeConfirm:
      'Remove the lane "{name}" and its {count, plural, one {# step} other {# steps}}?',
    standard: 'standard',
    custom: 'custom',
  },
  status: {
    savedAt: 'Saved in this browser {time}',
    notSavedFull: 'Not saved — browser storage is full. Use Save to keep a file.',
    notSavedUnavailable: 'Not saved — browser storage is unavailable. Use Save to keep a file.',
    pending: 'Saving…',
    counts:
      '{steps, plural, one {# step} other {# steps}} · {failPoints, plural, one {# fail point} other {# fail points}} · {waits, plural, one {# wait} other {# waits}}',
    unsavedFile: 'Changes not saved to a file',
  },
  errors: {
    dismiss: 'Dismiss',
    openFailed: 'Could not open "{file}": {reason}. Your blueprint was not changed.',
    tooLarge: 'the file is {size} MB; the limit is {limit} MB',
    unreadable: 'the file could not be read',
    storageFull:
      'Browser storage is full, so your latest changes are kept only in this tab. Use Save to download a file.',
    storageUnavailable:
      'This browser does not allow storage for this page, so your work is kept only in this tab. Use Save to download a file.',
    corruptAutosave:
      'Your last autosave could not be read ({reason}). It was kept aside in this browser under "{key}", and a new blueprint was started.',
    exportFailed: 'Export failed: {reason}. Your blueprint was not changed.',
    exportScaled: 'The blueprint is too large for a {scale}× image; it was exported at {used}×.',
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Dictionary = Widen<typeof en>;
