import { describe, expect, test } from 'vitest';
import { yearTicks } from './year-ticks.ts';

const scale = (first: number, last: number, width: number) => (year: number) => ((year - first) / (last - first)) * width;
const labels = (ticks: ReturnType<typeof yearTicks>) => ticks.filter((t) => t.label).map((t) => t.label);

describe('yearTicks', () => {
  test('yearTicks gives a tick for every whole year', () => {
    expect(yearTicks(2015, 2020, scale(2015, 2020, 500), []).map((t) => t.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020]);
  });
  test('with room, it labels the ends, the key years and multiples of five in full', () => {
    expect(labels(yearTicks(2015, 2026, scale(2015, 2026, 600), [2021]))).toEqual(['2015', '2020', '2021', '2025', '2026']);
  });
  test('when adjacent key years would collide, labels after the first take the short form', () => {
    expect(labels(yearTicks(2015, 2026, scale(2015, 2026, 300), [2020, 2021]))).toEqual(['2015', '’20', '’21', '’25', '’26']);
  });
});
