import type { Dictionary } from '../en';

export const history: Dictionary['history'] = {
  title: 'history',
};
