/** A number as it may appear in an attribute: "12", "-3.5", ".5", "1e-3". */
const NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

/** How many numbers a string holds, read as tweenString reads them. */
export function numberCount(text: string): number {
  return text.match(NUMBER)?.length ?? 0;
}

/**
 * Tweens the numbers embedded in two strings of the same shape ("M0,10L5,20" → "M0,30L5,40"), keeping the
 * text of `to` between them, as d3-interpolate's interpolateString does; at t = 1 it gives `to` itself.
 * (d3-interpolate's module carries all of d3-color along: every chart chunk would pay for it.)
 */
export function tweenString(from: string, to: string): (t: number) => string {
  const starts = from.match(NUMBER) ?? [];
  const parts: (string | ((t: number) => string))[] = [];
  let last = 0;
  let k = 0;
  for (const match of to.matchAll(NUMBER)) {
    const at = match.index;
    if (at > last) parts.push(to.slice(last, at));
    const end = Number(match[0]);
    const start = starts[k++];
    if (start === undefined || Number(start) === end) parts.push(match[0]);
    else {
      const a = Number(start);
      parts.push((t) => String(a + (end - a) * t));
    }
    last = at + match[0].length;
  }
  if (last < to.length) parts.push(to.slice(last));
  return (t) => (t >= 1 ? to : parts.map((p) => (typeof p === 'string' ? p : p(t))).join(''));
}
