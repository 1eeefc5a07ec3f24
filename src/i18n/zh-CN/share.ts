import type { Dictionary } from '../en';

/** 分享链接的简体中文文本：蓝图放在网址里，以只读方式打开。 */
export const share: Dictionary['share'] = {
  copyLink: '复制分享链接',
  copied: '链接已复制',
  banner: '分享的蓝图——只读',
  bannerDetail: '这是从链接打开的蓝图。你自己的蓝图仍原样保存在此浏览器中，这里的操作不会改变它。',
  makeEditable: '创建可编辑副本',
  tooLong:
    '这张蓝图太长，无法放进分享链接（链接 {size} KB，上限 {limit} KB）。请改用“保存”，以文件形式分享。',
  openFailed: '无法打开分享链接：{reason}。显示的是你自己的蓝图，未作任何改动。',
  damaged: '链接已损坏或不完整（复制时是否被截断了？）',
  tooLarge: '其中的蓝图超过 {limit} MB',
  manualTitle: '复制分享链接',
  manualHint: '此浏览器不允许复制。链接已选中：按 Ctrl+C（Mac 上按 ⌘C）即可复制。',
  linkField: '分享链接',
  close: '关闭',
};
