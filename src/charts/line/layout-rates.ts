import type { Size } from '../kit/size.ts';
import type { Lang, Source } from '../../model/types.ts';
import { layoutRateBars } from '../kit/geometry/rate-bars.ts';
import { KIND_COLOR } from '../kit/marks/kinds.ts';
import { LINE_COPY, RATE_BAR_COPY, RATE_GROUP_COPY } from './copy.ts';
import type { LineContext } from './line-context.ts';
import { ratesText } from './line-text.ts';
import type { LineModel } from './model.ts';

/** One group of two bars leaves most of a plot empty at the income chart's bar size: they may grow to this. */
const maxBar = (height: number) => Math.min(64, Math.max(30, height / 7));

/**
 * A rates view: the growth record's planned and achieved average annual rates as bars, in the income
 * chart's grammar (kit/geometry/rate-bars.ts), named with the prices they are at.
 */
export function layoutRates(ctx: LineContext, size: Size, lang: Lang, sources: Record<string, Source> = {}): LineModel {
  const record = ctx.growth;
  if (!record) throw new Error(`view of "${ctx.dataset.id}" draws rates but names no growth record`);
  const label = ctx.series.label[lang];
  const basis = ctx.config.rateBasis?.[lang];
  const words = {
    planned: RATE_BAR_COPY.plannedBar[lang],
    achieved: RATE_BAR_COPY.achievedBar[lang],
    missed: RATE_BAR_COPY.missed[lang],
    period: (r: { from: number; to: number }) => `${r.from + 1}${LINE_COPY.dash[lang]}${r.to}`,
  };
  const group = {
    id: ctx.series.id,
    name: basis ? RATE_GROUP_COPY.name[lang]({ label, basis }) : label,
    color: KIND_COLOR.actual,
    records: [record],
  };
  const { bars, rules, labels } = layoutRateBars([group], size, lang, words, { maxBar });
  const { width, height } = size;
  return {
    text: ratesText(ctx, lang, sources),
    width,
    height,
    plot: { x: 0, y: 0, width, height },
    grid: [],
    xTicks: [],
    bands: [],
    spans: [],
    lines: [],
    points: [],
    bars,
    rules,
    texts: labels,
    labelBoxes: [],
  };
}
