import type { Dictionary } from './en';
import { guide } from './zh-CN/guide';
import { report } from './zh-CN/report';
import { share } from './zh-CN/share';
import { exporting } from './zh-CN/exporting';
import { library } from './zh-CN/library';
import { history } from './zh-CN/history';
import { printing } from './zh-CN/printing';
import { keyboard } from './zh-CN/keyboard';
import { crash } from './zh-CN/crash';
import { arrange } from './zh-CN/arrange';
import { search } from './zh-CN/search';
import { present } from './zh-CN/present';
import { contextMenu } from './zh-CN/contextMenu';
import { a11y } from './zh-CN/a11y';
import { room } from './zh-CN/room';
import { compare } from './zh-CN/compare';
import { classroom } from './zh-CN/classroom';
import { comments } from './zh-CN/comments';
import { personas } from './zh-CN/personas';
import { emotion } from './zh-CN/emotion';
import { versions } from './zh-CN/versions';
import { spreadsheet } from './zh-CN/spreadsheet';

/**
 * 简体中文文本。类型为 `Dictionary`：缺少或多出的键都是类型错误。
 * 术语依照 domain.md：有形展示、顾客行为、前台员工行为、后台员工行为、支持过程；
 * 互动分界线、可视分界线、内部互动分界线；失败点（F）、等待点（W）。
 */
export const zhCN: Dictionary = {
  guide,
  report,
  share,
  exporting,
  library,
  history,
  printing,
  keyboard,
  crash,
  arrange,
  search,
  present,
  contextMenu,
  a11y,
  room,
  compare,
  classroom,
  comments,
  personas,
  emotion,
  versions,
  spreadsheet,
  app: {
    name: '服务蓝图工作室',
    emptyHint: '双击泳道即可添加步骤，也可以打开示例。',
    openExample: '从示例开始',
  },
  gallery: {
    button: '从示例新建',
    title: '从示例新建',
    hint: '这些是可供学习的完整蓝图。选中一个，就会以它为基础新建一张蓝图，示例本身不会改变。其中的数字仅作示意。',
    close: '关闭',
    loading: '正在加载示例…',
    counts: '{steps} 个步骤 · {failPoints} 个失败点 · {waits} 个等待点',
  },
  language: {
    label: '语言',
    en: 'English',
    zhCN: '简体中文',
  },
  canvas: {
    mainToolbar: '主工具栏',
    controls: '缩放控件',
    zoomIn: '放大',
    zoomOut: '缩小',
    fitView: '适应视图',
    minimap: '缩略图',
    showMinimap: '显示缩略图',
    minimapHint:
      '方向键移动视图，按住 Shift 再按方向键移动一整屏；+ 和 − 缩放。Shift+1 显示整张蓝图。',
    handle: '连接点',
    nodeHelp:
      '用方向键和 Tab 键在步骤之间移动；按 Enter 编辑名称；按 Delete 删除步骤。按 ? 查看全部键盘快捷键。',
    edgeHelp: '按 Enter 或空格键选中连线。按 Delete 删除，按 Esc 取消。',
    moved: '已将所选步骤{direction}移动。新位置：x {x}，y {y}',
    directions: { up: '向上', down: '向下', left: '向左', right: '向右' },
    flowName: '从“{from}”到“{to}”的连线',
    flowTwoWay: '从“{from}”到“{to}”的双向连线',
    flowLabelled: '{name}，标注“{label}”',
  },
  toolbar: {
    title: '蓝图标题',
    new: '新建',
    open: '打开',
    save: '保存',
    exportPng: '导出 PNG',
    undo: '撤销',
    redo: '重做',
    addStep: '添加步骤',
    guide: '向导',
    report: '报告',
    exporting: '正在导出…',
    fileMenu: '文件',
  },
  lanes: {
    evidence: '有形展示',
    customer: '顾客行为',
    onstage: '前台员工行为',
    backstage: '后台员工行为',
    support: '支持过程',
    emotion: '顾客感受',
    newCustom: '新泳道',
    untitledBlueprint: '未命名蓝图',
    resize: '调整{name}泳道的高度',
    rename: '泳道名称',
    laneRegion: '{name}泳道',
  },
  lines: {
    interaction: '互动分界线',
    visibility: '可视分界线',
    internal: '内部互动分界线',
  },
  step: {
    untitled: '未命名步骤',
    minutes: '{min} 分钟',
    separator: '，',
    labelEditor: '步骤名称',
    failPoint: '失败点',
    wait: '等待点',
    ariaName: '步骤“{label}”，{lane}泳道',
    failMarker: 'F',
    waitMarker: 'W',
    failMarkerTitle: '失败点',
    waitMarkerTitle: '等待点',
  },
  inspector: {
    tab: '属性',
    lanesTab: '泳道',
    stepHeading: '步骤',
    flowHeading: '连线',
    blueprintHeading: '蓝图',
    manySelected: '已选中 {count} 项',
    label: '名称',
    description: '说明',
    duration: '执行时间（分钟）',
    lane: '泳道',
    failPoint: '失败点',
    risk: '可能出现的问题',
    probability: '发生概率（%）',
    costPerFailure: '每次失败成本',
    recovery: '补救措施',
    owner: '负责人',
    wait: '等待点',
    expectedWait: '预计等待时间（分钟）',
    tolerance: '容忍时间（分钟）',
    overTolerance: '预计等待时间超过了顾客的容忍时间。',
    flowLabel: '连线名称',
    twoWay: '双向',
    from: '起点',
    to: '终点',
    deleteStep: '删除步骤',
    deleteFlow: '删除连线',
    service: '服务过程',
    customerSegment: '服务对象',
    scenario: '场景',
    author: '绘制者',
    hint: '选中一个步骤或一条连线即可编辑。',
    invalidNumber: '{field}：请输入 {min} 到 {max} 之间的数字。',
  },
  lanePanel: {
    heading: '泳道',
    name: '第 {index} 条泳道的名称',
    height: '{name}泳道的高度',
    show: '显示{name}泳道',
    moveUp: '上移{name}泳道',
    moveDown: '下移{name}泳道',
    remove: '删除{name}泳道',
    add: '添加泳道',
    removeConfirm: '删除泳道“{name}”及其中的 {count} 个步骤？',
    standard: '标准',
    custom: '自定义',
  },
  status: {
    savedAt: '已于 {time} 保存在本浏览器中',
    notSavedFull: '未保存——浏览器存储空间已满。请点击“保存”将蓝图存为文件。',
    notSavedUnavailable: '未保存——浏览器存储不可用。请点击“保存”将蓝图存为文件。',
    pending: '正在保存…',
    counts: '{steps} 个步骤 · {failPoints} 个失败点 · {waits} 个等待点',
    unsavedFile: '更改尚未保存到文件',
  },
  errors: {
    dismiss: '关闭',
    openFailed: '无法打开“{file}”：{reason}。当前蓝图没有任何改动。',
    tooLarge: '文件大小为 {size} MB，上限为 {limit} MB',
    unreadable: '无法读取该文件',
    storageFull: '浏览器存储空间已满，最近的更改只保留在此标签页中。请点击“保存”下载文件。',
    storageUnavailable:
      '此浏览器不允许本页面使用存储空间，所做的工作只保留在此标签页中。请点击“保存”下载文件。',
    corruptAutosave:
      '无法读取上次自动保存的内容（{reason}）。该内容已另存在本浏览器的“{key}”下，并已新建一张蓝图。',
    exportFailed: '导出失败：{reason}。当前蓝图没有任何改动。',
    exportScaled: '蓝图太大，无法按 {scale}× 导出图片，已改为按 {used}× 导出。',
  },
};
