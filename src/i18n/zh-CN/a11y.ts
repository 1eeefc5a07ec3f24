import type { Dictionary } from '../en';

/** 主题切换、表格视图以及画布无障碍名称的简体中文文本。 */
export const a11y: Dictionary['a11y'] = {
  theme: {
    label: '主题',
    system: '跟随系统主题',
    light: '浅色主题',
    dark: '深色主题',
  },
  lane: {
    header: '{name}泳道',
    rename: '{name}泳道，重命名',
  },
  table: {
    button: '表格视图',
    caption: '以表格呈现的蓝图：每行一条泳道，每列一个时间点。',
    hint: '每一列包含时间上位置相近的步骤。在输入框中编辑标签；F 标记失败点，W 标记等待点。',
    laneHeader: '泳道',
    column: '第 {n} 列',
    newColumn: '新的一列',
    stepLabel: '{lane}{column}步骤的标签',
    addStep: '添加步骤',
    addStepIn: '在{lane}的{column}添加步骤',
    failPoint: '失败点：“{label}”',
    wait: '等待点：“{label}”',
    noLanes: '所有泳道都已隐藏。请在“泳道”标签页中显示泳道。',
  },
};
