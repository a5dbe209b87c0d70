import type { ChartText, LegendItem } from '../kit/chart-text.ts';
import type { Lang, SpatialPlanDataset, TownshipType, TownshipsDataset } from '../../model/types.ts';
import { KECHENG_ID, ZHEJIANG_ID, type MapGeo } from './geo.ts';
import {
  LOCATOR_COPY,
  MAP_COPY,
  PLAN_COPY,
  QUZHOU_COPY,
  TOWNSHIPS_COPY,
  unitsOfType,
  unitWithVillages,
  type LocatorFacts,
  type PlanFacts,
  type QuzhouFacts,
  type TownshipsFacts,
} from './copy.ts';

const GEO_SOURCE = 'echarts-china-cities';
/** One-character names of the provinces, as Chinese writes a region of several (浙闽赣皖). */
const ABBREVIATION: Record<string, string> = { '33': '浙', '35': '闽', '36': '赣', '34': '皖' };

export function locatorText(geo: MapGeo, lang: Lang): ChartText {
  const byId = new Map(geo.provinces.map((p) => [p.id, p]));
  const facts: LocatorFacts = {
    quzhou: geo.quzhou.properties[lang],
    kecheng: geo.kecheng.properties[lang],
    zhejiang: byId.get(ZHEJIANG_ID)?.properties[lang] ?? '',
    provinces: geo.provinces.map((p) => p.properties[lang]),
    abbreviations: geo.provinces.map((p) => ABBREVIATION[p.id] ?? p.properties.zh).join(''),
    neighbours: geo.quzhouNeighbours.map((id) => byId.get(id)?.properties[lang] ?? id),
  };
  const copy = LOCATOR_COPY;
  const { quzhou, kecheng } = facts;
  const borders = (id: string) =>
    id === ZHEJIANG_ID
      ? copy.containsQuzhou[lang](facts)
      : geo.quzhouNeighbours.includes(id)
        ? copy.bordersYes[lang]
        : copy.bordersNo[lang];
  return {
    title: copy.title[lang](facts),
    subtitle: copy.subtitle[lang](facts),
    summary: copy.summary[lang](facts),
    legend: [
      { label: quzhou, swatch: 'square', color: 'var(--_actual)' },
      { label: kecheng, swatch: 'dot', color: 'var(--_fg)' },
    ],
    notes: [MAP_COPY.bordersNote[lang]],
    sourceIds: [GEO_SOURCE],
    table: {
      columns: copy.columns[lang](facts),
      rows: [
        ...geo.provinces.map((p) => [p.properties[lang], copy.province[lang], p.id, borders(p.id)]),
        [quzhou, copy.city[lang], geo.quzhou.id, '—'],
        [kecheng, copy.district[lang], KECHENG_ID, copy.inQuzhou[lang](facts)],
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
  const facts: QuzhouFacts = {
    quzhou: geo.quzhou.properties[lang],
    kecheng: geo.kecheng.properties[lang],
    others: geo.counties.filter((c) => c.id !== KECHENG_ID).map((c) => c.properties[lang]),
    count: geo.counties.length,
  };
  const copy = QUZHOU_COPY;
  return {
    title: copy.title[lang](facts),
    subtitle: copy.subtitle[lang](facts),
    summary: copy.summary[lang](facts),
    legend: [{ label: facts.kecheng, swatch: 'square', color: 'var(--_actual)' }],
    notes: [MAP_COPY.bordersNote[lang]],
    sourceIds: [GEO_SOURCE],
    table: {
      columns: copy.columns[lang],
      rows: geo.counties.map((c) => {
        const level = COUNTY_LEVEL[c.properties.zh.slice(-1)];
        return [c.properties[lang], level?.[lang] ?? '', c.id];
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
  const labels = (kinds: string[]) => plan.elements.filter((e) => kinds.includes(e.kind)).map((e) => e.label[lang]);
  const facts: PlanFacts = {
    title: plan.title[lang],
    schematic: MAP_COPY.schematic[lang],
    kecheng: geo.kecheng.properties[lang],
    cores: labels(['core', 'sub-core']),
    axes: labels(['axis']),
    zones: labels(['zone']),
    places: plan.elements
      .filter((e) => e.kind === 'zone')
      .flatMap((z) => z.places ?? [])
      .map((p) => p.label[lang]),
  };
  const copy = PLAN_COPY;
  return {
    title: copy.title[lang](facts),
    subtitle: sourceShort,
    summary: copy.summary[lang](facts),
    legend: [
      { label: KIND_WORD.core?.[lang] ?? '', swatch: 'dot', color: 'var(--_fg)' },
      { label: KIND_WORD['sub-core']?.[lang] ?? '', swatch: 'ring', color: 'var(--_fg)' },
      { label: KIND_WORD.axis?.[lang] ?? '', swatch: 'line', color: 'var(--_fg)' },
      { label: KIND_WORD.zone?.[lang] ?? '', swatch: 'dashed', color: 'var(--_rural)' },
    ],
    notes: (plan.notes ?? []).map((n) => n[lang]),
    sourceIds: [...new Set([...plan.elements.map((e) => e.source), GEO_SOURCE])],
    table: {
      columns: copy.columns[lang],
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
  const units = data.units;
  const villages = units.reduce((s, u) => s + u.villages, 0);
  const communities = units.reduce((s, u) => s + u.communities, 0);
  const ranked = [...units].sort((a, b) => b.villages - a.villages);
  const [top] = ranked;
  const facts: TownshipsFacts = {
    units: units.length,
    villages,
    communities,
    top: top && { name: top.name[lang], short: top.short[lang].replaceAll('\u00ad', ''), villages: top.villages },
    top3: ranked.slice(0, 3).map((u) => unitWithVillages[lang](u.name[lang], u.villages)),
    none: units.filter((u) => u.villages === 0).map((u) => u.name[lang]),
    types: (Object.keys(TYPE_WORD) as TownshipType[]).map((t) =>
      unitsOfType[lang](units.filter((u) => u.type === t).length, TYPE_WORD[t][lang]),
    ),
    schematic: MAP_COPY.schematic[lang],
  };
  const copy = TOWNSHIPS_COPY;
  const legend: LegendItem[] = [];
  return {
    title: copy.title[lang](facts),
    subtitle: copy.subtitle[lang](facts),
    summary: copy.summary[lang](facts),
    legend,
    notes: (data.notes ?? []).map((n) => n[lang]),
    sourceIds: [...new Set(units.map((u) => u.source))],
    table: {
      columns: copy.columns[lang],
      rows: [
        ...ranked.map((u) => [u.name[lang], TYPE_WORD[u.type][lang], String(u.villages), String(u.communities)]),
        [copy.total[lang], '', String(villages), String(communities)],
      ],
    },
  };
}
