/** English strings of the blueprint library: many blueprints in this browser, trash, storage meter, other tabs. */
export const library = {
  title: 'Library',
};
