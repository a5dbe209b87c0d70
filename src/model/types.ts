// Over 300 lines on purpose: this is the whole data vocabulary, one type per kind of JSON object in data/. The types
// are declarations only (no code), and one file lets a reader see every dataset family and what they share
// (Bilingual, SourceRef, Point kinds) in one place. The zod schemas in src/build/data/schema/ describe the same
// objects for validation; a type check there fails when a schema and its type here differ.
/** A language the publication is written in. */
export type Lang = 'zh' | 'en';

/** Text in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

/**
 * How a value is measured; decides how it is formatted in each language
 * (for example `yi-yuan`: 236.48 亿元 / 23.6 billion yuan).
 */
export type UnitKind =
  | 'yi-yuan' // 亿元, 100 million yuan
  | 'wan-yuan' // 万元, 10,000 yuan
  | 'yuan' // 元
  | 'yi-usd' // 亿美元, 100 million US dollars
  | 'percent' // %
  | 'permille' // ‰
  | 'ratio' // a plain ratio such as 1.88
  | 'count' // a whole number of things
  | 'wan-yuan-per-person' // 万元/人
  | 'share' // a share in percent points of a whole (structure)
  | 'km2' // square kilometres
  | 'wan-people' // 万人, 10,000 people
  | 'times' // a multiple, such as "翻番" = 2 times
  | 'places'; // a count of villages, projects, places

/** Where a value stands in its source document. */
export interface SourceRef {
  /** id of an entry in data/sources.json */
  source: string;
  /** where in that source: table, line, section */
  locator: string;
  /** the source's own words at the locator (required when the source is one of the seed documents) */
  quote?: Quote;
}

/** The sentence or table row a value comes from: the Chinese original verbatim, and an English gloss. */
export interface Quote {
  /** Verbatim from the source document; only whitespace and full-/half-width punctuation may differ. */
  zh: string;
  /** An English gloss of `zh`. */
  en: string;
  /** The figure as the quote prints it, when that is not the value written plainly ("7.4" in "7.4 万元" for 74000). */
  figure?: string;
}

/** actual: reported result; estimate: "预计"; target: a plan's goal. */
export type PointKind = 'actual' | 'estimate' | 'target';

/**
 * For targets stated as a bound, as the source words it: `min` ≥ (以上, 不低于), `max` ≤ (以内, 不超过),
 * `over` > (突破, 超过, ">70"), `under` < (低于, "<4").
 */
export type Bound = 'min' | 'max' | 'over' | 'under';

export interface Point extends SourceRef {
  year: number;
  value: number;
  kind: PointKind;
  bound?: Bound;
  /** The statistical scope the value belongs to; points of different scopes are never joined. */
  scope?: string;
  note?: Bilingual;
}

/** Average annual growth over a period, planned and achieved (in percent). */
export interface GrowthRecord extends SourceRef {
  from: number;
  to: number;
  planned?: number;
  achieved?: number;
  /** Whether the plan's target was met, as the source says. */
  met?: boolean;
}

export interface Series {
  id: string;
  label: Bilingual;
  points: Point[];
  growth?: GrowthRecord[];
}

/** A place where a series is not comparable across years; a chart never draws a line across it. */
export interface SeriesBreak {
  series: string;
  /** The break lies between these two years. */
  between: [number, number];
  reason: Bilingual;
}

/** A time-series dataset: data/<id>.json with "type": "series". */
export interface SeriesDataset {
  type: 'series';
  id: string;
  title: Bilingual;
  unit: UnitKind;
  notes?: Bilingual[];
  series: Series[];
  breaks?: SeriesBreak[];
}

export type IndicatorStatus = 'met' | 'missed' | 'unpublished';

/** A cell of the scorecard table: a number, or text when the source states no number. */
export interface Cell {
  value?: number;
  /** When the source gives a bound (">70", "<4"): the value is a minimum or a maximum. */
  bound?: Bound;
  /** What the table shows when the source states no plain number (or qualifies it). */
  text?: Bilingual;
}

export interface Indicator extends SourceRef {
  id: string;
  category: string;
  name: Bilingual;
  unit: Bilingual;
  base2015: Cell;
  /** The plan's 2020 level target. */
  target2020?: Cell;
  /** The plan's average annual (or cumulative) growth target, in percent. */
  targetGrowth?: Cell;
  value2020?: Cell;
  achievedGrowth?: Cell;
  status: IndicatorStatus;
}

/** data/scorecard.json: the 13th Five-Year Plan results (Table 1). */
export interface ScorecardDataset {
  type: 'scorecard';
  id: string;
  title: Bilingual;
  notes?: Bilingual[];
  categories: { id: string; label: Bilingual }[];
  indicators: Indicator[];
}

/** One stacked bar: shares of the three sectors. */
export interface StructureEntry extends SourceRef {
  id: string;
  label: Bilingual;
  year: number;
  kind: PointKind;
  primary: number;
  secondary: number;
  tertiary: number;
}

/** data/structure.json: three-sector structure of GDP. */
export interface StructureDataset {
  type: 'structure';
  id: string;
  title: Bilingual;
  notes?: Bilingual[];
  entries: StructureEntry[];
}

