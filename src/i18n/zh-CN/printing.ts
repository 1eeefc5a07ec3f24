import type { Dictionary } from '../en';

/** 打印画布以及保存到文件（保存、另存为…）的简体中文文本。 */
export const printing: Dictionary['printing'] = {
  // 打印画布：“打印…”菜单、纸张大小和打印页的页眉。
  print: '打印…',
  printHint: '将整张蓝图打印在一张横向页面上（Ctrl+P）',
  paperMenu: '纸张大小',
  paperA4: 'A4 横向',
  paperA3: 'A3 横向',
  untitled: '未命名蓝图',
  service: '服务：{service}',
  segment: '服务对象：{segment}',
  printedOn: '打印于 {date}',
};
