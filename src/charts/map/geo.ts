import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// The map's own data: only the map's modules import it, so it arrives with the map's code, never before.
import quzhouTopo from '../../../data/geo/quzhou.topo.json' with { type: 'json' };
import regionTopo from '../../../data/geo/region.topo.json' with { type: 'json' };

/** Properties every map feature carries: its names (the NBS code is the feature's id). */
export interface Names {
  zh: string;
  en: string;
}

export type Shape = Feature<Polygon | MultiPolygon, Names> & { id: string };

/** The geography the map draws, as GeoJSON in d3-geo's winding (checked by `npm run data:geo` and geo.test.ts). */
export interface MapGeo {
  /** Zhejiang, Fujian, Jiangxi and Anhui */
  provinces: Shape[];
  /** Quzhou's outline, from the same arcs as the provinces */
  quzhou: Shape;
  /** ids of the provinces that share a border with Quzhou, Zhejiang (which holds it) excepted */
  quzhouNeighbours: string[];
  /** Quzhou's six county-level units, Kecheng among them */
  counties: Shape[];
  kecheng: Shape;
}

export const KECHENG_ID = '330802';
export const ZHEJIANG_ID = '33';

type Objects<K extends string> = Topology<Record<K, GeometryCollection<Names>>>;

function shapes(topo: Topology, object: GeometryCollection<Names>): Shape[] {
  return (feature(topo, object) as FeatureCollection<Polygon | MultiPolygon, Names>).features.map((f) => ({ ...f, id: String(f.id) }));
}

/** Reads the two topologies into the features the map's views draw. */
export function readGeo(region: Topology, quzhou: Topology): MapGeo {
  const r = region as Objects<'provinces' | 'quzhou'>;
  const q = quzhou as Objects<'counties'>;
  const provinces = shapes(r, r.objects.provinces);
  const [outline] = shapes(r, r.objects.quzhou);
  const counties = shapes(q, q.objects.counties);
  const kecheng = counties.find((c) => c.id === KECHENG_ID);
  if (!outline || !kecheng) throw new Error('kc-district-map: the geo data lacks Quzhou or Kecheng');
  // Shared arcs are shared borders: Quzhou is the last geometry here, its neighbours are those it shares arcs with.
  const all = [...r.objects.provinces.geometries, ...r.objects.quzhou.geometries];
  const near = neighbors(all)[all.length - 1] ?? [];
  const quzhouNeighbours = near.map((i) => provinces[i]?.id ?? '').filter((id) => id && id !== ZHEJIANG_ID);
  return { provinces, quzhou: outline, quzhouNeighbours, counties, kecheng };
}

let cached: MapGeo | undefined;

/** The committed geography (data/geo/*.topo.json), read once. */
export function mapGeo(): MapGeo {
  cached ??= readGeo(regionTopo as unknown as Topology, quzhouTopo as unknown as Topology);
  return cached;
}
