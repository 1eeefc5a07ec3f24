import type { Dictionary } from '../en';

export const history: Dictionary['history'] = {
  title: '历史',
  tab: '历史',
};
