import type { Lang } from '../types.ts';
import { fill } from './fill.ts';

/**
 * UI strings of presentation mode, the speaker view and the story's step keys. They load with that code, after
 * the story's first script (src/story/present/story-keys.ts), so the page's first script stays small.
 */
const strings = {
  present: { zh: '演示', en: 'Present' },
  presentHint: { zh: '演示模式（P 键）：一步一页，适合投影', en: 'Presentation mode (P): one step per slide, for a projector' },
  stepsRegion: {
    zh: '故事步骤：方向键、Page Up / Page Down、空格、Home / End 可逐步切换',
    en: 'Story steps: the arrow keys, Page Up / Page Down, Space, Home and End move from step to step',
  },
  slideShow: { zh: '演示', en: 'Slide show' },
  slide: { zh: '第 {i} 页，共 {n} 页', en: 'Slide {i} of {n}' },
  slideAnnounce: { zh: '第 {i} 页，共 {n} 页：{text}', en: 'Slide {i} of {n}: {text}' },
  controls: { zh: '演示控制', en: 'Slide show controls' },
  previous: { zh: '上一页', en: 'Previous' },
  next: { zh: '下一页', en: 'Next' },
  previousHint: { zh: '上一页（←、↑、Page Up、Shift+空格）', en: 'Previous slide (←, ↑, Page Up, Shift+Space)' },
  nextHint: { zh: '下一页（→、↓、Page Down、空格）', en: 'Next slide (→, ↓, Page Down, Space)' },
  fullScreen: { zh: '全屏', en: 'Full screen' },
  fullScreenHint: { zh: '全屏（F 键）', en: 'Full screen (F)' },
  fullScreenRefused: { zh: '此浏览器未允许全屏。', en: 'This browser did not allow full screen.' },
  projector: { zh: '投影配色', en: 'Projector colours' },
  projectorHint: { zh: '高对比度投影配色（C 键）', en: 'High-contrast projector colours (C)' },
  projectorOn: { zh: '已切换为投影配色', en: 'Projector colours on' },
  projectorOff: { zh: '已切换为常规配色', en: 'Projector colours off' },
  speaker: { zh: '演讲者视图', en: 'Speaker view' },
  speakerHint: { zh: '在新窗口打开演讲者视图（S 键）', en: 'Open the speaker view in a new window (S)' },
  speakerBlocked: {
    zh: '浏览器拦截了新窗口，请允许本站弹出窗口。',
    en: 'The browser blocked the new window: allow pop-ups for this site.',
  },
  worksheet: { zh: '学习单', en: 'Worksheet' },
  worksheetHint: { zh: '在新标签页打开学生学习单，可打印', en: 'Open the students’ printable worksheet in a new tab' },
  phone: { zh: '手机打开', en: 'Phones' },
  phoneHint: { zh: '显示二维码，让全班用手机打开这一步（Q 键）', en: 'Show a QR code so the class opens this step on their phones (Q)' },
  phoneTitle: { zh: '用手机打开这一步', en: 'Open this step on your phone' },
  phoneScan: { zh: '用手机相机扫描二维码，或输入地址：', en: 'Scan the code with a phone camera, or type the address:' },
  phoneQr: { zh: '二维码：{address}', en: 'QR code: {address}' },
  phoneComputer: {
    zh: '这是本机地址，只有这台电脑能打开，手机打不开。',
    en: 'A local address: only this computer can open it, not phones.',
  },
  phoneFile: { zh: '这是本机上的文件，手机打不开。', en: 'A file on this computer: phones cannot open it.' },
  phoneNetwork: {
    zh: '这是局域网地址，只有连在同一网络的设备能打开。',
    en: 'A local address: only devices on this network can open it.',
  },
  phoneFailed: { zh: '二维码未能加载。', en: 'The QR code could not be loaded.' },
  phoneClose: { zh: '关闭', en: 'Close' },
  phoneCloseHint: { zh: '关闭二维码（Esc 或 Q 键）', en: 'Close the QR code (Esc or Q)' },
  exit: { zh: '退出演示', en: 'Exit' },
  exitHint: { zh: '返回滚动阅读（Esc 键）', en: 'Back to the scrolling story (Esc)' },
  exited: { zh: '已返回滚动阅读，第 {i} 步', en: 'Back to the scrolling story, step {i}' },
  progress: { zh: '演示进度', en: 'Slide show progress' },
  speakerTitle: { zh: '演讲者视图', en: 'Speaker view' },
  current: { zh: '当前', en: 'Now' },
  upNext: { zh: '下一页', en: 'Next slide' },
  lastSlide: { zh: '这是最后一页。', en: 'This is the last slide.' },
  teacherNote: { zh: '教师提示', en: 'Teacher’s note' },
  noNote: { zh: '这一步没有教师提示。', en: 'No teacher’s note for this step.' },
  questions: { zh: '讨论题', en: 'Discussion questions' },
  chartTitle: { zh: '图表：{title}', en: 'Chart: {title}' },
  elapsed: { zh: '用时', en: 'Elapsed' },
  start: { zh: '开始计时', en: 'Start' },
  pause: { zh: '暂停', en: 'Pause' },
  reset: { zh: '重置', en: 'Reset' },
  lesson: { zh: '课时（分钟）', en: 'Lesson (minutes)' },
  ofLesson: { zh: '/ {time}', en: 'of {time}' },
  timeLeft: { zh: '还剩 {time}', en: '{time} left' },
  timeOver: { zh: '超时 {time}', en: '{time} over' },
  paceAhead: { zh: '进度快于计划', en: 'ahead of plan' },
  paceBehind: { zh: '进度慢于计划', en: 'behind plan' },
  paceOnTime: { zh: '进度与计划相符', en: 'on plan' },
  chapterNow: { zh: '当前部分（{i}/{n}）：{title}', en: 'Chapter {i} of {n}: {title}' },
  linked: { zh: '已与演示窗口同步', en: 'In step with the slide show' },
  waiting: { zh: '等待演示窗口…', en: 'Waiting for the slide show…' },
  presenterClosed: { zh: '演示窗口已关闭或已退出演示。', en: 'The slide show window has closed or left presentation mode.' },
  speakerOpen: { zh: '演讲者视图已打开', en: 'Speaker view open' },
  speakerClosed: { zh: '演讲者视图已关闭', en: 'Speaker view closed' },
  noChannel: { zh: '此浏览器无法在两个窗口间同步。', en: 'This browser cannot keep two windows in step.' },
} as const satisfies Record<string, Record<Lang, string>>;

export type PresentStringKey = keyof typeof strings;

/** A presentation string in the language, with each `{name}` filled from `vars`. */
export function pt(key: PresentStringKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  return fill(strings[key][lang], vars);
}
