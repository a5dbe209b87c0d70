import { tickIncrement, ticks as tickValues } from 'd3-array';

/**
 * A linear scale as the charts use d3-scale's scaleLinear: a value → position map, set up by chaining
 * `.domain([a, b]).range([c, d])`, with `.ticks(n)` and `.nice(n)`, computed as d3-scale computes them,
 * from d3-array's ticks and tickIncrement.
 *
 * Why not d3-scale itself: its one-file module brings d3-interpolate, d3-color and d3-format's default
 * locale into any chunk that uses scaleLinear, 8 KB gzip of each embeddable chart's 40 KB budget, for a
 * map the charts only ever need between two numbers.
 */
export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  domain(domain: readonly [number, number]): LinearScale;
  range(): [number, number];
  range(range: readonly [number, number]): LinearScale;
  /** Round values across the domain, about `count` of them (d3-array's ticks). */
  ticks(count?: number): number[];
  /** Widens the domain to round values. */
  nice(count?: number): LinearScale;
}

export function scaleLinear(): LinearScale {
  let [d0, d1] = [0, 1];
  let [r0, r1] = [0, 1];
  // d3-scale's arithmetic, to the last bit: normalize, then interpolate; a domain of one value maps to the middle.
  // (A falling domain is read from its low end, with the range turned round, as d3-scale's bimap does.)
  const scale = ((value: number) => {
    const [a, b, from, to] = d1 < d0 ? [d1, d0, r1, r0] : [d0, d1, r0, r1];
    const t = b === a ? 0.5 : (value - a) / (b - a);
    return from * (1 - t) + to * t;
  }) as LinearScale;
  scale.domain = ((domain?: readonly [number, number]) => {
    if (!domain) return [d0, d1];
    [d0, d1] = [Number(domain[0]), Number(domain[1])];
    return scale;
  }) as LinearScale['domain'];
  scale.range = ((range?: readonly [number, number]) => {
    if (!range) return [r0, r1];
    [r0, r1] = [Number(range[0]), Number(range[1])];
    return scale;
  }) as LinearScale['range'];
  scale.ticks = (count = 10) => tickValues(d0, d1, count);
  // d3-scale's nice: round the ends out to the tick step until the step no longer changes (10 tries at most).
  scale.nice = (count = 10) => {
    const reversed = d1 < d0;
    let [start, stop] = reversed ? [d1, d0] : [d0, d1];
    let previous: number | undefined;
    for (let tries = 0; tries < 10; tries++) {
      const step = tickIncrement(start, stop, count);
      if (step === previous) {
        [d0, d1] = reversed ? [stop, start] : [start, stop];
        break;
      }
      if (step > 0) [start, stop] = [Math.floor(start / step) * step, Math.ceil(stop / step) * step];
      else if (step < 0) [start, stop] = [Math.ceil(start * step) / step, Math.floor(stop * step) / step];
      else break;
      previous = step;
    }
    return scale;
  };
  return scale;
}
