import { describe, expect, test } from 'vitest';
import { changeLine, figureChanges } from './changes.ts';

const gdp = (points: object[]) => ({ type: 'series', id: 'gdp', series: [{ id: 'gdp', points }] });
const p2021 = { year: 2021, value: 587, kind: 'estimate', source: 'report', locator: 'line 23', quote: { zh: '587', en: '587' } };
const p2026 = { year: 2026, value: 800, kind: 'target', source: 'report', locator: 'line 109' };

describe('figureChanges', () => {
  test('a point added between two others is one addition, named by its year', () => {
    const p2025 = { year: 2025, value: 650, kind: 'actual', source: 'bulletin', locator: 'line 3' };
    const changes = figureChanges({ 'data/gdp.json': gdp([p2021, p2026]) }, { 'data/gdp.json': gdp([p2021, p2025, p2026]) });
    expect(changes.map(changeLine)).toEqual(['added data/gdp.json › series › gdp › points › 2025@actual › value: 650']);
  });

  test('a revised value says old → new; an estimate replaced by the actual, and a removed figure, are named', () => {
    const revised = { ...p2021, value: 590 };
    const changes = figureChanges({ 'data/gdp.json': gdp([p2021, p2026]) }, { 'data/gdp.json': gdp([revised]) });
    expect(changes.map(changeLine)).toEqual([
      'changed data/gdp.json › series › gdp › points › 2021@estimate › value: 587 → 590',
      'removed data/gdp.json › series › gdp › points › 2026@target › value: 800',
    ]);
    const actual = { ...p2021, value: 590, kind: 'actual' };
    expect(figureChanges({ 'data/gdp.json': gdp([p2021]) }, { 'data/gdp.json': gdp([actual]) }).map(changeLine)).toEqual([
      'added data/gdp.json › series › gdp › points › 2021@actual › value: 590',
      'removed data/gdp.json › series › gdp › points › 2021@estimate › value: 587',
    ]);
  });

  test('a target of the same year as the new actual stays as it was', () => {
    const target2025 = { year: 2025, value: 350, kind: 'target', source: 'plan', locator: 'Table 2' };
    const actual2025 = { year: 2025, value: 650, kind: 'actual', source: 'bulletin', locator: 'line 3' };
    const changes = figureChanges({ 'data/gdp.json': gdp([target2025]) }, { 'data/gdp.json': gdp([target2025, actual2025]) });
    expect(changes.map(changeLine)).toEqual(['added data/gdp.json › series › gdp › points › 2025@actual › value: 650']);
  });

  test('quotes, locators and a file left as it was are no change of a figure', () => {
    const requoted = { ...p2021, locator: 'line 24', quote: { zh: '预计 587', en: 'expected 587' } };
    expect(figureChanges({ 'data/gdp.json': gdp([p2021]) }, { 'data/gdp.json': gdp([requoted]) })).toEqual([]);
  });

  test('a new data file adds all its figures', () => {
    expect(figureChanges({}, { 'data/gdp.json': gdp([p2026]) }).map(changeLine)).toEqual([
      'added data/gdp.json › series › gdp › points › 2026@target › value: 800',
    ]);
  });
});
