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
  persona: '针对用户画像：{name}',
  printedOn: '打印于 {date}',

  // 在浏览器能够写回文件时保存到文件（File System Access API）。
  saveAs: '另存为…',
  saveHint: '保存到本蓝图来自的文件，或选择一个文件（Ctrl+S）',
  saveAsHint: '保存为新文件（Ctrl+Shift+S）',
  blueprintFiles: '服务蓝图',
  pngFiles: '含蓝图的 PNG 图片',
  linkedFile: '文件：{file}',
  pickerFailed: '无法打开文件：{reason}',
  writeFailed: '无法写入“{file}”：{reason}。此处的蓝图没有改变；请用“另存为…”选择其他文件。',
};
