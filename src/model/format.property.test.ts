/**
 * Property tests of the number formatter: for any double, in every unit and both languages, a formatter
 * either returns a plain string (no "NaN", "undefined", "Infinity", no exponent) or, only for a value
 * that is not a finite number, throws a RangeError.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber, formatRate, formatTick, formatValue, trimDecimals } from './format.ts';
import type { Lang, UnitKind } from './types.ts';

const UNITS: UnitKind[] = [
  'yi-yuan',
  'wan-yuan',
  'yuan',
  'yi-usd',
  'percent',
  'permille',
  'ratio',
  'count',
  'wan-yuan-per-person',
  'share',
  'km2',
  'wan-people',
  'times',
  'places',
];
const LANGS: Lang[] = ['zh', 'en'];

/** Any double, with the edge cases made likely. */
const anyDouble = fc.oneof(
  { weight: 4, arbitrary: fc.double() },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      -0,
      0,
      Number.NaN,
      Infinity,
      -Infinity,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
      Number.MIN_VALUE,
      -Number.MIN_VALUE,
      Number.EPSILON,
      1e21,
      -1e21,
      9.999999999999999e20,
      1e300,
      1.7e306,
      2 ** 53 + 2,
      1e-7,
      5e-324,
    ),
  },
  { weight: 2, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 1, arbitrary: fc.integer().map((n) => n / 1000) },
);
const digitsArb = fc.integer({ min: 0, max: 6 });
const unitArb = fc.constantFrom(...UNITS);
const langArb = fc.constantFrom(...LANGS);

const BAD = /NaN|undefined|Infinity|\d[eE][+-]?\d|null|\[object/;

/** Calls `format`; a string must be clean, and a throw must be a RangeError for a non-finite value. */
function check(value: number, format: () => string): void {
  let out: string;
  try {
    out = format();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    if (Number.isFinite(value)) throw new Error(`RangeError for the finite value ${value}: ${error.message}`);
    return;
  }
  if (!Number.isFinite(value)) throw new Error(`no RangeError for ${value}, got "${out}"`);
  // Plain checks rather than expect(): this runs thousands of times.
  if (typeof out !== 'string' || out === '' || BAD.test(out)) throw new Error(`${value} was written as "${String(out)}"`);
}

const runs = { numRuns: 400 };
/** Generous, for a loaded machine: each property takes well under a second on its own. */
const slow = { timeout: 30_000 };

describe('formatter properties (fast-check)', () => {
  it('trimDecimals never prints an exponent, NaN or Infinity', slow, () => {
    fc.assert(
      fc.property(anyDouble, digitsArb, (v, d) => check(v, () => trimDecimals(v, d))),
      runs,
    );
  });

  it('formatNumber, in both languages', slow, () => {
    fc.assert(
      fc.property(anyDouble, langArb, digitsArb, (v, lang, d) => check(v, () => formatNumber(v, lang, d))),
      runs,
    );
  });

  it('formatRate, in both languages', slow, () => {
    fc.assert(
      fc.property(anyDouble, langArb, digitsArb, (v, lang, d) => check(v, () => formatRate(v, lang, d))),
      runs,
    );
  });

  it('formatValue, in every unit and both languages', slow, () => {
    fc.assert(
      fc.property(anyDouble, unitArb, langArb, (v, unit, lang) => check(v, () => formatValue(v, unit, lang))),
      {
        numRuns: 1500,
      },
    );
  });

  it('formatTick, in every unit and both languages', slow, () => {
    fc.assert(
      fc.property(anyDouble, unitArb, langArb, (v, unit, lang) => check(v, () => formatTick(v, unit, lang))),
      {
        numRuns: 1500,
      },
    );
  });

  it('every unit and language formats the extremes without an exponent', () => {
    for (const unit of UNITS) {
      for (const lang of LANGS) {
        for (const v of [Number.MAX_VALUE, -Number.MAX_VALUE, 1e21, 1e300, Number.MIN_VALUE, -0]) {
          check(v, () => formatValue(v, unit, lang));
          check(v, () => formatTick(v, unit, lang));
        }
        for (const v of [Number.NaN, Infinity, -Infinity]) {
          expect(() => formatValue(v, unit, lang)).toThrow(RangeError);
          expect(() => formatTick(v, unit, lang)).toThrow(RangeError);
        }
      }
    }
  });

  it('writes huge numbers in full digits, grouped in English', () => {
    expect(trimDecimals(1e21, 2)).toBe('1000000000000000000000');
    expect(formatNumber(1e21, 'en', 0)).toBe('1,000,000,000,000,000,000,000');
    expect(formatNumber(-1.5e22, 'en', 1)).toBe('-15,000,000,000,000,000,000,000');
    // The digits JavaScript writes for the double (1e25, not its binary value 10000000000000000905969664).
    expect(trimDecimals(1e25, 0)).toBe(`1${'0'.repeat(25)}`);
    expect(trimDecimals(-1.5e300, 1)).toBe(`-15${'0'.repeat(299)}`);
    expect(trimDecimals(Number.MAX_VALUE, 2)).toBe(`17976931348623157${'0'.repeat(292)}`);
    // A unit conversion that overflows a double still prints every digit.
    expect(formatValue(Number.MAX_VALUE, 'wan-yuan', 'zh')).toBe(`17976931348623157${'0'.repeat(292)} 万元`);
    // In millions from a million yuan on: MAX_VALUE / 100 is the nearest double, 1.7976931348623156e306.
    expect(formatValue(Number.MAX_VALUE, 'wan-yuan', 'en')).toBe(
      `${BigInt(`17976931348623156${'0'.repeat(290)}`).toLocaleString('en')} million yuan`,
    );
    expect(formatValue(1e21, 'yi-yuan', 'en')).toBe('100,000,000,000,000,000,000 billion yuan');
  });

  it('keeps every digit of a large integer a double holds exactly', () => {
    expect(trimDecimals(123456789012345, 0)).toBe('123456789012345');
    expect(formatNumber(2 ** 53, 'en', 0)).toBe('9,007,199,254,740,992');
  });

  it('writes -0 and tiny numbers as 0', () => {
    for (const v of [-0, Number.MIN_VALUE, -Number.MIN_VALUE, 1e-300, -1e-12]) {
      expect(trimDecimals(v, 2)).toBe('0');
      expect(formatNumber(v, 'en')).toBe('0');
    }
  });

  it('rounds a negative number like its positive counterpart', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), digitsArb, (v, d) => {
        const pos = trimDecimals(v, d);
        const neg = trimDecimals(-v, d);
        expect(neg).toBe(pos === '0' ? '0' : `-${pos}`);
      }),
      runs,
    );
    expect(trimDecimals(-2.5, 0)).toBe('-3');
    expect(trimDecimals(-1.005, 2)).toBe('-1.01');
  });

  it('trimDecimals keeps at most `digits` decimals and no trailing zero', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), digitsArb, (v, d) => {
        const out = trimDecimals(v, d);
        expect(out).toMatch(/^-?\d+(\.\d*[1-9])?$/);
        const decimals = out.split('.')[1] ?? '';
        expect(decimals.length).toBeLessThanOrEqual(d);
        expect(Math.abs(Number(out) - v)).toBeLessThanOrEqual(0.5 * 10 ** -d * (1 + 1e-9) + Math.abs(v) * 1e-14);
      }),
      runs,
    );
  });
});
