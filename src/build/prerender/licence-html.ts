import { CONTENT_LICENCE, WORK_NAME } from '../../model/licence.ts';
import type { Lang } from '../../model/types.ts';
import { escapeHtml } from './escape-html.ts';

/**
 * The licence note of a page (the story's footer, the handouts): what may be reused and how to credit it; the
 * source documents the story quotes stay their issuers' public documents, outside the licence.
 */
export function licenceHtml(lang: Lang, tag: 'footer' | 'p' = 'footer'): string {
  const { name, title, url } = CONTENT_LICENCE;
  const label = lang === 'zh' ? `${title.zh}（${name}）` : `${title.en} (${name})`;
  const link = `<a rel="license" href="${escapeHtml(url)}">${escapeHtml(label)}</a>`;
  const text =
    lang === 'zh'
      ? `本报道的文字、图表和数据采用${link}：可以转载、改编，请注明“${WORK_NAME.zh}”并附上链接。代码采用 MIT 许可。文中引用的来源文件是各发布机关公开的文件，不在此许可之内。`
      : `The text, charts and data of this story are published under the ${link}: republish or adapt them, crediting “${WORK_NAME.en}” with a link. The code is under the MIT licence. The source documents it quotes are their issuers’ public documents, not covered by this licence.`;
  return tag === 'footer' ? `<footer class="licence"><p>${text}</p></footer>` : `<p class="licence">${text}</p>`;
}
