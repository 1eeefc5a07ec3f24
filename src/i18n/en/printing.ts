/** English strings of printing the canvas and saving to files (Save, Save as…). */
export const printing = {
  // Printing the canvas: the "Print…" menu, its paper sizes and the printed page's header.
  print: 'Print…',
  printHint: 'Print the whole blueprint on one landscape page (Ctrl+P)',
  paperMenu: 'Paper size',
  paperA4: 'A4 landscape',
  paperA3: 'A3 landscape',
  untitled: 'Untitled blueprint',
  service: 'Service: {service}',
  segment: 'Customer: {segment}',
  persona: 'Drawn for: {name}',
  printedOn: 'Printed {date}',

  // Saving to files where the browser can write back to them (File System Access API).
  saveAs: 'Save as…',
  saveHint: 'Save to the file this blueprint came from, or pick one (Ctrl+S)',
  saveAsHint: 'Save to a new file (Ctrl+Shift+S)',
  blueprintFiles: 'Service blueprint',
  pngFiles: 'PNG with a blueprint',
  linkedFile: 'File: {file}',
  pickerFailed: 'The file could not be opened: {reason}',
  writeFailed:
    'Could not write to "{file}": {reason}. Your blueprint is unchanged here; use Save as… to pick another file.',
};
