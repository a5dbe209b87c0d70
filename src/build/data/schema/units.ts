/** The units a value is measured in, and the values a figure in each unit can take. */
import * as z from 'zod';
import type { UnitKind } from '../../../model/types.ts';
import { number, oneOf, problem } from './fields.ts';

/**
 * The values a figure in each unit can take, generously: a county's economy in yuan up to a nation's, shares and
 * rates as their definitions allow. A value outside (1e300, a slipped decimal point in a share) fails the build
 * rather than print as a 300-digit number. Rates of growth (percent) may fall to −100 and rise far above 100.
 */
export const UNIT_RANGES: Record<UnitKind, { min: number; max: number }> = {
  'yi-yuan': { min: -1e6, max: 1e7 },
  'wan-yuan': { min: -1e10, max: 1e11 },
  yuan: { min: -1e14, max: 1e15 },
  'yi-usd': { min: -1e6, max: 1e6 },
  percent: { min: -100, max: 10_000 },
  permille: { min: -1000, max: 100_000 },
  ratio: { min: 0, max: 1e4 },
  count: { min: 0, max: 1e9 },
  'wan-yuan-per-person': { min: -1e3, max: 1e4 },
  share: { min: 0, max: 1 },
  km2: { min: 0, max: 1e7 },
  'wan-people': { min: 0, max: 2e5 },
  times: { min: 0, max: 1e4 },
  places: { min: 0, max: 1e6 },
};

// The keys of the Record<UnitKind, …> above, in its order: every unit, each once.
const UNIT_KINDS = Object.keys(UNIT_RANGES) as [UnitKind, ...UnitKind[]];

export const unitKind = oneOf(UNIT_KINDS).describe(
  'How values are measured and formatted: yi-yuan 亿元, wan-yuan 万元, yuan 元, yi-usd 亿美元, percent %, permille ‰, ' +
    'ratio (1.88), count, wan-yuan-per-person 万元/人, share (of a whole), km2, wan-people 万人, times (a multiple), places.',
);

const outOfRange = (unit: UnitKind, value: unknown) => {
  const { min, max } = UNIT_RANGES[unit];
  return `expected a value in ${unit} from ${min} to ${max}, got ${String(value)}`;
};

/** Reports `value` (at `path` from the checked value) when its unit cannot take it. */
export function inUnit(payload: { issues: z.core.$ZodRawIssue[] }, value: number, unit: UnitKind, path: PropertyKey[]): void {
  const { min, max } = UNIT_RANGES[unit];
  if (value < min || value > max) problem(payload, path, value, outOfRange(unit, value));
}

/** A number in a unit known in advance. */
export function numberIn(unit: UnitKind) {
  const error = (issue: { input?: unknown }) => outOfRange(unit, issue.input);
  return number.min(UNIT_RANGES[unit].min, { error }).max(UNIT_RANGES[unit].max, { error });
}
