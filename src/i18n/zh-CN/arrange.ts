import type { Dictionary } from '../en';

/** 排列步骤（对齐、均匀分布、整理、吸附）以及同时编辑多个步骤的简体中文文本。 */
export const arrange: Dictionary['arrange'] = {
  group: '排列',
  align: '对齐到同一列',
  distribute: '均匀分布',
  tidy: '整理布局',
  snap: '吸附到网格',
  heading: '已选中 {count} 个步骤',
  hint: '这里的修改会作用于所有选中的步骤。“不一致”表示这些步骤的值各不相同。',
  mixed: '不一致',
  mixedLane: '— 不一致 —',
  selfService: '自助（无员工参与）',
  aligned: '已对齐 {count} 个步骤',
  distributed: '已均匀分布 {count} 个步骤',
  tidied: '已整理蓝图布局',
};
