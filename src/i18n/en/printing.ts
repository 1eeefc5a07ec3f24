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
  printedOn: 'Printed {date}',
};
