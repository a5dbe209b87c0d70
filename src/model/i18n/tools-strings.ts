import type { Lang } from '../types.ts';
import { fill } from './fill.ts';
import { TOOLS_BUTTON } from './tools-label.ts';

/**
 * Strings of the chart frame's editor tools (share, embed, download). Kept apart from strings.ts so that
 * the charts' own code does not carry them: they load with the tools, when a reader opens them.
 */
const strings = {
  dialogTitle: TOOLS_BUTTON,
  close: { zh: '关闭', en: 'Close' },
  chartView: { zh: '视图', en: 'View' },
  language: { zh: '语言', en: 'Language' },
  theme: { zh: '配色', en: 'Theme' },
  themeAuto: { zh: '跟随系统', en: 'Follow the system' },
  themeLight: { zh: '浅色', en: 'Light' },
  themeDark: { zh: '深色', en: 'Dark' },
  preview: { zh: '预览', en: 'Preview' },
  phoneWidth: { zh: '手机（{w} 像素宽）', en: 'Phone ({w} px wide)' },
  desktopWidth: { zh: '电脑（{w} 像素宽）', en: 'Desktop ({w} px wide)' },
  embed: { zh: '嵌入此图表', en: 'Embed this chart' },
  embedHelp: {
    zh: '把下面任一段代码粘贴到网页的 HTML 中。',
    en: 'Paste either code into the HTML of a page.',
  },
  embedOffline: {
    zh: '这份离线版没有网址，无法生成嵌入代码：请在线打开本报道后复制。下载不受影响。',
    en: 'This offline copy has no web address to embed from: open the story online to copy a code. Downloads work here too.',
  },
  scriptCode: { zh: '脚本与标签（图表在页面中绘制）', en: 'Script and tag (the chart draws in the page)' },
  iframeCode: { zh: 'iframe（图表在独立的框架中）', en: 'iframe (the chart in a frame of its own)' },
  copy: { zh: '复制', en: 'Copy' },
  copyScript: { zh: '复制脚本代码', en: 'Copy the script code' },
  copyIframe: { zh: '复制 iframe 代码', en: 'Copy the iframe code' },
  copied: { zh: '已复制', en: 'Copied' },
  copyFailed: { zh: '无法复制，请选中代码后手动复制', en: 'Could not copy: select the code and copy it' },
  download: { zh: '下载', en: 'Download' },
  downloadHelp: {
    zh: '当前所选视图与语言的数据和图片。',
    en: 'The data and image of the chosen view and language.',
  },
  csv: { zh: 'CSV 数据', en: 'CSV data' },
  svg: { zh: 'SVG 矢量图', en: 'SVG image' },
  png: { zh: 'PNG 图片（2 倍）', en: 'PNG image (2×)' },
  saved: { zh: '已开始下载 {name}', en: 'Downloading {name}' },
  saveFailed: { zh: '无法生成文件', en: 'The file could not be made' },
} as const satisfies Record<string, Record<Lang, string>>;

export type ToolsStringKey = keyof typeof strings;

/** A string of the editor tools in the language, with each `{name}` filled from `vars`. */
export function tt(key: ToolsStringKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  return fill(strings[key][lang], vars);
}
