import { scaleLinear as d3ScaleLinear } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scaleLinear } from './linear-scale.ts';

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });

describe('scaleLinear', () => {
  it('maps the domain onto the range, beyond it too', () => {
    const x = scaleLinear().domain([2020, 2026]).range([10, 310]);
    expect([x(2020), x(2023), x(2026), x(2029)]).toEqual([10, 160, 310, 460]);
    expect(x.domain()).toEqual([2020, 2026]);
    expect(x.range()).toEqual([10, 310]);
  });

  it('maps a one-value domain to the middle of the range, never to NaN', () => {
    expect(scaleLinear().domain([5, 5]).range([0, 100])(5)).toBe(50);
  });

  it('has d3-scale’s ticks and nice domain', () => {
    const y = scaleLinear().domain([0, 587.2]).nice(4);
    expect(y.domain()).toEqual([0, 600]);
    expect(y.ticks(4)).toEqual([0, 200, 400, 600]);
  });

  it('agrees with d3-scale’s scaleLinear on positions, ticks and nice domains', () => {
    fc.assert(
      fc.property(finite, finite, finite, finite, finite, fc.integer({ min: 1, max: 12 }), (a, b, c, d, v, n) => {
        fc.pre(Math.abs(b - a) > 1e-6);
        const ours = scaleLinear().domain([a, b]).range([c, d]);
        const theirs = d3ScaleLinear().domain([a, b]).range([c, d]);
        expect(ours(v)).toBe(theirs(v));
        expect(ours.ticks(n)).toEqual(theirs.ticks(n));
        expect(ours.nice(n).domain()).toEqual(theirs.nice(n).domain());
      }),
    );
  });
});
