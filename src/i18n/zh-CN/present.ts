import type { Dictionary } from '../en';

/** 演示模式（沿顾客旅程逐步讲解）的简体中文文本。 */
export const present: Dictionary['present'] = {
  button: '演示',
  buttonHint: '全屏逐步讲解顾客旅程',
  dialog: '演示',
  previous: '上一步',
  next: '下一步',
  exit: '退出演示',
  counterSpoken: '第 {n} 个顾客行为，共 {m} 个',
  keys: '→ 或空格：下一步 · ←：上一步 · Home / End：第一步 / 最后一步 · Esc：退出',
  noJourney: '此蓝图还没有顾客行为：在“顾客行为”泳道中添加步骤后即可沿旅程讲解。',
  notesHeading: '失败点与等待点',
  noNotes: '此处没有失败点或等待点。',
  failNote: '失败点：{risk}',
  riskUnknown: '尚未说明会出什么问题',
  recovery: '补救措施：{recovery}',
  waitNote: '等待：约 {expected} 分钟；顾客可接受 {tolerance} 分钟',
  waitTooLong: '超出顾客可接受的时间。',
  linkedHeading: '相关步骤',
  noLinked: '还没有步骤与此行为相连。',
};
