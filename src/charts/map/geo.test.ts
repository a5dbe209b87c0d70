import { geoArea, geoBounds, geoContains } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { getDataset } from '../../model/bundle.ts';
import { KECHENG_ID, mapGeo, type Shape } from './geo.ts';

const geo = mapGeo();
const townships = getDataset('townships', 'townships');
const place = new Map(getDataset('place', 'figures').figures.map((f) => [f.id, f.value]));
const sum = (key: 'villages' | 'communities') => townships.units.reduce((s, u) => s + u[key], 0);
const unit = (zh: string) => townships.units.find((u) => u.name.zh === zh);

describe('data/townships.json', () => {
  test('its units and committee counts agree with the figures of data/place.json', () => {
    expect(townships.units).toHaveLength(place.get('township-units') ?? -1);
    expect(sum('villages')).toBe(place.get('village-committees'));
    expect(sum('communities')).toBe(place.get('residents-committees'));
    expect(townships.units.filter((u) => u.type === 'subdistrict')).toHaveLength(place.get('subdistricts') ?? -1);
    expect(townships.units.filter((u) => u.type === 'town')).toHaveLength(place.get('towns') ?? -1);
    expect(townships.units.filter((u) => u.type === 'township')).toHaveLength(place.get('townships') ?? -1);
  });

  test('the largest units by villages are those data/place.json names', () => {
    expect(unit('航埠镇')?.villages).toBe(place.get('hangbu-villages'));
    expect(unit('九华乡')?.villages).toBe(place.get('jiuhua-villages'));
    expect(unit('石梁镇')?.villages).toBe(place.get('shiliang-villages'));
    const ranked = [...townships.units].sort((a, b) => b.villages - a.villages).map((u) => u.name.zh);
    expect(ranked.slice(0, 3)).toEqual(['航埠镇', '九华乡', '石梁镇']);
  });

  test('every unit has a tile, a count and a short name, and no two tiles share a cell', () => {
    const cells = new Set<string>();
    for (const u of townships.units) {
      expect(Number.isInteger(u.tile.col) && Number.isInteger(u.tile.row)).toBe(true);
      expect(Number.isInteger(u.villages) && Number.isInteger(u.communities)).toBe(true);
      expect(u.name.zh.startsWith(u.short.zh)).toBe(true);
      expect(u.name.en.startsWith(u.short.en.replaceAll('\u00ad', ''))).toBe(true);
      cells.add(`${u.tile.col},${u.tile.row}`);
    }
    expect(cells.size).toBe(townships.units.length);
  });

  test('the tiles keep the rough geography: Qili in the far north, Hangbu west, Shishi south of the urban streets', () => {
    const tile = (zh: string) => unit(zh)?.tile ?? { col: NaN, row: NaN };
    const urban = townships.units.filter((u) => u.type === 'subdistrict').map((u) => u.tile);
    expect(tile('七里乡').row).toBe(0);
    for (const zh of ['华墅乡', '沟溪乡', '航埠镇']) expect(tile(zh).col).toBeLessThan(Math.min(...urban.map((t) => t.col)));
    for (const zh of ['石室乡', '黄家乡']) expect(tile(zh).row).toBeGreaterThan(Math.max(...urban.map((t) => t.row)));
  });
});

describe('data/geo', () => {
  test('the region topology has the four provinces and Quzhou, the Quzhou topology its six county-level units', () => {
    expect(geo.provinces.map((p) => p.id).sort()).toEqual(['33', '34', '35', '36']);
    expect(geo.provinces.map((p) => p.properties.en).sort()).toEqual(['Anhui', 'Fujian', 'Jiangxi', 'Zhejiang']);
    expect(geo.quzhou.id).toBe('3308');
    expect(geo.counties.map((c) => c.properties.zh).sort()).toEqual(['常山县', '开化县', '柯城区', '江山市', '衢江区', '龙游县'].sort());
    expect(geo.kecheng.id).toBe(KECHENG_ID);
  });

  const all: [string, Shape][] = [...geo.provinces, geo.quzhou, ...geo.counties].map((s) => [`${s.id} ${s.properties.en}`, s]);
  test.each(all)('%s is wound for d3-geo: it covers a small area, not the rest of the globe', (_name, shape) => {
    expect(geoArea(shape)).toBeGreaterThan(0);
    expect(geoArea(shape)).toBeLessThan(0.01);
  });

  test("Kecheng's polygon lies inside Quzhou's bounds, and its seat inside both outlines", () => {
    const [[qx0, qy0], [qx1, qy1]] = geoBounds(geo.quzhou);
    const [[kx0, ky0], [kx1, ky1]] = geoBounds(geo.kecheng);
    const tolerance = 0.01; // degrees: the two files are simplified separately
    expect(kx0).toBeGreaterThanOrEqual(qx0 - tolerance);
    expect(ky0).toBeGreaterThanOrEqual(qy0 - tolerance);
    expect(kx1).toBeLessThanOrEqual(qx1 + tolerance);
    expect(ky1).toBeLessThanOrEqual(qy1 + tolerance);
    const seat: [number, number] = [118.87, 28.95]; // Kecheng's urban core (府山街道), by longitude and latitude
    expect(geoContains(geo.kecheng, seat)).toBe(true);
    expect(geoContains(geo.quzhou, seat)).toBe(true);
    expect(geoContains(geo.provinces.find((p) => p.id === '33') ?? geo.quzhou, seat)).toBe(true);
  });

  test('Quzhou shares borders with Fujian, Jiangxi and Anhui (computed from shared arcs)', () => {
    expect([...geo.quzhouNeighbours].sort()).toEqual(['34', '35', '36']);
  });
});
