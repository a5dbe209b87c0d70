import { describe, expect, test } from 'vitest';
import { yearLabels, yearTicks } from './year-axis.ts';
import { textWidth } from './text-width.ts';

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

describe('yearLabels', () => {
  const x = scale(2020, 2026, 120);
  test('keeps labels in the order given and drops those that would collide', () => {
    expect(yearLabels([2020, 2026, 2021, 2025, 2023], x, { size: 12 }).map((l) => l.text)).toEqual(['2020', '2026', '2023']);
  });
  test('moves a label inside the range given', () => {
    const [first] = yearLabels([2020], x, { size: 12, within: [0, 120] });
    expect(first?.x).toBeCloseTo(textWidth('2020', 12) / 2);
  });
});
