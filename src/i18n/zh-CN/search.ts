import type { Dictionary } from '../en';

/** 搜索框（Ctrl+F）的简体中文文本。 */
export const search: Dictionary['search'] = {
  label: '搜索步骤',
  placeholder: '查找步骤…',
  hint: '按标签或备注查找步骤。Enter：下一个；Shift+Enter：上一个；Esc：关闭。在此框中再按一次 Ctrl+F 可打开浏览器自带的查找。',
  position: '第 {n} 个，共 {m} 个',
  count: '找到 {count} 个',
  noMatches: '没有找到',
  previous: '上一个匹配',
  next: '下一个匹配',
  close: '关闭搜索',
};