/** A stated figure (a target, a record, a fact of place) that is not part of a time series. */
export interface Figure extends SourceRef {
  id: string;
  label: Bilingual;
  year: number;
  value: number;
  unit: UnitKind;
  bound?: Bound;
  kind: PointKind;
  note?: Bilingual;
}

/** data/targets-2026.json, data/place.json…: a list of stated figures. */
export interface FiguresDataset {
  type: 'figures';
  id: string;
  title: Bilingual;
  notes?: Bilingual[];
  figures: Figure[];
}

/** 街道 (subdistrict), 镇 (town) or 乡 (township): the kinds of township-level unit. */
export type TownshipType = 'subdistrict' | 'town' | 'township';

/** A township-level unit, its committees as counted in the NBS codes, and its cell in a schematic tile map. */
export interface Township extends SourceRef {
  /** NBS code, 9 digits */
  code: string;
  name: Bilingual;
  /** the name without its type (航埠, Hangbu); soft hyphens (U+00AD) in English mark where a label may break */
  short: Bilingual;
  type: TownshipType;
  /** village committees (村委会) */
  villages: number;
  /** residents' committees (居委会, 社区) */
  communities: number;
  /** column and row in the tile map, arranged by rough position (schematic, not boundaries) */
  tile: { col: number; row: number };
}

/** data/townships.json: the township-level units of one district (derived by `npm run data:geo`). */
export interface TownshipsDataset {
  type: 'townships';
  id: string;
  title: Bilingual;
  notes?: Bilingual[];
  /** The district the units belong to (NBS code, 6 digits). */
  area: SourceRef & { code: string };
  units: Township[];
}

/** A point inside a district's outline, as shares of its bounding box: x from west to east, y from north to south. */
export interface RelativePoint {
  x: number;
  y: number;
}

/** A named place a plan element is built around (a mountain, a village). */
export interface PlanPlace {
  id: string;
  kind: 'mountain' | 'village';
  label: Bilingual;
  at: RelativePoint;
}

/** One element of a spatial plan: a core, the axis between two cores, or a zone (schematic positions). */
export interface PlanElement extends SourceRef {
  id: string;
  kind: 'core' | 'sub-core' | 'axis' | 'zone';
  label: Bilingual;
  detail: Bilingual;
  /** cores: where the core lies */
  at?: RelativePoint;
  /** axes: the ids of the cores it joins */
  from?: string;
  to?: string;
  /** zones: ellipses (centre and radii as shares of the bounding box) and the places they are built around */
  areas?: (RelativePoint & { rx: number; ry: number })[];
  places?: PlanPlace[];
}

/** data/spatial-plan.json: a plan's spatial structure as a schematic. */
export interface SpatialPlanDataset {
  type: 'spatial-plan';
  id: string;
  title: Bilingual;
  notes?: Bilingual[];
  elements: PlanElement[];
}

/** 预期性 (expected: an indicative goal) or 约束性 (binding): the attribute a plan table gives each indicator. */
export type PlanAttribute = 'expected' | 'binding';

/**
 * A cell of a plan's targets table, with where it stands: a number, what the table says instead of a number
 * ("与GDP增速同步"), or "*" (the figure had not yet been published). Exactly one of the three.
 */
export interface PlanCell extends SourceRef {
  value?: number;
  text?: Bilingual;
  unpublished?: true;
}

/** One row of a plan's targets table: the base-year value, the target, and (once published) the result. */
export interface PlanIndicator extends SourceRef {
  id: string;
  /** id of one of the dataset's groups (the table's 一级指标) */
  group: string;
  name: Bilingual;
  /** the unit as the table prints it, in both languages */
  unit: Bilingual;
  /** how the row's numbers are formatted (亿元: 23.7 billion yuan); absent, a number is written with `unit` */
  format?: UnitKind;
  /** `growth`: the row's numbers are growth rates in % (the base-year cell is that year's growth, not a level) */
  measure?: 'growth';
  /** the base-year cell; absent when the table leaves it empty */
  base?: PlanCell;
  target: PlanCell;
  /** the target year's result, when a source reports it */
  result?: PlanCell;
  attribute: PlanAttribute;
  note?: Bilingual;
}

/** data/plan-2025.json: a plan's main indicators, each with its base and target (Table 2 of the 14th plan). */
export interface PlanTargetsDataset {
  type: 'plan-targets';
  id: string;
  title: Bilingual;
  notes?: Bilingual[];
  baseYear: number;
  targetYear: number;
  groups: { id: string; label: Bilingual }[];
  indicators: PlanIndicator[];
}

export type Dataset =
  SeriesDataset | ScorecardDataset | StructureDataset | FiguresDataset | TownshipsDataset | SpatialPlanDataset | PlanTargetsDataset;

export interface Source {
  id: string;
  title: Bilingual;
  /** A few words naming the source in a chart's source line. */
  short: Bilingual;
  issuer: Bilingual;
  /** ISO date or year-month, as precise as known */
  date: string;
  /** seed file name in shared/seeds, or a public URL */
  document: string;
  url?: string;
  /** Caveats: how the source was reached, how confident we are, what its date means. */
  note?: Bilingual;
}

export interface DataBundle {
  sources: Record<string, Source>;
  datasets: Record<string, Dataset>;
}
