import { describe, expect, test } from 'vitest';
import { bundle } from '../../model/bundle.ts';
import type { Dataset, ScorecardDataset, SeriesDataset } from '../../model/types.ts';
import { resolveTrackerInput } from './inputs.ts';
import { VIEWS } from './views.ts';

const series = (id: string, extra: Partial<SeriesDataset> = {}): SeriesDataset => ({
  type: 'series',
  id,
  title: { zh: id, en: id },
  unit: 'yi-yuan',
  series: [
    {
      id: 'gdp',
      label: { zh: '地区生产总值', en: 'GDP' },
      points: [
        { year: 2015, value: 100, kind: 'actual', source: 's', locator: 'a' },
        { year: 2020, value: 150, kind: 'actual', source: 's', locator: 'b' },
        { year: 2021, value: 400, kind: 'estimate', source: 't', locator: 'c' },
        { year: 2025, value: 200, kind: 'target', source: 's', locator: 'd' },
        { year: 2026, value: 500, kind: 'target', bound: 'min', source: 't', locator: 'e' },
      ],
      growth: [{ from: 2015, to: 2020, planned: 7, achieved: 6, met: false, source: 's', locator: 'f' }],
    },
  ],
  notes: [
    { zh: '一', en: 'one' },
    { zh: '二', en: 'two' },
    { zh: '三', en: 'three' },
  ],
  ...extra,
});

describe('resolveTrackerInput with hand-written data', () => {
  test('it reads the baseline, target and growth record the view names', () => {
    const input = resolveTrackerInput('gdp-2025', { gdp: series('gdp') });
    expect([input.baseline.value, input.target.value, input.unit]).toEqual([150, 200, 'yi-yuan']);
    expect(input.rates.map((r) => [r.kind, r.value])).toEqual([
      ['achieved', 6],
      ['planned', 7],
      ['achieved', expect.closeTo(8.447, 3)],
    ]);
    expect(input.rates[2]?.computedFrom?.map((v) => v.year)).toEqual([2015, 2020]);
    expect(input.notes).toEqual([{ zh: '三', en: 'three' }]);
  });
  test('a target stated as a minimum keeps its bound', () => {
    expect(resolveTrackerInput('gdp-2026', { gdp: series('gdp') }).target.bound).toBe('min');
  });
  test('a missing dataset, point or growth record is an error that names it', () => {
    expect(() => resolveTrackerInput('gdp-2025', {})).toThrow(/unknown dataset "gdp"/);
    const noGrowth = series('gdp');
    delete noGrowth.series[0]?.growth;
    expect(() => resolveTrackerInput('gdp-2025', { gdp: noGrowth })).toThrow(/no achieved growth for gdp/);
    const wrongType = { ...series('gdp'), type: 'figures' } as unknown as Dataset;
    expect(() => resolveTrackerInput('gdp-2025', { gdp: wrongType })).toThrow(/of type figures, not series/);
  });
  test('a scorecard indicator is found by its id', () => {
    const scorecard: ScorecardDataset = {
      type: 'scorecard',
      id: 'scorecard',
      title: { zh: '', en: '' },
      categories: [],
      indicators: [
        {
          id: 'retail-sales',
          category: 'economy',
          name: { zh: '社会消费品零售总额', en: 'Retail sales' },
          unit: { zh: '亿元', en: '100 million yuan' },
          base2015: { value: 100 },
          targetGrowth: { value: 9 },
          achievedGrowth: { value: 4 },
          status: 'missed',
          source: 's',
          locator: 'T1',
        },
      ],
    };
    const figures = (id: string, year: number, value: number): Dataset => ({
      type: 'figures',
      id,
      title: { zh: '', en: '' },
      notes: [
        { zh: 'a', en: 'a' },
        { zh: 'b', en: 'b' },
      ],
      figures: [
        {
          id: 'retail-sales',
          label: { zh: '', en: '' },
          year,
          value,
          unit: 'yi-yuan',
          kind: year > 2021 ? 'target' : 'estimate',
          source: 's',
          locator: 'l',
        },
      ],
    });
    const input = resolveTrackerInput('retail-2026', {
      scorecard,
      'record-2021': figures('record-2021', 2021, 200),
      'targets-2026': figures('targets-2026', 2026, 300),
    });
    expect(input.rates.map((r) => [r.kind, r.value])).toEqual([
      ['achieved', 4],
      ['planned', 9],
    ]);
  });
});

describe('resolveTrackerInput with data/*.json', () => {
  test.each([
    ['gdp-2025', 2020, 236.48, 2025, 350, [6.1, 7, 8.338]],
    ['gdp-2026', 2021, 587, 2026, 800, [6.1, 8.338]],
    ['income-2026', 2021, 50755, 2026, 74000, [7.9, 9.8, 8.1, 9.7]],
    ['retail-2026', 2021, 224.61, 2026, 320, [5.7, 8.5]],
  ] as const)('%s runs from %i (%d) to %i (%d), against past rates %j', (view, y0, v0, y1, v1, rates) => {
    const input = resolveTrackerInput(view, bundle.datasets);
    expect([input.baseline.year, input.baseline.value, input.target.year, input.target.value]).toEqual([y0, v0, y1, v1]);
    expect(input.rates.map((r) => r.value)).toEqual(rates.map((r) => expect.closeTo(r, 3)));
  });
  test('income rates name whose they are', () => {
    const input = resolveTrackerInput('income-2026', bundle.datasets);
    expect(input.rates.map((r) => `${r.who?.en} ${r.from}-${r.to}`)).toEqual([
      'Urban residents 2016-2021',
      'Rural residents 2016-2021',
      'Urban residents 2015-2020',
      'Rural residents 2015-2020',
    ]);
  });
  test('every view resolves', () => {
    for (const view of VIEWS) expect(() => resolveTrackerInput(view, bundle.datasets)).not.toThrow();
  });
});
