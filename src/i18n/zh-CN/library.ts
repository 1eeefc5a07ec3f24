import type { Dictionary } from '../en';

export const library: Dictionary['library'] = {
  title: 'library',
};
