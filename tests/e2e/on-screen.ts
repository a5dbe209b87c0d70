import type { ElementHandle, Page } from '@playwright/test';

/** Where an element is for a sighted reader, and whether it can show focus. */
export interface OnScreen {
  /** a short path to the element and its text */
  name: string;
  /** its whole box lies inside the viewport */
  inside: boolean;
  /** the element, not something else, is what is painted at its middle */
  uncovered: boolean;
  /** what is painted at its middle */
  covering: string;
  box: string;
  /** an outline or a box shadow is drawn (meaningful while it has focus) */
  indicator: boolean;
  /** it sits in a chart the story is not showing */
  inHiddenChart: boolean;
}

/** Inspects an element, also inside shadow roots. */
export async function onScreen(handle: ElementHandle | null): Promise<OnScreen> {
  if (!handle) throw new Error('no element to inspect');
  return handle.evaluate((node: Node) => {
    const el = node as Element;
    const host = (el.getRootNode() as ShadowRoot).host as HTMLElement | undefined;
    const path: string[] = [];
    for (let n: Element | null = el; n && path.length < 5;) {
      const id = n.id ? `#${n.id}` : '';
      const cls = n.classList.length ? `.${[...n.classList].join('.')}` : '';
      path.unshift(`${n.localName}${id}${cls}`);
      n = n.parentElement ?? (((n.getRootNode() as ShadowRoot).host as Element | undefined) || null);
    }
    const name = `${path.join(' > ')} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    const r = el.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    const vh = window.innerHeight;
    const inside = r.width > 0 && r.height > 0 && r.left >= -1 && r.top >= -1 && r.right <= vw + 1 && r.bottom <= vh + 1;
    const x = Math.min(Math.max(r.left + r.width / 2, 0), vw - 1);
    const y = Math.min(Math.max(r.top + r.height / 2, 0), vh - 1);
    let hit: Element | null = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    const within = (a: Node | null, b: Node): boolean => {
      for (let n: Node | null = a; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) if (n === b) return true;
      return false;
    };
    // The element or one of its parts is on top there; an ancestor means nothing else is (a gap in wrapped text).
    const uncovered = !!hit && (within(hit, el) || within(el, hit));
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    // A chart, not a step (steps name their chart in data-chart too, and their figures link to receipts).
    const chart = el.closest('[data-chart]:not(.step)') ?? host?.closest('[data-chart]:not(.step)');
    const live = !!document.querySelector('kc-story.is-live');
    return {
      name,
      inside,
      uncovered,
      covering: hit ? `${hit.localName}${[...hit.classList].map((c) => `.${c}`).join('')}` : 'nothing',
      box: `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)} in ${vw}×${vh}`,
      indicator: outline || style.boxShadow !== 'none',
      inHiddenChart: live && !!chart && (!chart.classList.contains('is-active') || (chart as HTMLElement).inert),
    };
  });
}

/** What a reader cannot see of an element: outside the viewport, or covered. Empty when it is in plain sight. */
export function sightProblems(s: OnScreen): string[] {
  if (!s.inside) return [`${s.name}: not inside the viewport (${s.box})`];
  if (!s.uncovered) return [`${s.name}: covered by ${s.covering} (${s.box})`];
  return [];
}

/** The focused element, looking into shadow roots; null when nothing (or the body) has focus. */
export async function focusedElement(page: Page): Promise<ElementHandle | null> {
  const handle = await page.evaluateHandle(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el === document.body || el === document.documentElement ? null : el;
  });
  return handle.asElement();
}

/**
 * Presses `key` (Tab or Shift+Tab) until the focus comes round again, checking every element it reaches:
 * in plain sight, with a focus indicator, not inside a hidden chart. Returns the names reached and the problems.
 */
export async function tabThrough(page: Page, key: 'Tab' | 'Shift+Tab'): Promise<{ reached: string[]; problems: string[] }> {
  const problems: string[] = [];
  const reached: string[] = [];
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press(key);
    // The browser scrolls the focused element into view; let that scroll and any step change land.
    await page.waitForTimeout(60);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const el = await focusedElement(page);
    if (!el) {
      if (reached.length > 0) break;
      continue;
    }
    const s = await onScreen(el);
    if (s.name === reached[0]) break;
    reached.push(s.name);
    problems.push(...sightProblems(s));
    if (!s.indicator) problems.push(`${s.name}: no visible focus indicator`);
    if (s.inHiddenChart) problems.push(`${s.name}: focusable inside a chart that is not shown`);
  }
  return { reached, problems };
}
