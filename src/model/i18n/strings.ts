import type { Lang } from '../types.ts';
import { fill } from './fill.ts';

const strings = {
  source: { zh: '来源', en: 'Source' },
  sources: { zh: '来源', en: 'Sources' },
  notes: { zh: '注', en: 'Notes' },
  dataTable: { zh: '数据表', en: 'Data table' },
  showTable: { zh: '查看数据表', en: 'Show the data' },
  showNotesAndTable: { zh: '注释与数据表', en: 'Notes and data' },
  actual: { zh: '实绩', en: 'Actual' },
  estimate: { zh: '预计', en: 'Estimate' },
  target: { zh: '目标', en: 'Target' },
  requiredPath: { zh: '所需增速路径', en: 'Path at the required rate' },
  notComparable: { zh: '口径变化，不可比', en: 'Scope changed: not comparable' },
  met: { zh: '完成', en: 'Met' },
  missed: { zh: '未完成', en: 'Missed' },
  unpublished: { zh: '数据未公布', en: 'Not published' },
  year: { zh: '年份', en: 'Year' },
  value: { zh: '数值', en: 'Value' },
  kind: { zh: '类型', en: 'Kind' },
  step: { zh: '第 {i} 步，共 {n} 步', en: 'Step {i} of {n}' },
  progress: { zh: '阅读进度', en: 'Reading progress' },
  skipToStory: { zh: '跳到正文', en: 'Skip to the story' },
  /** Shown above the steps when the story's script could not run (src/story/unrolled.ts). */
  storyUnrolled: {
    zh: '互动版未能启动，以下逐步列出全文，每一步附图表。',
    en: 'The interactive version could not start: here is the story step by step, each step with its chart.',
  },
  otherLanguage: { zh: 'English', en: '中文' },
  otherLanguageLabel: { zh: 'Read this story in English', en: '阅读中文版' },
  chart: { zh: '图表', en: 'Chart' },
  sourcesAndMethod: { zh: '来源与方法', en: 'Sources and method' },
  updated: { zh: '更新于', en: 'Updated' },
  corrections: { zh: '更正与更新', en: 'Corrections and updates' },
  /** An entry of the corrections log, before its text; `{date}` is the entry's date (longDate). */
  correctionEntry: { zh: '更正（{date}）：', en: 'Correction, {date}:' },
  updateEntry: { zh: '更新（{date}）：', en: 'Update, {date}:' },
  longDate: { zh: '{y}年{m}月{d}日', en: '{d} {month} {y}' },
  discussionQuestions: { zh: '讨论题', en: 'Discussion questions' },
  teacherNote: { zh: '教师提示', en: 'Teacher’s note' },
  handout: { zh: '讲义', en: 'Handout' },
  teacherHandout: { zh: '教师版讲义', en: 'Teacher’s handout' },
  handoutLinks: { zh: '打印与课堂', en: 'Print and classroom' },
  /** The students' worksheet (worksheet/): each chapter's key chart, its table and its questions with room to write. */
  worksheet: { zh: '学习单', en: 'Worksheet' },
  worksheetName: { zh: '姓名', en: 'Name' },
  worksheetClass: { zh: '班级', en: 'Class' },
  worksheetDate: { zh: '日期', en: 'Date' },
  backToStory: { zh: '返回报道', en: 'Back to the story' },
  offlineCopy: { zh: '离线版', en: 'Offline copy' },
  chartUnavailable: { zh: '图表无法显示', en: 'This chart cannot be shown' },
  unknownChart: { zh: '没有名为“{value}”的图表。可用的图表：{known}。', en: 'There is no chart called “{value}”. Charts: {known}.' },
  unknownDataset: {
    zh: '没有名为“{value}”的数据集。可用的数据集：{known}。',
    en: 'There is no dataset called “{value}”. Datasets: {known}.',
  },
  unknownView: {
    zh: '此图表没有名为“{value}”的视图。可用的视图：{known}。',
    en: 'This chart has no view called “{value}”. Views: {known}.',
  },
  chartLoadFailed: { zh: '图表未能加载，可能是网络中断。', en: 'This chart did not load; the connection may have dropped.' },
  retry: { zh: '重试', en: 'Try again' },
  chartFailed: { zh: '此图表未能绘制。', en: 'This chart could not be drawn.' },
  unknownLang: { zh: '没有“{value}”这种语言。可用的语言：{known}。', en: 'There is no language “{value}”. Languages: {known}.' },
  unknownTheme: { zh: '没有名为“{value}”的主题。可用的主题：{known}。', en: 'There is no theme called “{value}”. Themes: {known}.' },
  embedLoading: { zh: '图表加载中……', en: 'Loading the chart…' },
  embedCredit: { zh: '柯城五年：阅读完整报道', en: 'Kecheng, five years: read the full story' },
  embedTitle: { zh: '柯城五年 · 图表', en: 'Kecheng, five years · chart' },
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof strings;

/** A UI string in the language, with each `{name}` filled from `vars`. */
export function t(key: StringKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  return fill(strings[key][lang], vars);
}
