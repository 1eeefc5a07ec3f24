/** English strings of printing the canvas and saving to files (Save, Save as…). */
export const printing = {
  title: 'Printing',
};
