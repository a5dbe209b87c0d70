import type { Lang, Source } from './types.ts';

/** "Source: A (2021); B (2022)" for the given source ids, in the language; unknown ids are an error. */
export function sourceLine(ids: readonly string[], sources: Record<string, Source>, lang: Lang): string {
  const unique = [...new Set(ids)];
  const names = unique.map((id) => {
    const source = sources[id];
    if (!source) throw new Error(`unknown source "${id}"`);
    const year = source.date.slice(0, 4);
    return lang === 'zh' ? `${source.short.zh}（${year}）` : `${source.short.en} (${year})`;
  });
  const label = lang === 'zh' ? '来源：' : unique.length > 1 ? 'Sources: ' : 'Source: ';
  return label + names.join(lang === 'zh' ? '；' : '; ');
}
