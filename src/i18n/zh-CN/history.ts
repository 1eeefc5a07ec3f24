import type { Dictionary } from '../en';

/** 自动保存的历史版本及“历史”列表的简体中文文本。 */
export const history: Dictionary['history'] = {
  title: '历史',
  tab: '历史',
  intro:
    '这张蓝图的早先版本：每次修改后稍候片刻，便自动保存在本浏览器中。较早的版本会逐步精简，最多保留 20 个。',
  listLabel: '早先版本，最新的在前',
  empty: '还没有保留任何版本。每次修改后几秒钟，会自动保留一个版本。',
  loading: '正在读取版本…',
  noBlueprint: '从链接打开的蓝图在这里没有历史版本。创建可编辑副本后，即可开始保留它的版本。',
  unavailable:
    '此浏览器无法使用历史版本：它不允许本页面保留早先的版本（某些无痕窗口会这样）。你的蓝图仍会自动保存。',
  full: '浏览器存储空间已满，无法保留新的版本。下面列出的版本仍然保留着。',
  steps: '{count} 个步骤',
  untitled: '未命名',
  current: '当前',
  currentHint: '与画布上现在的蓝图相同',
  restore: '恢复',
  restoreLabel: '恢复 {time} 的版本',
  restored: '已恢复 {time} 的版本。点击“撤销”即可回到恢复之前的内容。',
  damaged: '无法恢复 {time} 的版本（{reason}）。你的蓝图没有任何改动。',
  missing: '{time} 的版本已不再保留。你的蓝图没有任何改动。',
  unavailableRestore:
    '无法读取 {time} 的版本：此浏览器已不允许本页面读取早先的版本。你的蓝图没有任何改动。',
};
