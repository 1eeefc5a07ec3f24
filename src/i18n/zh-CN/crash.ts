import type { Dictionary } from '../en';

/** 部分界面出错时的文本：整个应用的崩溃页面和单个面板的错误提示。 */
export const crash: Dictionary['crash'] = {
  title: '出错了',
  happened: '服务蓝图工作室因错误而停止：{message}',
  kept: '你的蓝图安然无恙：它已保存在此浏览器中，点击“重新加载”即可再次打开。你也可以把它下载为文件。',
  notKept: '你最近的更改未能保存在此浏览器中。请在重新加载之前下载你的蓝图。',
  conflict: '另一个标签页修改了这张蓝图，因此本标签页没有覆盖它。请在重新加载之前下载你的蓝图。',
  download: '下载我的蓝图',
  reload: '重新加载',
  details: '技术细节',
  panelFailed: '“{panel}”面板因错误而停止：{message}',
  panelKept: '画布和你的蓝图不受影响。',
  tryAgain: '重试',
  close: '关闭',
  unknownError: '未知错误',
};
