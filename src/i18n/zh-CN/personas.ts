import type { Dictionary } from '../en';

/** 用户画像：顾客是谁，以及蓝图针对哪一个。 */
export const personas: Dictionary['personas'] = {
  choose: '用户画像',
  none: '— 无 —',
  edit: '用户画像…',
  title: '用户画像',
  hint: '顾客是谁：每个用户画像或细分群体一张卡片。蓝图针对第 1 步中选定的那一个。',
  add: '添加用户画像',
  close: '关闭',
  card: '用户画像 {name}',
  unnamed: '未命名画像',
  name: '名称',
  description: '简介',
  goals: '目标',
  pains: '痛点',
  picture: '{name}的图片',
  choosePicture: '选择图片…',
  pictureFile: '图片文件',
  removePicture: '移除图片',
  delete: '删除用户画像',
  empty: '还没有用户画像。',
  drawnFor: '针对',
  pictureTooLarge: '“{file}”超过 {max} KB：请选择更小的图片。',
  pictureNotImage: '“{file}”不是 PNG、JPEG、WebP 或 GIF 图片。',
};
