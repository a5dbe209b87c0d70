import type { Lang } from '../types.ts';

/**
 * The label of the button in every chart frame of the story that opens the editor tools. Alone in its
 * module: the charts carry this, while the tools' other strings (tools-strings.ts) load with the tools.
 */
export const TOOLS_BUTTON = { zh: '分享与下载', en: 'Share & download' } as const satisfies Record<Lang, string>;
