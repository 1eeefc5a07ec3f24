import type { Dictionary } from '../en';

/** 情绪泳道：顾客在旅程中每一步的感受。 */
export const emotion: Dictionary['emotion'] = {
  addLane: '添加情绪泳道',
  hasLane: '此蓝图已有情绪泳道。',
  laneHint:
    '情绪泳道显示顾客在每个顾客行为时的感受，从 −2（非常不满）到 +2（非常满意）。上下拖动圆点，或选中后用方向键调整。',
  point: '“{label}”时的感受',
  unset: '未设置',
  levels: {
    m2: '−2：非常不满',
    m1: '−1：不满',
    z0: '0：一般',
    p1: '+1：满意',
    p2: '+2：非常满意',
  },
  failDip: '处于失败点',
  inspectorFeeling: '顾客感受',
  inspectorNone: '— 未设置 —',
  inspectorNote: '原因',
};
