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

/** Where a figure is stated, for a table cell: "Issuer (date), locator"; an unknown source shows its id. */
export function sourcePlace(ref: { source: string; locator: string }, sources: Record<string, Source>, lang: Lang): string {
  const s = sources[ref.source];
  const who = s ? (lang === 'zh' ? `${s.issuer.zh}（${s.date}）` : `${s.issuer.en} (${s.date})`) : ref.source;
  return lang === 'zh' ? `${who}，${ref.locator}` : `${who}, ${ref.locator}`;
}
