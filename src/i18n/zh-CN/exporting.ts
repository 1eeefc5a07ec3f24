import type { Dictionary } from '../en';

/** 导出菜单（PNG、SVG、剪贴板）以及打开导出的 PNG 时的简体中文文本。 */
export const exporting: Dictionary['exporting'] = {
  menu: '导出',
  pngOptions: 'PNG 选项',
  scale: '缩放倍数',
  scaleOption: '{scale} 倍',
  transparent: '透明背景',
  exportSvg: '导出 SVG',
  copyPng: '复制为 PNG',
  copying: '正在复制…',
  copied: '已将蓝图作为 PNG 图片复制到剪贴板。',
  copyUnavailable: '此浏览器不允许网页把图片放到剪贴板。请改用“导出 PNG”。',
  copyRefused: '浏览器不允许把图片复制到剪贴板（{reason}）。请改用“导出 PNG”。',
  noBlueprint: '这张图片中没有蓝图（只能打开本工具导出的 PNG 图片）',
  damagedBlueprint: '这张图片中的蓝图已损坏',
  notPng: '文件名表明这是 PNG 图片，但内容并不是',
};
