import type { ChartTable } from '../../charts/kit/chart-text.ts';
import { attribution } from '../../model/licence.ts';
import type { Lang, Source } from '../../model/types.ts';

/** Lets Excel read the file as UTF-8, so Chinese text opens as written. */
export const BOM = '\uFEFF';

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled. A field that
 * a spreadsheet would run as a formula (=, +, -, @ before anything but a number) is prefixed with a quote.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^[+-]?\d[\d.,]*%?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Lines of fields, joined with CRLF as RFC 4180 asks, with the BOM in front. */
export function csvText(lines: readonly (readonly string[])[]): string {
  return BOM + lines.map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const HEAD = {
  zh: { unit: '单位', source: '来源文件', locator: '出处', licence: '许可' },
  en: { unit: 'Unit', source: 'Source document', locator: 'Locator', licence: 'Licence' },
} as const;

function sourceName(id: string, sources: Record<string, Source>, lang: Lang): string {
  const source = sources[id];
  if (!source) return id;
  return lang === 'zh'
    ? `${source.title.zh}（${source.issuer.zh}，${source.date}）`
    : `${source.title.en} (${source.issuer.en}, ${source.date})`;
}

/**
 * The data behind a chart's view as CSV: the table as the frame shows it, then each row's unit, source and
 * locator, and the credit its reuse asks for (a column, so the file stays one table). A table without row references names the view's sources on every row.
 */
export function chartCsv(table: ChartTable, sourceIds: readonly string[], sources: Record<string, Source>, lang: Lang): string {
  const head = HEAD[lang];
  const credit = attribution(lang);
  const fallback = [...new Set(sourceIds)].map((id) => sourceName(id, sources, lang)).join(lang === 'zh' ? '；' : '; ');
  const rows = table.rows.map((row, i) => {
    const ref = table.refs?.[i];
    const cells = table.columns.map((_, c) => row[c] ?? '');
    const where = ref ? [ref.unit, ref.source ? sourceName(ref.source, sources, lang) : '', ref.locator] : ['', fallback, ''];
    return [...cells, ...where, credit];
  });
  return csvText([[...table.columns, head.unit, head.source, head.locator, head.licence], ...rows]);
}
