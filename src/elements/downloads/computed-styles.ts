/**
 * Presentation properties that carry a chart's look. Written onto each element of a cloned SVG from the
 * live element's computed style, as presentation attributes, they free the copy from the shadow root's
 * stylesheet and its custom properties (and light-dark()), so any SVG reader draws it the same. Attributes,
 * not a style attribute: a host whose `style-src` forbids inline styles would block that, even on a copy.
 * (The numbers' tabular figures, a property with no attribute, are set on the file's root.)
 */
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'alignment-baseline',
  'baseline-shift',
  'text-decoration',
] as const;

/** Copies `source` (a drawn SVG element) with every element's computed presentation written in. */
export function cloneWithComputedStyles<T extends SVGElement>(source: T): T {
  const copy = source.cloneNode(true) as T;
  const from = [source, ...source.querySelectorAll<SVGElement>('*')];
  const to = [copy, ...copy.querySelectorAll<SVGElement>('*')];
  const hidden: Element[] = [];
  from.forEach((original, i) => {
    const target = to[i];
    if (!target) return;
    const style = getComputedStyle(original);
    if (style.display === 'none' || style.visibility === 'hidden') {
      hidden.push(target);
      return;
    }
    target.removeAttribute('class');
    // Attributes naming the theme's custom properties mean nothing outside the chart: the computed values follow.
    for (const attr of [...target.attributes]) if (attr.value.includes('var(')) target.removeAttribute(attr.name);
    for (const name of PROPERTIES) {
      const value = style.getPropertyValue(name);
      if (value) target.setAttribute(name, value);
    }
  });
  hidden.forEach((el) => el.remove());
  return copy;
}
