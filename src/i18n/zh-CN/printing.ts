import type { Dictionary } from '../en';

export const printing: Dictionary['printing'] = {
  title: 'printing',
};
