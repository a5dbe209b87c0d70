import type { Page } from '@playwright/test';

/**
 * Contrast of what a chart draws in SVG, which axe does not measure: every piece of text against what is
 * painted behind it (≥ 4.5:1, large text ≥ 3:1) and every mark against the chart's background (≥ 3:1,
 * WCAG 1.4.11), with the opacity of faded marks, halos and hatching taken into account. Shapes with the
 * class `backdrop` only shade a region whose meaning other marks carry, and are not measured.
 * Measures the chart shown on the page, or the page itself when it is a standalone SVG (the no-JS images).
 * Returns one line per failing element.
 */
export async function chartContrastProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type RGB = [number, number, number];
    const problems: string[] = [];
    const standalone = document.documentElement instanceof SVGSVGElement;
    const chart: Element | null = standalone
      ? document.documentElement
      : (document.querySelector('.graphic-inner > .is-active') ?? document.querySelector('[data-chart]'));
    const root: Document | ShadowRoot | null | undefined = standalone ? document : chart?.shadowRoot;
    const svg = standalone ? (document.documentElement as unknown as SVGSVGElement) : root?.querySelector<SVGSVGElement>('.plot svg');
    if (!chart || !root || !svg) return problems;

    const parse = (value: string): { rgb: RGB; a: number } | null => {
      const m = /rgba?\(([^)]+)\)/.exec(value);
      if (!m?.[1]) return null;
      const [r = 0, g = 0, b = 0, a = 1] = m[1]
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return { rgb: [r, g, b], a };
    };
    const blend = (top: RGB, alpha: number, bottom: RGB): RGB =>
      [0, 1, 2].map((i) => (top[i] ?? 0) * alpha + (bottom[i] ?? 0) * (1 - alpha)) as RGB;
    const luminance = (c: RGB): number => {
      const [r = 0, g = 0, b = 0] = c.map((v) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: RGB, b: RGB): number => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    const hex = (c: RGB): string => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

    /** The colour behind the chart: its own background, or the first opaque one around it. */
    let background: RGB = [255, 255, 255];
    for (let n: Element | null = chart; n; n = n.parentElement) {
      const c = parse(getComputedStyle(n).backgroundColor);
      if (c && c.a > 0.99) {
        background = c.rgb;
        break;
      }
    }
    const opacityOf = (el: Element): number => {
      let o = 1;
      for (let n: Element | null = el; n; n = n === svg ? null : n.parentElement) o *= parseFloat(getComputedStyle(n).opacity);
      return o;
    };
    const describe = (el: Element): string => {
      const key = el.closest('[data-k]')?.getAttribute('data-k');
      const text = el.localName === 'text' || el.localName === 'tspan' ? ` "${(el.textContent ?? '').trim().slice(0, 24)}"` : '';
      return `${el.localName}${key ? `[data-k=${key}]` : ''}${text}`;
    };
    const scale = svg.getScreenCTM()?.a ?? 1;

    /** The colours a paint server (hatching) paints over `under`: its background and its lines. */
    const patternColours = (url: string, under: RGB): RGB[] => {
      const id = /#([^"')]+)/.exec(url)?.[1] ?? '';
      const pattern = root.getElementById(id);
      if (!pattern) return [under];
      let base = under;
      const lines: { c: RGB; a: number }[] = [];
      for (const child of pattern.querySelectorAll('rect, line, path')) {
        const s = getComputedStyle(child);
        const o = parseFloat(s.opacity);
        const fill = parse(s.fill);
        const stroke = parse(s.stroke);
        if (child.localName === 'rect' && fill) base = blend(fill.rgb, o * parseFloat(s.fillOpacity) * fill.a, base);
        else if (stroke) lines.push({ c: stroke.rgb, a: o * parseFloat(s.strokeOpacity) * stroke.a });
      }
      return [base, ...lines.map((l) => blend(l.c, l.a, base))];
    };

    /** Every colour that may be painted at a point, from the shapes under it (bottom to top). */
    const paintedAt = (x: number, y: number, except: Element): RGB[] => {
      let colours: RGB[] = [background];
      // Every shape of the plot whose box holds the point, in paint order (document order in SVG); not
      // elementsFromPoint, which sees only what is in the viewport (a chart below the fold on load).
      const hits = [...svg.querySelectorAll('*')].filter((h): h is SVGGeometryElement => {
        if (!(h instanceof SVGGeometryElement) || h.closest('text, defs, pattern, clipPath, mask') || h.contains(except)) return false;
        const style = getComputedStyle(h);
        if (style.display === 'none' || style.visibility !== 'visible') return false;
        const b = h.getBoundingClientRect();
        return x >= b.left - 1 && x <= b.right + 1 && y >= b.top - 1 && y <= b.bottom + 1;
      });
      for (const shape of hits) {
        const s = getComputedStyle(shape);
        const m = shape.getScreenCTM();
        if (!m) continue;
        const p = new DOMPoint(x, y).matrixTransform(m.inverse());
        const o = opacityOf(shape);
        const layer = (paint: string, alpha: number): void => {
          const c = parse(paint);
          if (c) colours = colours.map((b) => blend(c.rgb, alpha * c.a, b));
          else if (paint.startsWith('url(')) colours = colours.flatMap((b) => patternColours(paint, b).map((p2) => blend(p2, alpha, b)));
        };
        if (shape.isPointInFill(p)) layer(s.fill, o * parseFloat(s.fillOpacity));
        if (s.stroke !== 'none' && shape.isPointInStroke(p)) layer(s.stroke, o * parseFloat(s.strokeOpacity));
      }
      return colours;
    };

    // Text: each text or tspan with its own characters.
    for (const el of svg.querySelectorAll('text, tspan')) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (!own) continue;
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      const a = opacityOf(el);
      if (s.visibility !== 'visible' || s.display === 'none' || r.width === 0 || a === 0) continue;
      const fill = parse(s.fill);
      if (!fill) {
        problems.push(`${describe(el)}: text fill ${s.fill} cannot be measured`);
        continue;
      }
      const size = parseFloat(s.fontSize) * scale;
      const bold = parseInt(s.fontWeight, 10) >= 700;
      const need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
      const stroke = parse(s.stroke);
      const halo = stroke && s.paintOrder.startsWith('stroke') && parseFloat(s.strokeWidth) * scale >= 2 ? stroke : null;
      let worst = Infinity;
      let pair = '';
      for (const behind of paintedAt(r.left + r.width / 2, r.top + r.height / 2, el)) {
        const around = halo ? blend(halo.rgb, a * parseFloat(s.strokeOpacity) * halo.a, behind) : behind;
        const glyph = blend(fill.rgb, a * parseFloat(s.fillOpacity) * fill.a, behind);
        const ratio = contrast(glyph, around);
        if (ratio < worst) [worst, pair] = [ratio, `${hex(glyph)} on ${hex(around)}`];
      }
      if (worst < need) problems.push(`${describe(el)}: text contrast ${worst.toFixed(2)}:1 < ${need}:1 (${pair})`);
    }

    // Marks: every shape that draws data, against the background.
    const shapes = svg.querySelectorAll<SVGGeometryElement>('rect, circle, ellipse, path, line, polyline, polygon');
    for (const el of shapes) {
      if (el.closest('defs, pattern, .grid, .axis, .backdrop, text')) continue;
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      const a = opacityOf(el);
      if (s.visibility !== 'visible' || s.display === 'none' || (r.width === 0 && r.height === 0) || a === 0) continue;
      const stroke = parse(s.stroke);
      const width = parseFloat(s.strokeWidth) * scale;
      // A stroke in the background's colour only separates a mark from its neighbours; the fill draws it.
      const strokeDraws = !!stroke && stroke.a > 0 && width >= 1 && contrast(stroke.rgb, background) > 1.2;
      let colour: RGB | null = null;
      if (strokeDraws && stroke) colour = blend(stroke.rgb, a * parseFloat(s.strokeOpacity) * stroke.a, background);
      else {
        const fill = parse(s.fill);
        if (fill && fill.a > 0) colour = blend(fill.rgb, a * parseFloat(s.fillOpacity) * fill.a, background);
        else if (s.fill.startsWith('url(')) {
          const [, ...lines] = patternColours(s.fill, background);
          const best = lines.sort((x, y) => contrast(y, background) - contrast(x, background))[0];
          colour = best ? blend(best, a, background) : null;
        }
      }
      if (!colour) continue;
      const ratio = contrast(colour, background);
      if (ratio < 3) problems.push(`${describe(el)}: mark contrast ${ratio.toFixed(2)}:1 < 3:1 (${hex(colour)} on ${hex(background)})`);
    }
    return problems;
  });
}
