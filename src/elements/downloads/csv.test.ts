import { describe, expect, it } from 'vitest';
import type { ChartTable } from '../../charts/kit/chart-text.ts';
import type { Source } from '../../model/types.ts';
import { BOM, chartCsv, csvField, csvText } from './csv.ts';

const sources: Record<string, Source> = {
  plan: {
    id: 'plan',
    title: { zh: '柯城区“十四五”规划纲要', en: 'Kecheng 14th Five-Year Plan outline' },
    short: { zh: '规划纲要', en: 'Plan outline' },
    issuer: { zh: '柯城区人民政府', en: 'Kecheng District Government' },
    date: '2021-06',
    document: 'plan.md',
  },
};

describe('csvField(value)', () => {
  it.each([
    ['plain', 'plain'],
    ['236.48 亿元', '236.48 亿元'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['', ''],
  ])('writes %j as %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('keeps signed numbers as numbers but defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('-2.5%')).toBe('-2.5%');
    expect(csvField('+6.1')).toBe('+6.1');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});

describe('csvText(lines)', () => {
  it('starts with the byte order mark and ends every line with CRLF', () => {
    expect(
      csvText([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe(`${BOM}a,b\r\n1,2\r\n`);
  });
});

/** The credit in a CSV field: quoted, for its commas. */
const CREDIT_EN = '"Kecheng, five years (柯城五年), CC BY 4.0, https://creativecommons.org/licenses/by/4.0/"';

describe('chartCsv(table, sourceIds, sources, lang)', () => {
  const table: ChartTable = {
    columns: ['年份', '数值'],
    rows: [
      ['2020', '479.02 亿元'],
      ['2025', '突破 800 亿元'],
    ],
    refs: [
      { unit: '亿元', source: 'plan', locator: '表 1' },
      { unit: '亿元', source: 'plan', locator: '第三章, "目标"' },
    ],
  };

  it('adds unit, source, locator and licence columns after the table columns', () => {
    const lines = chartCsv(table, ['plan'], sources, 'zh').slice(1).split('\r\n');
    // Quoted: the English name has a comma.
    const credit = '"柯城五年（Kecheng, five years），CC BY 4.0，https://creativecommons.org/licenses/by/4.0/"';
    expect(lines[0]).toBe('年份,数值,单位,来源文件,出处,许可');
    expect(lines[1]).toBe(`2020,479.02 亿元,亿元,柯城区“十四五”规划纲要（柯城区人民政府，2021-06）,表 1,${credit}`);
    expect(lines[2]).toBe(`2025,突破 800 亿元,亿元,柯城区“十四五”规划纲要（柯城区人民政府，2021-06）,"第三章, ""目标""",${credit}`);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });

  it('names the sources of the view on each row of a table without row references', () => {
    const csv = chartCsv({ columns: ['Year', 'Value'], rows: [['2020', '1']] }, ['plan', 'plan'], sources, 'en');
    expect(csv).toBe(
      `${BOM}Year,Value,Unit,Source document,Locator,Licence\r\n2020,1,,"Kecheng 14th Five-Year Plan outline (Kecheng District Government, 2021-06)",,${CREDIT_EN}\r\n`,
    );
  });

  it('pads a short row to the columns and leaves a computed row without a source', () => {
    const csv = chartCsv(
      { columns: ['Item', 'Value'], rows: [['Required']], refs: [{ unit: '%', source: '', locator: 'computed' }] },
      [],
      sources,
      'en',
    );
    expect(csv.split('\r\n')[1]).toBe(`Required,,%,,computed,${CREDIT_EN}`);
  });
});
