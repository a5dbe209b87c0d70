import fc from 'fast-check';
import { interpolateString } from 'd3-interpolate';
import { describe, expect, it } from 'vitest';
import { numberCount, tweenString } from './tween-string.ts';

describe('tweenString', () => {
  it('moves every number of a path and keeps the commands', () => {
    const tween = tweenString('M0,10L5,20Z', 'M10,30L5,40Z');
    expect(tween(0)).toBe('M0,10L5,20Z');
    expect(tween(0.5)).toBe('M5,20L5,30Z');
    expect(tween(1)).toBe('M10,30L5,40Z');
  });

  it('reads signs, decimals and exponents', () => {
    const tween = tweenString('translate(-4.5,.5) scale(1e1)', 'translate(5.5,-1.5) scale(2e1)');
    expect(tween(0.5)).toBe('translate(0.5,-0.5) scale(15)');
  });

  it('counts the numbers it would tween', () => {
    expect(numberCount('M0,10L5,20Z')).toBe(4);
    expect(numberCount('translate(-4.5,.5) scale(1E+1)')).toBe(3);
  });

  it('fades from a bare number', () => {
    expect(tweenString('0', '0.8')(0.25)).toBe('0.2');
  });

  it('ends on the destination text exactly, even when the numbers are written differently', () => {
    expect(tweenString('1.0', '2.50')(1)).toBe('2.50');
    expect(tweenString('a', 'b 3')(0.5)).toBe('b 3');
  });

  it('agrees with d3-interpolate’s interpolateString on numbers in the same places', () => {
    const shape = fc.array(fc.tuple(fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.double({ min: -1e4, max: 1e4, noNaN: true })), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(shape, fc.double({ min: 0, max: 0.999, noNaN: true }), (pairs, t) => {
        const a = pairs.map(([x], i) => `${i ? 'L' : 'M'}${x.toFixed(2)},1`).join('');
        const b = pairs.map(([, y], i) => `${i ? 'L' : 'M'}${y.toFixed(2)},1`).join('');
        const ours = tweenString(
          a,
          b,
        )(t)
          .match(/-?[\d.e+-]+/g)!
          .map(Number);
        const d3 = interpolateString(
          a,
          b,
        )(t)
          .match(/-?[\d.e+-]+/g)!
          .map(Number);
        ours.forEach((v, i) => expect(v).toBeCloseTo(d3[i]!, 6));
      }),
    );
  });
});
